/** The coordinator's deadline and consultation page: set the deadline, reopen an agency, run a round. */
import { isRoundOpen } from '../../../shared/core/consultation/consultation-rules.js';
import type {
  ConsultationComment,
  ConsultationRound,
} from '../../../shared/core/consultation/consultation-types.js';
import { formatWib } from '../../../shared/core/review/deadline.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency } from '../../../shared/ports.js';
import { TableRegion } from '../components.js';
import { CsrfField } from '../layout.js';
import { REVIEW_TEXTS } from '../texts/review-texts.js';
import { translator } from '../texts/translate.js';

export interface SchedulePageProps {
  lang: Lang;
  csrf: string;
  aid: string;
  now: Date;
  canEdit: boolean;
  deadline: string | null;
  version: number;
  agencies: readonly Agency[];
  round: ConsultationRound | null;
  comments: ConsultationComment[];
  notice: { tone: 'ok' | 'bad'; text: string } | null;
}

/** An instant as the value of a `datetime-local` input in WIB (UTC+7, no daylight saving). */
export function wibInputValue(iso: string | null): string {
  if (!iso) return '';
  return new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 16);
}

function RoundState(props: SchedulePageProps) {
  const tr = translator(REVIEW_TEXTS, props.lang);
  const { round, lang } = props;
  if (!round) return <p id="round-state">{tr('roundNone')}</p>;
  if (isRoundOpen(round, props.now))
    return (
      <p class="notice ok" id="round-state">
        {tr('roundOpen', { when: formatWib(round.closes, lang) })}
      </p>
    );
  if (Date.parse(round.opens) > props.now.getTime())
    return (
      <p class="notice" id="round-state">
        {tr('roundPending', { opens: formatWib(round.opens, lang), closes: formatWib(round.closes, lang) })}
      </p>
    );
  return <p id="round-state">{tr('roundClosed', { when: formatWib(round.closes, lang) })}</p>;
}

/** The page. */
export function CoordinatorSchedulePage(props: SchedulePageProps) {
  const { lang, aid } = props;
  const tr = translator(REVIEW_TEXTS, lang);
  const base = `/coordinator/a/${encodeURIComponent(aid)}/schedule`;
  return (
    <>
      {props.notice ? (
        <p
          class={`notice ${props.notice.tone}`}
          role={props.notice.tone === 'ok' ? 'status' : 'alert'}
          id="schedule-notice"
        >
          {props.notice.text}
        </p>
      ) : null}
      <section class="card" aria-labelledby="deadline-h">
        <h2 id="deadline-h">{tr('deadlineTitle')}</h2>
        <p id="deadline-state">
          {props.deadline
            ? tr('deadlineLine', { when: formatWib(props.deadline, lang) })
            : tr('deadlineNone')}
        </p>
        {props.canEdit ? (
          <form method="post" action={`${base}/deadline`}>
            <CsrfField token={props.csrf} />
            <input type="hidden" name="version" value={String(props.version)} />
            <label for="deadline">{tr('deadlineInput')}</label>
            <input
              type="datetime-local"
              id="deadline"
              name="deadline"
              value={wibInputValue(props.deadline)}
            />
            <button type="submit" id="deadline-save">
              {tr('save')}
            </button>
          </form>
        ) : null}
        {props.canEdit && props.agencies.length > 0 ? (
          <form method="post" action={`${base}/reopen`} class="inline-form">
            <h3>{tr('reopenTitle')}</h3>
            <CsrfField token={props.csrf} />
            <label>
              {tr('reopenAgency')}{' '}
              <select name="code" id="reopen-code">
                {props.agencies.map((a) => (
                  <option value={a.code}>
                    {a.code} — {a.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {tr('reopenUntil')} <input type="datetime-local" name="until" id="reopen-until" required />
            </label>
            <button type="submit" class="secondary" id="reopen-save">
              {tr('reopenButton')}
            </button>
          </form>
        ) : null}
      </section>
      <section class="card" aria-labelledby="round-h">
        <h2 id="round-h">{tr('roundTitle')}</h2>
        <RoundState {...props} />
        {props.canEdit && !(props.round && Date.parse(props.round.closes) >= props.now.getTime()) ? (
          <form method="post" action={`${base}/consultation`} class="inline-form">
            <CsrfField token={props.csrf} />
            <label>
              {tr('roundCloses')} <input type="datetime-local" name="closes" id="round-closes" required />
            </label>
            <button type="submit" id="round-open">
              {tr('roundButton')}
            </button>
          </form>
        ) : null}
        <h3 id="comments-h">{tr('commentsListTitle', { count: props.comments.length })}</h3>
        <p>
          <a class="button secondary" href={`${base}/comments.xlsx?lang=en`} download>
            {tr('exportEn')}
          </a>
          <a class="button secondary" href={`${base}/comments.xlsx?lang=id`} download>
            {tr('exportId')}
          </a>
        </p>
        {props.comments.length === 0 ? (
          <p>{tr('commentsNone')}</p>
        ) : (
          <TableRegion labelledBy="comments-h">
            <table id="consultation-comments" class="stack">
              <thead>
                <tr>
                  <th scope="col">{tr('colWhen')}</th>
                  <th scope="col">{tr('colAgency')}</th>
                  <th scope="col">{tr('colAbout')}</th>
                  <th scope="col">{tr('colComment')}</th>
                </tr>
              </thead>
              <tbody>
                {props.comments.map((c) => (
                  <tr>
                    <td data-label={tr('colWhen')}>{formatWib(c.at, lang)}</td>
                    <td data-label={tr('colAgency')}>
                      <strong>{c.agencyCode}</strong> {c.agencyName}
                    </td>
                    <td data-label={tr('colAbout')}>
                      {c.indicatorId ?? (c.domainId ? tr('domainLabel', { id: c.domainId }) : '')}
                    </td>
                    <td class="review-comment" data-label={tr('colComment')}>
                      {c.text}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
    </>
  );
}
