/**
 * The coordinator's page for one agency: its answers by domain (a comment box under each), its
 * submission history with the original files, what changed between two versions, the review form.
 */
import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../../../shared/core/answers.js';
import type { IndicatorChange } from '../../../shared/core/review/response-diff.js';
import type { Answer, JustificationType, Lang } from '../../../shared/core/types.js';
import type { AgencyResponsesView } from '../../app/routes/agency-responses.js';
import { TableRegion } from '../components.js';
import { CsrfField } from '../layout.js';
import { formatWhen } from '../page-context.js';
import { AGENCY_TEXTS } from '../texts/agency-texts.js';
import { REVIEW_TEXTS } from '../texts/review-texts.js';
import { translator } from '../texts/translate.js';

export interface AgencyReviewPageProps {
  lang: Lang;
  csrf: string;
  aid: string;
  view: AgencyResponsesView;
  canEdit: boolean;
  diff: { from: string; to: string; changes: IndicatorChange[] } | null;
  notice: { tone: 'ok' | 'bad' | 'warn'; text: string } | null;
  /** What the coordinator typed, when a post is shown again. */
  typed?: { note: string; comments: Map<string, string> };
}

const TAG = { none: 'miss', received: 'warn', returned: 'miss', accepted: 'ok' } as const;

/** A review state as a coloured tag. */
export function ReviewTag(props: { lang: Lang; status: keyof typeof TAG }) {
  const tr = translator(REVIEW_TEXTS, props.lang);
  return <span class={`tag ${TAG[props.status]}`}>{tr(`state_${props.status}`)}</span>;
}

function fieldValue(field: string, value: string | null, lang: Lang): string {
  if (value === null) return '—';
  if (field === 'answer') return ANSWER_LABELS[lang][value as Answer] ?? value;
  if (field === 'justificationType') return JUSTIFICATION_LABELS[lang][value as JustificationType] ?? value;
  return value;
}

const slug = (id: string) => id.replace(/[^A-Za-z0-9]/g, '_');

function History(props: AgencyReviewPageProps) {
  const { lang, view, aid } = props;
  const tr = translator(REVIEW_TEXTS, lang);
  const ag = translator(AGENCY_TEXTS, lang);
  const base = `/coordinator/a/${encodeURIComponent(aid)}/agencies/${encodeURIComponent(view.agency.code)}`;
  return (
    <section class="card" aria-labelledby="history-h">
      <h2 id="history-h">{tr('historyTitle')}</h2>
      <TableRegion labelledBy="history-h">
        <table id="submissions" class="stack">
          <thead>
            <tr>
              <th scope="col">{tr('colReceived')}</th>
              <th scope="col">{tr('colChannel')}</th>
              <th scope="col">{tr('colFile')}</th>
            </tr>
          </thead>
          <tbody>
            {view.submissions.map((s) => (
              <tr data-submission={s.id}>
                <td data-label={tr('colReceived')}>
                  {formatWhen(s.receivedAt, lang)}
                  {s.id === view.current?.submissionId ? ` (${tr('current')})` : ''}
                </td>
                <td data-label={tr('colChannel')}>{ag(`channel_${s.channel}`)}</td>
                <td data-label={tr('colFile')}>
                  {s.channel === 'xlsx' && props.canEdit ? (
                    <a href={`${base}/submissions/${encodeURIComponent(s.id)}/file`} download>
                      {tr('download')}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {view.submissions.length > 1 ? (
        <form method="get" action={`${base}/answers#diff-h`} class="inline-form">
          <h3 id="diff-h">{tr('diffTitle')}</h3>
          {(['from', 'to'] as const).map((name, index) => (
            <label>
              {tr(name === 'from' ? 'diffFrom' : 'diffTo')}{' '}
              <select name={name} id={`diff-${name}`}>
                {view.submissions.map((s, i) => (
                  <option
                    value={s.id}
                    selected={props.diff ? props.diff[name] === s.id : i === (index === 0 ? 1 : 0)}
                  >
                    {formatWhen(s.receivedAt, lang)}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit" class="secondary" id="diff-show">
            {tr('diffShow')}
          </button>
        </form>
      ) : null}
      {props.diff ? <DiffTable {...props} diff={props.diff} /> : null}
    </section>
  );
}

function DiffTable(props: AgencyReviewPageProps & { diff: NonNullable<AgencyReviewPageProps['diff']> }) {
  const { lang } = props;
  const tr = translator(REVIEW_TEXTS, lang);
  if (props.diff.changes.length === 0) return <p id="diff">{tr('diffNone')}</p>;
  return (
    <TableRegion labelledBy="diff-h">
      <table id="diff" class="stack">
        <thead>
          <tr>
            <th scope="col">{tr('colIndicator')}</th>
            <th scope="col">{tr('colField')}</th>
            <th scope="col">{tr('colBefore')}</th>
            <th scope="col">{tr('colAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {props.diff.changes.flatMap((change) =>
            change.changes.map((f) => (
              <tr data-indicator={change.indicatorId}>
                <td data-label={tr('colIndicator')}>{change.indicatorId}</td>
                <td data-label={tr('colField')}>{tr(`field_${f.field}`)}</td>
                <td class="was" data-label={tr('colBefore')}>
                  {fieldValue(f.field, f.from, lang)}
                </td>
                <td class="now" data-label={tr('colAfter')}>
                  {fieldValue(f.field, f.to, lang)}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </TableRegion>
  );
}

function Answers(props: AgencyReviewPageProps) {
  const { lang, view } = props;
  const tr = translator(REVIEW_TEXTS, lang);
  const editable = props.canEdit && view.current !== null;
  return (
    <>
      {view.domains.map((domain) => (
        <section class="card" aria-labelledby={`dom-${domain.id}`}>
          <h2 id={`dom-${domain.id}`}>
            {domain.id}. {domain.name[lang]}
          </h2>
          {domain.indicators.map((i) => (
            <div class="indicator" id={`ind-${slug(i.indicatorId)}`}>
              <h3>
                <span class="id">{i.indicatorId}</span>
                {i.text[lang]}
              </h3>
              <p>
                <strong>{fieldValue('answer', i.answer, lang)}</strong>
                {i.justificationType
                  ? ` · ${fieldValue('justificationType', i.justificationType, lang)}`
                  : ''}
              </p>
              {i.justification ? <p class="quote">{i.justification}</p> : null}
              {i.evidence ? <p class="hint">{i.evidence}</p> : null}
              {i.comments.map((text) => (
                <p class="notice bad review-comment">{text}</p>
              ))}
              {editable ? (
                <details open={props.typed?.comments.has(i.indicatorId) || undefined}>
                  <summary>{tr('addComment')}</summary>
                  <label class="visually-hidden" for={`comment-${slug(i.indicatorId)}`}>
                    {tr('addComment')} {i.indicatorId}
                  </label>
                  <textarea
                    id={`comment-${slug(i.indicatorId)}`}
                    name={`comment.${i.indicatorId}`}
                    rows={2}
                    maxlength={2000}
                  >
                    {props.typed?.comments.get(i.indicatorId) ?? ''}
                  </textarea>
                </details>
              ) : null}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

/** The whole page; the review form wraps the answers so each indicator carries its comment box. */
export function CoordinatorAgencyReviewPage(props: AgencyReviewPageProps) {
  const { lang, view } = props;
  const tr = translator(REVIEW_TEXTS, lang);
  const review = view.review.review;
  const editable = props.canEdit && view.current !== null;
  const base = `/coordinator/a/${encodeURIComponent(props.aid)}/agencies/${encodeURIComponent(view.agency.code)}`;
  return (
    <>
      {props.notice ? (
        <p
          class={`notice ${props.notice.tone}`}
          role={props.notice.tone === 'ok' ? 'status' : 'alert'}
          id="review-notice"
        >
          {props.notice.text}
        </p>
      ) : null}
      <p id="review-state">
        {tr('reviewTitle')}: <ReviewTag lang={lang} status={view.review.status} />
        {review
          ? ` ${tr('reviewedBy', { name: review.reviewedBy.name, when: formatWhen(review.reviewedAt, lang) })}`
          : ''}
      </p>
      {review?.note ? (
        <p>
          <strong>{tr('noteLabel')}:</strong> {review.note}
        </p>
      ) : null}
      <History {...props} />
      {view.current === null ? <p class="notice warn">{tr('noAnswers')}</p> : null}
      {editable ? (
        <form method="post" action={`${base}/review`} id="review-form">
          <CsrfField token={props.csrf} />
          <input type="hidden" name="version" value={String(view.review.version)} />
          <Answers {...props} />
          <section class="card" aria-labelledby="decide-h">
            <h2 id="decide-h">{tr('reviewFormTitle')}</h2>
            <p class="hint">{tr('reviewIntro')}</p>
            <fieldset>
              <legend>{tr('decision')}</legend>
              <div class="choices">
                <label>
                  <input type="radio" name="status" value="accepted" id="decide-accept" required />
                  {tr('decideAccept')}
                </label>
                <label>
                  <input type="radio" name="status" value="returned" id="decide-return" />
                  {tr('decideReturn')}
                </label>
              </div>
            </fieldset>
            <label for="review-note">{tr('noteLabel')}</label>
            <textarea id="review-note" name="note" rows={3} maxlength={2000}>
              {props.typed?.note ?? ''}
            </textarea>
            <p>
              <button type="submit" id="review-submit">
                {tr('sendReview')}
              </button>
            </p>
          </section>
        </form>
      ) : view.current !== null ? (
        <Answers {...props} />
      ) : null}
    </>
  );
}

/** The dashboard's review cell of one agency: its state, linking to its answers page. */
export function ReviewCell(props: {
  lang: Lang;
  aid: string;
  agency: { code: string };
  status: keyof typeof TAG;
}) {
  const href = `/coordinator/a/${encodeURIComponent(props.aid)}/agencies/${encodeURIComponent(props.agency.code)}/answers`;
  // Nothing to review yet: the status column already says "missing".
  if (props.status === 'none') return <td data-review="none">—</td>;
  return (
    <td data-review={props.status}>
      <a href={href}>
        <ReviewTag lang={props.lang} status={props.status} />
      </a>
    </td>
  );
}
