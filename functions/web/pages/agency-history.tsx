import type { Lang, Submission } from '../../../shared/core/types.js';
import { answeredOf, CountsList, WarningsList } from '../components.js';
import { formatWhen } from '../page-context.js';
import { AGENCY_TEXTS } from '../texts/agency-texts.js';
import { LAYOUT_TEXTS } from '../texts/layout-texts.js';
import { translator } from '../texts/translate.js';

/** Every accepted submission of the agency, newest first. */
export function AgencyHistoryPage(props: {
  lang: Lang;
  submissions: readonly Submission[];
  currentId: string | null;
  total: number;
}) {
  const tr = translator(AGENCY_TEXTS, props.lang);
  const lt = translator(LAYOUT_TEXTS, props.lang);
  if (props.submissions.length === 0) return <p class="notice warn">{tr('historyEmpty')}</p>;
  return (
    <div>
      <table id="history" class="stack">
        <thead>
          <tr>
            <th scope="col">{tr('colReceived')}</th>
            <th scope="col">{tr('colChannel')}</th>
            <th scope="col" class="num">
              {tr('colAnswered')}
            </th>
            <th scope="col" class="num">
              {tr('colWarnings')}
            </th>
            <th scope="col">{tr('colCurrent')}</th>
            <th scope="col">{lt('receiptLink')}</th>
          </tr>
        </thead>
        <tbody>
          {props.submissions.map((s) => (
            <tr>
              <td data-label={tr('colReceived')}>{formatWhen(s.receivedAt, props.lang)}</td>
              <td data-label={tr('colChannel')}>{tr(`channel_${s.channel}`)}</td>
              <td class="num" data-label={tr('colAnswered')}>
                {answeredOf(s.counts)} / {props.total}
              </td>
              <td class="num" data-label={tr('colWarnings')}>
                {s.warnings.length}
              </td>
              <td data-label={tr('colCurrent')}>{s.id === props.currentId ? '✓' : ''}</td>
              <td>
                <a href={`/agency/submissions/${encodeURIComponent(s.id)}/receipt`}>{lt('receiptLink')}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One submission: counts and warnings (the page an accepted upload or form lands on). */
export function SubmissionResultPage(props: {
  lang: Lang;
  submission: Submission;
  outcome: 'new' | 'same' | null;
}) {
  const tr = translator(AGENCY_TEXTS, props.lang);
  const s = props.submission;
  return (
    <>
      {props.outcome ? (
        <p class="notice ok" role="status" id="result">
          {tr(props.outcome === 'new' ? 'resultNew' : 'resultSame')}
        </p>
      ) : null}
      <section class="card">
        <p>
          {tr('submissionDetails', {
            when: formatWhen(s.receivedAt, props.lang),
            channel: tr(`channel_${s.channel}`),
          })}
        </p>
        <CountsList lang={props.lang} counts={s.counts} />
      </section>
      <section class="card">
        <WarningsList lang={props.lang} warnings={s.warnings} />
      </section>
      <p>
        <a
          class="button secondary"
          id="receipt-link"
          href={`/agency/submissions/${encodeURIComponent(s.id)}/receipt`}
        >
          {translator(LAYOUT_TEXTS, props.lang)('receiptLink')}
        </a>
      </p>
      <p>
        <a href="/agency">{tr('navHome')}</a> · <a href="/agency/history">{tr('navHistory')}</a>
      </p>
    </>
  );
}
