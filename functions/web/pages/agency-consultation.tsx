/** The agency's consultation page: the validated findings of every domain and a comment form each. */
import { ANSWER_LABELS } from '../../../shared/core/answers.js';
import type { ConsultationComment } from '../../../shared/core/consultation/consultation-types.js';
import type { Framework } from '../../../shared/core/framework.js';
import { formatWib } from '../../../shared/core/review/deadline.js';
import type { AssessmentSummary } from '../../../shared/core/summary/summary.js';
import type { Lang } from '../../../shared/core/types.js';
import { CsrfField } from '../layout.js';
import { REVIEW_TEXTS } from '../texts/review-texts.js';
import { translator } from '../texts/translate.js';

export interface ConsultationPageProps {
  lang: Lang;
  csrf: string;
  framework: Framework;
  closes: string;
  summary: AssessmentSummary | null;
  own: ConsultationComment[];
  notice: { tone: 'ok' | 'bad'; text: string } | null;
}

function Findings(props: { lang: Lang; framework: Framework; domain: AssessmentSummary['domains'][number] }) {
  const { lang, domain } = props;
  const tr = translator(REVIEW_TEXTS, lang);
  const text = new Map(props.framework.indicators.map((i) => [i.id, i.text[lang]]));
  const picked = domain.findings;
  const highlights = picked ? picked.highlights.map((p) => p.indicatorId) : domain.highlights;
  const gaps = picked ? picked.gaps.map((p) => p.indicatorId) : domain.gaps;
  const proposed = picked?.status === 'final' ? '' : ` ${tr('proposed')}`;
  const list = (ids: string[]) => (
    <ul>
      {ids.map((id) => (
        <li>
          <strong>{id}</strong> {text.get(id) ?? ''}
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {domain.finalScore !== null ? <p>{tr('score', { score: domain.finalScore })}</p> : null}
      <h3>
        {tr('highlightsTitle')}
        {proposed}
      </h3>
      {list(highlights)}
      <h3>
        {tr('gapsTitle')}
        {proposed}
      </h3>
      {list(gaps)}
    </>
  );
}

/** The page (shown only while a round is open). */
export function AgencyConsultationPage(props: ConsultationPageProps) {
  const { lang, framework, summary } = props;
  const tr = translator(REVIEW_TEXTS, lang);
  const finals = new Map((summary?.indicators ?? []).map((i) => [i.id, i.final]));
  return (
    <>
      <p>{tr('consultationIntro', { when: formatWib(props.closes, lang) })}</p>
      {props.notice ? (
        <p
          class={`notice ${props.notice.tone}`}
          role={props.notice.tone === 'ok' ? 'status' : 'alert'}
          id="comment-notice"
        >
          {props.notice.text}
        </p>
      ) : null}
      {summary ? null : <p class="notice warn">{tr('noSummary')}</p>}
      {framework.domains.map((d) => {
        const domain = summary?.domains.find((x) => x.id === d.id);
        const indicators = framework.indicators.filter((i) => i.domainId === d.id);
        return (
          <section class="card" aria-labelledby={`cdom-${d.id}`} id={`consult-${d.id}`}>
            <h2 id={`cdom-${d.id}`}>
              {d.id}. {d.name[lang]}
            </h2>
            {domain ? <Findings lang={lang} framework={framework} domain={domain} /> : null}
            <details>
              <summary>{tr('finalAnswers')}</summary>
              <ul class="plain">
                {indicators.map((i) => {
                  const final = finals.get(i.id);
                  return (
                    <li>
                      <strong>{i.id}</strong> {i.text[lang]} — {final ? ANSWER_LABELS[lang][final] : '—'}
                    </li>
                  );
                })}
              </ul>
            </details>
            <form method="post" action="/agency/consultation">
              <CsrfField token={props.csrf} />
              <input type="hidden" name="domainId" value={d.id} />
              <label for={`about-${d.id}`}>{tr('commentOn')}</label>
              <select id={`about-${d.id}`} name="indicatorId">
                <option value="">{tr('wholeDomain')}</option>
                {indicators.map((i) => (
                  <option value={i.id}>
                    {i.id} {i.text[lang].length > 70 ? `${i.text[lang].slice(0, 67)}…` : i.text[lang]}
                  </option>
                ))}
              </select>
              <label for={`text-${d.id}`}>{tr('commentText')}</label>
              <textarea id={`text-${d.id}`} name="text" rows={3} maxlength={2000} required />
              <button type="submit" id={`send-${d.id}`}>
                {tr('sendComment')}
              </button>
            </form>
          </section>
        );
      })}
      {props.own.length > 0 ? (
        <section class="card" aria-labelledby="own-h">
          <h2 id="own-h">{tr('yourComments')}</h2>
          <ul id="own-comments">
            {props.own.map((c) => (
              <li>
                {formatWib(c.at, lang)} —{' '}
                <strong>{c.indicatorId ?? tr('domainLabel', { id: c.domainId ?? '' })}</strong>:{' '}
                <span class="review-comment">{c.text}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
