import type { Framework } from '../../../shared/core/framework.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency, Assessment } from '../../../shared/ports.js';
import { answeredOf, CountsList } from '../components.js';
import { formatWhen } from '../page-context.js';
import { AGENCY_TEXTS } from '../texts/agency-texts.js';
import { translator } from '../texts/translate.js';
import { AgencyReviewCard, type AgencyReviewInfo } from './agency-review-parts.js';

/** The agency's start page: its status and what it can do next. */
export function AgencyHomePage(props: {
  lang: Lang;
  agency: Agency;
  assessment: Assessment;
  total: number;
  /** The review state, deadline and consultation (absent without the review ports). */
  review?: { info: AgencyReviewInfo; framework: Framework } | null;
}) {
  const { lang, agency, total } = props;
  const tr = translator(AGENCY_TEXTS, lang);
  const current = agency.current;
  return (
    <>
      <p>{tr('homeIntro', { assessment: props.assessment.name, count: total })}</p>
      <section class="card" aria-labelledby="status-h">
        <h2 id="status-h">{tr('statusTitle')}</h2>
        {current ? (
          <>
            <p class="notice ok" id="status">
              {tr('statusSubmitted', {
                when: formatWhen(current.receivedAt, lang),
                channel: tr(`channel_${current.channel}`),
                answered: answeredOf(current.counts),
                total,
              })}
            </p>
            <CountsList lang={lang} counts={current.counts} />
          </>
        ) : (
          <p class="notice warn" id="status">
            {tr('statusNone')}
          </p>
        )}
      </section>
      {props.review ? (
        <AgencyReviewCard lang={lang} info={props.review.info} framework={props.review.framework} />
      ) : null}
      <section class="card" aria-labelledby="template-h">
        <h2 id="template-h">{tr('templateTitle')}</h2>
        <p>{tr('templateIntro')}</p>
        <a class="button" href="/agency/template.xlsx?lang=en" download>
          {tr('templateEn')}
        </a>
        <a class="button" href="/agency/template.xlsx?lang=id" download>
          {tr('templateId')}
        </a>
      </section>
      <section class="card">
        <a class="button secondary" href="/agency/upload">
          {tr('navUpload')}
        </a>
        <a class="button secondary" href="/agency/form">
          {tr('navForm')}
        </a>
        <a class="button secondary" href="/agency/history">
          {tr('navHistory')}
        </a>
      </section>
    </>
  );
}
