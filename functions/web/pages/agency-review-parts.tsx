/** The review loop as the agency sees it: the state card on its status page, notes beside fields. */

import type { Framework } from '../../../shared/core/framework.js';
import { formatWib } from '../../../shared/core/review/deadline.js';
import type { ReviewState } from '../../../shared/core/review/review-types.js';
import type { Lang } from '../../../shared/core/types.js';
import { REVIEW_TEXTS } from '../texts/review-texts.js';
import { translator } from '../texts/translate.js';

/** What the agency's status page shows of the review loop, the deadline and the consultation. */
export interface AgencyReviewInfo {
  review: ReviewState;
  deadline: string | null;
  reopenedUntil: string | null;
  closed: boolean;
  /** The closing time of the open consultation round, or null when none is open. */
  consultationCloses: string | null;
}

const TONE = { none: 'warn', received: 'info', returned: 'bad', accepted: 'ok' } as const;

/** The review state, the coordinator's note and comments, the deadline and the consultation link. */
export function AgencyReviewCard(props: { lang: Lang; info: AgencyReviewInfo; framework: Framework }) {
  const { lang, info } = props;
  const tr = translator(REVIEW_TEXTS, lang);
  const review = info.review.review;
  const texts = new Map(props.framework.indicators.map((i) => [i.id, i.text[lang]]));
  return (
    <>
      {info.deadline ? (
        <p class={`notice ${info.closed ? 'bad' : 'warn'}`} id="deadline">
          {tr('deadlineLine', { when: formatWib(info.deadline, lang) })}
          {info.closed ? ` ${tr('deadlinePassed')}` : ''}
          {!info.closed && info.reopenedUntil && Date.parse(info.reopenedUntil) > Date.parse(info.deadline)
            ? ` ${tr('reopenedUntil', { when: formatWib(info.reopenedUntil, lang) })}`
            : ''}
        </p>
      ) : null}
      {info.consultationCloses ? (
        <p class="notice" id="consultation-open">
          {tr('consultationOpen', { when: formatWib(info.consultationCloses, lang) })}{' '}
          <a href="/agency/consultation">{tr('consultationLink')}</a>
        </p>
      ) : null}
      {info.review.status === 'none' ? null : (
        <section class="card" aria-labelledby="review-h" id="review">
          <h2 id="review-h">{tr('reviewTitle')}</h2>
          <p
            class={`notice ${TONE[info.review.status] === 'info' ? '' : TONE[info.review.status]}`}
            id="review-state"
          >
            <strong>{tr(`state_${info.review.status}`)}</strong>
            {info.review.status === 'returned' ? ` — ${tr('returnedIntro')}` : ''}
            {info.review.status === 'accepted' ? ` — ${tr('acceptedIntro')}` : ''}
          </p>
          {review?.note && info.review.status === 'returned' ? (
            <p id="review-note">
              <strong>{tr('noteLabel')}:</strong> {review.note}
            </p>
          ) : null}
          {review && info.review.status === 'returned' && review.comments.length > 0 ? (
            <>
              <h3>{tr('commentsTitle')}</h3>
              <ul id="review-comments">
                {review.comments.map((c) => (
                  <li data-indicator={c.indicatorId}>
                    <a href={`/agency/form#ind-${c.indicatorId.replace(/[^A-Za-z0-9]/g, '_')}`}>
                      <strong>{c.indicatorId}</strong>
                    </a>{' '}
                    <span class="hint">{texts.get(c.indicatorId) ?? ''}</span>
                    <p class="quote review-comment">{c.text}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      )}
    </>
  );
}

/** The coordinator's comments on one indicator, shown beside its fields in the web form. */
export function ReviewCommentNote(props: {
  lang: Lang;
  indicatorId: string;
  comments: string[] | undefined;
}) {
  if (!props.comments || props.comments.length === 0) return null;
  const tr = translator(REVIEW_TEXTS, props.lang);
  return (
    <div
      class="notice bad review-comment"
      role="note"
      id={`review-${props.indicatorId.replace(/[^A-Za-z0-9]/g, '_')}`}
    >
      <strong>{tr('commentFor')}:</strong>
      {props.comments.map((text) => (
        <p>{text}</p>
      ))}
    </div>
  );
}
