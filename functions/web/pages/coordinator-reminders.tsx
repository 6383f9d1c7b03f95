import type { Lang } from '../../../shared/core/types.js';
import type { Agency } from '../../../shared/ports.js';
import type { ReminderOutcome } from '../../app/services/send-reminders.js';
import { TableRegion } from '../components.js';
import { CsrfField } from '../layout.js';
import { AGENCY_ADMIN_TEXTS } from '../texts/agency-admin-texts.js';
import { translator } from '../texts/translate.js';

/** Choose agencies (missing ones preselected), preview one e-mail, send, and read the result per agency. */
export function CoordinatorRemindersPage(props: {
  lang: Lang;
  csrf: string;
  base: string;
  agencies: readonly Agency[];
  chosen: ReadonlySet<string>;
  deadlineText: string | null;
  delivery: { kind: 'smtp' | 'outbox' | 'ses'; outboxDir?: string };
  outcome?: ReminderOutcome;
  error?: string;
}) {
  const ta = translator(AGENCY_ADMIN_TEXTS, props.lang);
  const { outcome } = props;
  const delivery =
    props.delivery.kind === 'outbox'
      ? ta('deliveryOutbox', { dir: props.delivery.outboxDir ?? 'outbox' })
      : ta(props.delivery.kind === 'ses' ? 'deliverySes' : 'deliverySmtp');
  const count = (status: string) => outcome?.results.filter((r) => r.status === status).length ?? 0;
  return (
    <>
      <section class="card" aria-labelledby="remind-h">
        <h2 id="remind-h">{ta('navReminders')}</h2>
        <p>{ta('remindersIntro')}</p>
        <p id="deadline-line">
          {props.deadlineText ? ta('deadlineLine', { deadline: props.deadlineText }) : ta('noDeadline')}
        </p>
        <p class={props.delivery.kind === 'outbox' ? 'notice warn' : 'hint'} id="delivery">
          {delivery}
        </p>
        {props.error ? (
          <p class="notice bad" role="alert">
            {props.error}
          </p>
        ) : null}
        <form method="post" action={props.base}>
          <CsrfField token={props.csrf} />
          <fieldset>
            <legend>{ta('chooseLegend')}</legend>
            {props.agencies.map((a) => (
              <div>
                <input
                  type="checkbox"
                  id={`remind-${a.code}`}
                  name="agency"
                  value={a.code}
                  checked={props.chosen.has(a.code)}
                />{' '}
                <label for={`remind-${a.code}`}>
                  <strong>{a.code}</strong> {a.name} — {a.email ?? ta('noAddress')}
                  {a.current ? ` (${ta('submittedTag')})` : ''}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" name="action" value="preview" class="secondary">
            {ta('previewButton')}
          </button>{' '}
          <button type="submit" name="action" value="send">
            {ta('sendButton')}
          </button>
        </form>
        <p>
          <a href={`${props.base}/missing.xlsx`}>{ta('missingExport')}</a>
        </p>
      </section>
      {outcome?.dryRun ? (
        <section class="card" aria-labelledby="preview-h" id="preview">
          {outcome.preview?.to ? (
            <>
              <h2 id="preview-h">
                {ta('previewTitle', { agency: outcome.preview.agency, to: outcome.preview.to })}
              </h2>
              <p>
                <strong>{ta('subjectLabel')}:</strong> {outcome.preview.subject}
              </p>
              <pre class="mail-preview">{outcome.preview.text}</pre>
            </>
          ) : (
            <p id="preview-h">{ta('previewNobody')}</p>
          )}
        </section>
      ) : null}
      {outcome ? (
        <section class="card" aria-labelledby="results-h">
          <h2 id="results-h">{ta('resultsTitle')}</h2>
          {outcome.dryRun ? null : (
            <p role="status" id="results-summary">
              {ta('resultsSummary', {
                sent: count('sent'),
                failed: count('failed'),
                none: count('no_address'),
              })}
            </p>
          )}
          <TableRegion labelledBy="results-h">
            <table id="reminder-results" class="stack">
              <thead>
                <tr>
                  <th scope="col">{ta('chooseLegend')}</th>
                  <th scope="col">{ta('colTo')}</th>
                  <th scope="col">{ta('colResult')}</th>
                </tr>
              </thead>
              <tbody>
                {outcome.results.map((r) => (
                  <tr data-agency={r.agency}>
                    <td data-label={ta('chooseLegend')}>{r.agency}</td>
                    <td data-label={ta('colTo')}>{r.to ?? ''}</td>
                    <td data-label={ta('colResult')}>
                      <span class={`tag ${r.status === 'sent' || r.status === 'ready' ? 'ok' : 'miss'}`}>
                        {ta(`status_${r.status}`)}
                      </span>
                      {r.error ? ` ${r.error}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </section>
      ) : null}
    </>
  );
}
