import { ANSWER_LABELS } from '../../../shared/core/answers.js';
import type { Framework } from '../../../shared/core/framework.js';
import type { ReviewStatus } from '../../../shared/core/review/review-types.js';
import type { AssessmentSummary } from '../../../shared/core/summary/summary.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency, Assessment } from '../../../shared/ports.js';
import { CsrfField } from '../layout.js';
import { formatWhen } from '../page-context.js';
import { ScoreChart } from '../score-chart.js';
import { COORDINATOR_TEXTS } from '../texts/coordinator-texts.js';
import { LAYOUT_TEXTS } from '../texts/layout-texts.js';
import { REVIEW_TEXTS } from '../texts/review-texts.js';
import { translate, translator } from '../texts/translate.js';
import { type AgencyFilter, DashboardAgencies, ReviewCounts } from './dashboard-agencies.js';
import { FocusGroupCard } from './dashboard-focus-group.js';

export interface DashboardProps {
  lang: Lang;
  csrf: string;
  assessment: Assessment;
  framework: Framework;
  agencies: readonly Agency[];
  /** Null when this installation has no consolidation module. */
  summary: AssessmentSummary | null;
  latestSnapshotAt: string | null;
  /** Set right after "run aggregation now". */
  ranAt: string | null;
  /** False for a viewer: no write buttons (default true). */
  canEdit?: boolean;
  /** Review state per agency code (absent without the review ports). */
  reviews?: ReadonlyMap<string, ReviewStatus>;
  /** Search and filters of the agency list (from the query string). */
  filter?: AgencyFilter;
}

function Progress(props: DashboardProps) {
  const { lang, agencies } = props;
  const tr = translator(COORDINATOR_TEXTS, lang);
  const rv = translator(REVIEW_TEXTS, lang);
  const submitted = agencies.filter((a) => a.current !== null);
  const missing = agencies.filter((a) => a.current === null);
  return (
    <section class="card" aria-labelledby="progress-h">
      <h2 id="progress-h">{tr('progressTitle')}</h2>
      <p id="progress-line">
        {tr('progressLine', {
          submitted: submitted.length,
          registered: agencies.length,
          missing: missing.length,
        })}
      </p>
      <progress max={Math.max(agencies.length, 1)} value={submitted.length} aria-label={tr('progressBar')} />
      {agencies.length === 0 ? <p>{tr('noAgencies')}</p> : null}
      {props.reviews ? <ReviewCounts lang={lang} aid={props.assessment.id} reviews={props.reviews} /> : null}
      {props.reviews ? (
        <p>
          <a
            class="button secondary"
            id="schedule-link"
            href={`/coordinator/a/${encodeURIComponent(props.assessment.id)}/schedule`}
          >
            {rv('scheduleLink')}
          </a>
        </p>
      ) : null}
      <h3>{tr('missingTitle')}</h3>
      {missing.length === 0 ? (
        <p id="missing">{tr('missingNone')}</p>
      ) : (
        <p id="missing">{missing.map((a) => `${a.code} (${a.name})`).join(', ')}</p>
      )}
    </section>
  );
}

function Consolidation(props: DashboardProps & { summary: AssessmentSummary }) {
  const { lang, framework, summary } = props;
  const tr = translator(COORDINATOR_TEXTS, lang);
  const text = new Map(framework.indicators.map((i) => [i.id, i.text[lang]]));
  const domainName = new Map(framework.domains.map((d) => [d.id, d.name[lang]]));
  const disagreements = summary.indicators.filter((i) => i.disagreement);
  const IndicatorList = (p: { ids: string[] }) =>
    p.ids.length === 0 ? (
      <p class="hint">{tr('none')}</p>
    ) : (
      <ul class="plain">
        {p.ids.map((id) => (
          <li>
            <strong>{id}</strong> {text.get(id) ?? ''}
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <section class="card" aria-labelledby="scores-h">
        <h2 id="scores-h">{tr('scoresTitle')}</h2>
        <p class="hint">{tr('scoresIntro')}</p>
        <ScoreChart
          lang={lang}
          bars={summary.domains.map((d) => ({
            id: d.id,
            label: domainName.get(d.id) ?? d.name,
            score: d.score,
          }))}
        />
      </section>
      <section class="card" aria-labelledby="disagree-h">
        <h2 id="disagree-h">{tr('disagreementsTitle')}</h2>
        <p class="hint">{tr('disagreementsIntro')}</p>
        <p id="contested-line">
          {translate(LAYOUT_TEXTS, lang, 'contestedLine', {
            count: summary.indicators.filter((i) => i.contested).length,
            total: summary.indicators.length,
          })}
        </p>
        {disagreements.length === 0 ? (
          <p id="disagreements">{tr('disagreementsNone')}</p>
        ) : (
          <details id="disagreements-details">
            <summary>
              {translate(LAYOUT_TEXTS, lang, 'disagreementsShow', { count: disagreements.length })}
            </summary>
            <table id="disagreements" class="stack counts-row">
              <thead>
                <tr>
                  <th scope="col">{tr('colIndicator')}</th>
                  <th scope="col" class="num">
                    {tr('colYes')}
                  </th>
                  <th scope="col" class="num">
                    {tr('colPartially')}
                  </th>
                  <th scope="col" class="num">
                    {tr('colNo')}
                  </th>
                  <th scope="col">{tr('colConsensus')}</th>
                </tr>
              </thead>
              <tbody>
                {disagreements.map((i) => (
                  <tr>
                    <td data-label={tr('colIndicator')}>
                      <strong>{i.id}</strong> {text.get(i.id) ?? ''}
                    </td>
                    <td class="num" data-label={tr('colYes')}>
                      {i.counts.yes}
                    </td>
                    <td class="num" data-label={tr('colPartially')}>
                      {i.counts.partially}
                    </td>
                    <td class="num" data-label={tr('colNo')}>
                      {i.counts.no}
                    </td>
                    <td data-label={tr('colConsensus')}>
                      {i.consensus ? ANSWER_LABELS[lang][i.consensus] : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </section>
      <FocusGroupCard
        lang={lang}
        assessmentId={props.assessment.id}
        framework={framework}
        summary={summary}
      />
      {props.filter ? (
        <DashboardAgencies
          lang={lang}
          aid={props.assessment.id}
          framework={framework}
          agencies={props.agencies}
          reviews={props.reviews}
          filter={props.filter}
        />
      ) : null}
      <section class="card" aria-labelledby="hl-h">
        <h2 id="hl-h">{tr('highlightsTitle')}</h2>
        {summary.domains.map((d) => (
          <details class="domain" data-domain={d.id}>
            <summary>
              <h3 class="summary-h">
                {d.id}. {domainName.get(d.id) ?? d.name}
              </h3>
            </summary>
            <div class="grid2">
              <div>
                <h4>{tr('highlights')}</h4>
                <IndicatorList ids={d.highlights} />
              </div>
              <div>
                <h4>{tr('gaps')}</h4>
                <IndicatorList ids={d.gaps} />
              </div>
            </div>
          </details>
        ))}
      </section>
    </>
  );
}

/** The coordinator's view of one assessment. */
export function CoordinatorDashboardPage(props: DashboardProps) {
  const { lang, assessment } = props;
  const tr = translator(COORDINATOR_TEXTS, lang);
  const base = `/coordinator/a/${encodeURIComponent(assessment.id)}`;
  return (
    <>
      {props.ranAt ? (
        <p class="notice ok" role="status" id="aggregated">
          {tr('aggregateDone', { when: formatWhen(props.ranAt, lang) })}
        </p>
      ) : null}
      <Progress {...props} />
      {props.summary ? (
        <>
          <Consolidation {...props} summary={props.summary} />
          <section class="card" aria-labelledby="dl-h">
            <h2 id="dl-h">{tr('downloadsTitle')}</h2>
            <a class="button" id="consolidated-en" href={`${base}/consolidated.xlsx?lang=en`} download>
              {tr('downloadEn')}
            </a>
            <a class="button" id="consolidated-id" href={`${base}/consolidated.xlsx?lang=id`} download>
              {tr('downloadId')}
            </a>
          </section>
          <section class="card" aria-labelledby="report-h">
            <h2 id="report-h">{tr('reportTitle')}</h2>
            <p>{tr('reportIntro')}</p>
            <a class="button" id="report-en" href={`${base}/report.docx?lang=en`} download>
              {tr('reportEn')}
            </a>
            <a class="button" id="report-id" href={`${base}/report.docx?lang=id`} download>
              {tr('reportId')}
            </a>
          </section>
          <section class="card" aria-labelledby="agg-h">
            <h2 id="agg-h">{tr('aggregateTitle')}</h2>
            <p>{tr('aggregateIntro')}</p>
            <p id="last-snapshot">
              {props.latestSnapshotAt
                ? tr('lastSnapshot', { when: formatWhen(props.latestSnapshotAt, lang) })
                : tr('noSnapshot')}
            </p>
            {props.canEdit === false ? null : (
              <form method="post" action={`${base}/aggregate`}>
                <CsrfField token={props.csrf} />
                <button type="submit">{tr('aggregateButton')}</button>
              </form>
            )}
          </section>
        </>
      ) : (
        <>
          <p class="notice warn">{tr('consolidationOff')}</p>
          {props.filter ? (
            <DashboardAgencies
              lang={lang}
              aid={assessment.id}
              framework={props.framework}
              agencies={props.agencies}
              reviews={props.reviews}
              filter={props.filter}
            />
          ) : null}
        </>
      )}
    </>
  );
}
