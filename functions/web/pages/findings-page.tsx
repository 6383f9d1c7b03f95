/**
 * The findings of one domain: every indicator with its final answer and evidence, a checkbox for
 * "highlight" and one for "area for development", and optional short texts in English and
 * Indonesian; saved as a draft or as final (3–5 highlights). Starts from the automatic proposals.
 */
import { ANSWER_LABELS } from '../../../shared/core/answers.js';
import type { FindingPick } from '../../../shared/core/findings/findings-types.js';
import type { Framework } from '../../../shared/core/framework.js';
import type { IndicatorSummary } from '../../../shared/core/summary/consensus.js';
import type { Lang } from '../../../shared/core/types.js';
import { CsrfField } from '../layout.js';
import { FOCUS_GROUP_TEXTS } from '../texts/focus-group-texts.js';
import { translator } from '../texts/translate.js';

/** What the form shows: the saved (or proposed, or sent-back) picks. */
export interface FindingsFormState {
  highlights: FindingPick[];
  gaps: FindingPick[];
  status: 'draft' | 'final' | null;
  version: number;
  errors: string[];
}

export interface FindingsPageProps {
  lang: Lang;
  csrf: string;
  base: string;
  framework: Framework;
  domainId: string;
  lines: IndicatorSummary[];
  form: FindingsFormState;
  canEdit: boolean;
  notice?: { tone: 'ok' | 'bad' | 'warn'; text: string };
}

/** The findings page body. */
export function FindingsPage(props: FindingsPageProps) {
  const { lang, form, framework } = props;
  const tr = translator(FOCUS_GROUP_TEXTS, lang);
  const answers = ANSWER_LABELS[lang];
  const picked = new Map<string, { kind: 'h' | 'g'; pick: FindingPick }>();
  for (const pick of form.highlights) picked.set(pick.indicatorId, { kind: 'h', pick });
  for (const pick of form.gaps)
    if (!picked.has(pick.indicatorId)) picked.set(pick.indicatorId, { kind: 'g', pick });
  const statusText =
    form.status === 'final'
      ? tr('statusFinal')
      : form.status === 'draft'
        ? tr('statusDraft')
        : tr('statusNone');
  const texts = new Map(framework.indicators.map((i) => [i.id, i.text[lang]]));
  return (
    <div class="fg fg-findings">
      <link rel="stylesheet" href="/assets/focus-group.css" />
      {props.notice ? (
        <p class={`notice ${props.notice.tone}`} role={props.notice.tone === 'ok' ? 'status' : 'alert'}>
          {props.notice.text}
        </p>
      ) : null}
      {form.errors.length > 0 ? (
        <div class="notice bad" role="alert" id="findings-errors">
          <p>{tr('findingsErrors')}</p>
          <ul>
            {form.errors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        {tr('status')}: <strong id="findings-status">{statusText}</strong>
      </p>
      <p class="hint">{tr('findingsIntro')}</p>
      <form method="post" action={`${props.base}/findings/${encodeURIComponent(props.domainId)}`}>
        <CsrfField token={props.csrf} />
        <input type="hidden" name="version" value={String(form.version)} />
        <ul class="fg-picks">
          {props.lines.map((line) => {
            const current = picked.get(line.id);
            const final = line.final;
            return (
              <li data-indicator={line.id}>
                <p class="fg-pick-head">
                  <strong>{line.id}</strong> {texts.get(line.id)}
                </p>
                <p class="fg-pick-facts">
                  {tr('colFinal')}:{' '}
                  <span class={`ans ans-${final ?? 'none'}`}>{final ? answers[final] : tr('none')}</span> ·{' '}
                  {tr('colEvidence')}: {line.evidence.practice} /{' '}
                  {line.evidence.regulation + line.evidence.programme + line.evidence.practice}
                </p>
                <fieldset class="fg-pick-kind" disabled={!props.canEdit}>
                  <legend class="visually-hidden">
                    {tr('colPick')} {line.id}
                  </legend>
                  <label>
                    <input
                      type="checkbox"
                      name="h"
                      value={line.id}
                      id={`h-${line.id}`}
                      checked={current?.kind === 'h'}
                    />{' '}
                    {tr('highlight')}
                  </label>
                  <label>
                    <input
                      type="checkbox"
                      name="g"
                      value={line.id}
                      id={`g-${line.id}`}
                      checked={current?.kind === 'g'}
                    />{' '}
                    {tr('gap')}
                  </label>
                </fieldset>
                <details open={Boolean(current?.pick.text?.en || current?.pick.text?.id)}>
                  <summary>
                    {tr('textEn')} / {tr('textId')}
                  </summary>
                  <label for={`en-${line.id}`}>{tr('textEn')}</label>
                  <textarea
                    id={`en-${line.id}`}
                    name={`en_${line.id}`}
                    rows={2}
                    maxlength={1000}
                    disabled={!props.canEdit}
                  >
                    {current?.pick.text?.en ?? ''}
                  </textarea>
                  <label for={`id-${line.id}`}>{tr('textId')}</label>
                  <textarea
                    id={`id-${line.id}`}
                    name={`id_${line.id}`}
                    rows={2}
                    maxlength={1000}
                    disabled={!props.canEdit}
                  >
                    {current?.pick.text?.id ?? ''}
                  </textarea>
                </details>
              </li>
            );
          })}
        </ul>
        {props.canEdit ? (
          <p>
            <button type="submit" name="status" value="draft" class="secondary" id="save-draft">
              {tr('saveDraft')}
            </button>
            <button type="submit" name="status" value="final" id="save-final">
              {tr('saveFinal')}
            </button>
          </p>
        ) : (
          <p class="hint">{tr('readOnly')}</p>
        )}
      </form>
      <p>
        <a href={`${props.base}/focus-group`}>{tr('backToWorkspace')}</a>
      </p>
    </div>
  );
}
