/**
 * One submission's answers, read-only, as the agency's receipt: who, when, which channel, the
 * submission id and the SHA-256 of what was sent, then every indicator by domain. Prints on
 * paper without the site's menus (print CSS in style.ts).
 */
import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../../../shared/core/answers.js';
import type { Framework } from '../../../shared/core/framework.js';
import type { Lang, NormalizedResponse, Submission } from '../../../shared/core/types.js';
import type { Agency, Assessment } from '../../../shared/ports.js';
import { answeredOf } from '../components.js';
import { formatWhen } from '../page-context.js';
import { AGENCY_TEXTS } from '../texts/agency-texts.js';
import { LAYOUT_TEXTS } from '../texts/layout-texts.js';
import { translator } from '../texts/translate.js';

export interface ReceiptProps {
  lang: Lang;
  framework: Framework;
  assessment: Assessment;
  agency: Agency;
  submission: Submission;
  responses: readonly NormalizedResponse[];
  current: boolean;
}

/** The receipt page's body. */
export function AgencyReceiptPage(props: ReceiptProps) {
  const { lang, framework, submission: s } = props;
  const lt = translator(LAYOUT_TEXTS, lang);
  const at = translator(AGENCY_TEXTS, lang);
  const byId = new Map(props.responses.map((r) => [r.indicatorId, r]));
  return (
    <>
      <p class="no-print">{lt('receiptIntro')}</p>
      <section class="card receipt" aria-labelledby="receipt-h">
        <h2 id="receipt-h">{lt('receiptFacts')}</h2>
        <dl class="receipt-facts" id="receipt-facts">
          <dt>{lt('receiptAgency')}</dt>
          <dd>{`${props.agency.name} (${props.agency.code})`}</dd>
          <dt>{lt('receiptAssessment')}</dt>
          <dd>{`${props.assessment.name} (${props.assessment.id})`}</dd>
          <dt>{lt('receiptId')}</dt>
          <dd class="mono" id="receipt-id">
            {s.id}
          </dd>
          <dt>{lt('receiptWhen')}</dt>
          <dd>{formatWhen(s.receivedAt, lang)}</dd>
          <dt>{lt('receiptChannel')}</dt>
          <dd>{at(`channel_${s.channel}`)}</dd>
          <dt>{lt('receiptSha')}</dt>
          <dd class="mono" id="receipt-sha">
            {s.sha256}
          </dd>
          <dt>{lt('receiptAnswered')}</dt>
          <dd>
            {lt('receiptAnsweredValue', {
              answered: answeredOf(s.counts),
              total: framework.indicators.length,
            })}
          </dd>
        </dl>
        <p class={`notice ${props.current ? 'ok' : 'warn'}`}>
          {props.current ? lt('receiptCurrent') : lt('receiptOlder')}
        </p>
      </section>
      {framework.domains.map((domain) => (
        <section class="card receipt-domain" aria-labelledby={`rd-${domain.id}`}>
          <h2 id={`rd-${domain.id}`}>{`${domain.id}. ${domain.name[lang]}`}</h2>
          {framework.indicators
            .filter((i) => i.domainId === domain.id)
            .map((indicator) => {
              const r = byId.get(indicator.id);
              return (
                <div class="receipt-item" data-indicator={indicator.id}>
                  <h3>
                    <span class="id">{indicator.id}</span>
                    {indicator.text[lang]}
                  </h3>
                  <dl class="receipt-answer">
                    <dt>{lt('receiptAnswer')}</dt>
                    <dd data-field="answer">
                      {r?.answer ? ANSWER_LABELS[lang][r.answer] : lt('receiptUnanswered')}
                    </dd>
                    {r?.justificationType ? (
                      <>
                        <dt>{lt('receiptType')}</dt>
                        <dd>{JUSTIFICATION_LABELS[lang][r.justificationType]}</dd>
                      </>
                    ) : null}
                    {r?.justification ? (
                      <>
                        <dt>{lt('receiptJustification')}</dt>
                        <dd class="quote" data-field="justification">
                          {r.justification}
                        </dd>
                      </>
                    ) : null}
                    {r?.evidence ? (
                      <>
                        <dt>{lt('receiptEvidence')}</dt>
                        <dd class="quote">{r.evidence}</dd>
                      </>
                    ) : null}
                  </dl>
                </div>
              );
            })}
        </section>
      ))}
      <p class="no-print">
        <a href="/agency/history">{at('navHistory')}</a>
      </p>
    </>
  );
}
