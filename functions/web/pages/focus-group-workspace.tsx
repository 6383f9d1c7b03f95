/**
 * The focus-group workspace: one indicator at a time in discussion order, in large type for a
 * projector — counts, consensus, split, the form to record the validated answer, the agencies'
 * justifications grouped by type with their names, progress per domain. Plain links and buttons
 * work without the script; the script (same origin) only adds single keys (J/K, arrows, 1/2/3).
 */
import type { Child } from 'hono/jsx';
import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../../../shared/core/answers.js';
import {
  ANSWERS,
  JUSTIFICATION_TYPES,
  type JustificationType,
  type Lang,
} from '../../../shared/core/types.js';
import { VALIDATED_ANSWERS } from '../../../shared/core/validation/validation-types.js';
import type { AgencyJustification, WorkspaceData } from '../focus-group-data.js';
import { CsrfField } from '../layout.js';
import { FOCUS_GROUP_TEXTS } from '../texts/focus-group-texts.js';
import { translator } from '../texts/translate.js';

/** What the form shows: stored values, or what was sent back with errors. */
export interface ValidationFormState {
  answer: string | null;
  note: string;
  sources: string;
  version: number;
  errors: { answer?: string; note?: string; sources?: string };
}

export interface WorkspaceProps {
  lang: Lang;
  csrf: string;
  base: string;
  data: WorkspaceData;
  form: ValidationFormState;
  canEdit: boolean;
  notice?: { tone: 'ok' | 'bad' | 'warn'; text: string };
}

const SHORTCUT: Record<string, string> = { yes: '1', partially: '2', no: '3' };

function Justifications(props: { lang: Lang; items: AgencyJustification[] }) {
  const tr = translator(FOCUS_GROUP_TEXTS, props.lang);
  const answers = ANSWER_LABELS[props.lang];
  const cited = props.items.filter((j) => (j.justification ?? '').trim() !== '');
  if (cited.length === 0) return <p class="hint">{tr('noJustifications')}</p>;
  const groups: [JustificationType | null, AgencyJustification[]][] = [
    ...JUSTIFICATION_TYPES.map(
      (type) =>
        [type, cited.filter((j) => j.justificationType === type)] as [
          JustificationType,
          AgencyJustification[],
        ],
    ),
    [null, cited.filter((j) => j.justificationType === null)],
  ];
  return (
    <>
      {groups
        .filter(([, items]) => items.length > 0)
        .map(([type, items]) => (
          <section class="fg-group" data-type={type ?? 'none'}>
            <h3>
              {type ? JUSTIFICATION_LABELS[props.lang][type] : tr('noType')} ({items.length})
            </h3>
            <ul class="fg-list">
              {items.map((j) => (
                <li>
                  <strong>
                    {j.name} ({j.code})
                  </strong>{' '}
                  {j.answer ? <span class={`ans ans-${j.answer}`}>{answers[j.answer]}</span> : null}
                  <p>{j.justification}</p>
                  {j.evidence ? (
                    <p class="fg-evidence">
                      {tr('evidence')}: {j.evidence}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}

/** The workspace page body. */
export function FocusGroupWorkspacePage(props: WorkspaceProps) {
  const { lang, data, base, form } = props;
  const tr = translator(FOCUS_GROUP_TEXTS, lang);
  const answers = ANSWER_LABELS[lang];
  const { line, framework } = data;
  const indicator = framework.indicators.find((i) => i.id === line.id)!;
  const domain = framework.domains.find((d) => d.id === line.domainId);
  const votes = line.counts.yes + line.counts.partially + line.counts.no;
  const href = (id: string) => `${base}/focus-group/${encodeURIComponent(id)}`;
  return (
    <div class="fg" data-fg-workspace>
      <link rel="stylesheet" href="/assets/focus-group.css" />
      <script src="/assets/focus-group.js" defer />
      {props.notice ? (
        <p class={`notice ${props.notice.tone}`} role={props.notice.tone === 'ok' ? 'status' : 'alert'}>
          {props.notice.text}
        </p>
      ) : null}
      <nav class="fg-nav" aria-label={tr('position', { n: data.index + 1, total: data.order.length })}>
        <StepLink to={data.previous && href(data.previous)} id="fg-prev" rel="prev" accesskey="p">
          {tr('previous')}
        </StepLink>
        <span class="fg-pos">{tr('position', { n: data.index + 1, total: data.order.length })}</span>
        <StepLink to={data.next && href(data.next)} id="fg-next" rel="next" accesskey="n">
          {tr('next')}
        </StepLink>
      </nav>
      <p class="hint fg-keys">{tr('keysHint')}</p>

      <section class="fg-indicator" aria-labelledby="fg-text">
        <p class="fg-meta">
          <span class="fg-id">{line.id}</span> · {tr('domain')} {line.domainId}: {domain?.name[lang] ?? ''}{' '}
          <span class={line.contested ? 'tag miss' : 'tag ok'}>
            {line.contested ? tr('contested') : tr('notContested')}
          </span>
        </p>
        <h2 id="fg-text">{indicator.text[lang]}</h2>
        <ul class="fg-counts" aria-label={tr('counts')}>
          {ANSWERS.map((a) => (
            <li class={`ans ans-${a}`}>
              {answers[a]}: <strong>{line.counts[a]}</strong>
            </li>
          ))}
          <li class="ans ans-unanswered">
            {tr('unanswered')}: <strong>{line.counts.unanswered}</strong>
          </li>
        </ul>
        <dl class="fg-facts">
          <div>
            <dt>{tr('consensus')}</dt>
            <dd>{line.consensus ? answers[line.consensus] : tr('none')}</dd>
          </div>
          <div>
            <dt>{tr('split')}</dt>
            <dd id="fg-split">
              {lang === 'id' ? line.split.toFixed(3).replace('.', ',') : line.split.toFixed(3)}
            </dd>
          </div>
          <div>
            <dt>{tr('agreement')}</dt>
            <dd>
              {line.agreement === null ? tr('none') : `${Math.round(line.agreement * 100)}%`} ({votes}{' '}
              {tr('votes')})
            </dd>
          </div>
          <div>
            <dt>{tr('validated')}</dt>
            <dd id="fg-validated">
              {data.stored.value ? answers[data.stored.value.answer] : tr('notValidated')}
            </dd>
          </div>
        </dl>
      </section>

      {props.canEdit ? (
        <section class="fg-record" aria-labelledby="fg-record-h">
          <h2 id="fg-record-h">{tr('recordTitle')}</h2>
          <form method="post" action={href(line.id)} id="fg-form">
            <CsrfField token={props.csrf} />
            <input type="hidden" name="version" value={String(form.version)} />
            <input type="hidden" name="next" value={data.next ?? line.id} />
            <fieldset class="fg-answers">
              <legend>{tr('answerLegend')}</legend>
              {VALIDATED_ANSWERS.map((a) => (
                <label class={`fg-choice ans-${a}`}>
                  <input
                    type="radio"
                    name="answer"
                    value={a}
                    id={`fg-answer-${a}`}
                    accesskey={SHORTCUT[a]}
                    checked={form.answer === a}
                    aria-describedby={form.errors.answer ? 'fg-answer-error' : undefined}
                  />{' '}
                  <kbd>{SHORTCUT[a]}</kbd> {answers[a]}
                </label>
              ))}
              {form.errors.answer ? (
                <p class="error" id="fg-answer-error">
                  {form.errors.answer}
                </p>
              ) : null}
            </fieldset>
            <label for="fg-note">{tr('note')}</label>
            <textarea
              id="fg-note"
              name="note"
              rows={3}
              maxlength={2000}
              aria-invalid={form.errors.note ? 'true' : undefined}
            >
              {form.note}
            </textarea>
            {form.errors.note ? <p class="error">{form.errors.note}</p> : null}
            <label for="fg-sources">{tr('sources')}</label>
            <textarea
              id="fg-sources"
              name="sources"
              rows={2}
              aria-invalid={form.errors.sources ? 'true' : undefined}
            >
              {form.sources}
            </textarea>
            {form.errors.sources ? <p class="error">{form.errors.sources}</p> : null}
            <button type="submit" id="fg-save" accesskey="s">
              {tr('save')}
            </button>
          </form>
          {data.stored.value ? (
            <form method="post" action={`${href(line.id)}/clear`}>
              <CsrfField token={props.csrf} />
              <input type="hidden" name="version" value={String(data.stored.version)} />
              <button type="submit" class="secondary" id="fg-clear">
                {tr('clear')}
              </button>
            </form>
          ) : null}
        </section>
      ) : (
        <p class="hint">{tr('readOnly')}</p>
      )}

      <section class="fg-just" aria-labelledby="fg-just-h">
        <h2 id="fg-just-h">{tr('justifications')}</h2>
        <Justifications lang={lang} items={data.justifications} />
      </section>

      <section class="fg-progress" aria-labelledby="fg-progress-h">
        <h2 id="fg-progress-h">{tr('progress')}</h2>
        <ul class="fg-domains">
          {data.progress.map((p) => {
            const name = framework.domains.find((d) => d.id === p.domainId)?.name[lang] ?? p.domainId;
            return (
              <li data-domain={p.domainId}>
                <a href={`${base}/findings/${encodeURIComponent(p.domainId)}`}>
                  {p.domainId}. {name}
                </a>
                : {tr('progressLine', { validated: p.validated, total: p.total })}{' '}
                <progress max={p.total} value={p.validated} aria-label={`${p.domainId}. ${name}`} />
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

/** The link to the previous or next indicator; at either end a disabled look-alike, not a link. */
function StepLink(props: {
  to: string | null;
  id: string;
  rel: string;
  accesskey: string;
  children?: Child;
}) {
  return props.to ? (
    <a id={props.id} class="button secondary" href={props.to} rel={props.rel} accesskey={props.accesskey}>
      {props.children}
    </a>
  ) : (
    <span class="button secondary disabled" aria-disabled="true">
      {props.children}
    </span>
  );
}
