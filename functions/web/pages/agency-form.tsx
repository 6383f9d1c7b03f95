import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../../../shared/core/answers.js';
import type { Framework, FrameworkIndicator } from '../../../shared/core/framework.js';
import { ANSWERS, JUSTIFICATION_TYPES, type Lang } from '../../../shared/core/types.js';
import type { ResponseField } from '../../../shared/core/validate-responses.js';
import { type FormValues, fieldId, fieldName } from '../form-fields.js';
import { CsrfField } from '../layout.js';
import { AGENCY_TEXTS } from '../texts/agency-texts.js';
import { LAYOUT_TEXTS } from '../texts/layout-texts.js';
import { translator } from '../texts/translate.js';
import { ReviewCommentNote } from './agency-review-parts.js';

export interface FormPageProps {
  lang: Lang;
  csrf: string;
  framework: Framework;
  values: FormValues;
  /** Messages by `indicatorId:field`. */
  errors: Map<string, string[]>;
  /** Problems not tied to one indicator (e.g. nothing answered). */
  formErrors: string[];
  errorCount: number;
  prefilled: boolean;
  /** The coordinator's comments on a returned submission, by indicator (shown beside its fields). */
  comments?: Map<string, string[]>;
  /** The form shows a saved draft (its time, already formatted), or a draft was just saved/discarded. */
  draft?: { state: 'shown' | 'saved'; when: string } | { state: 'discarded' };
}

const EMPTY = { answer: '', justificationType: '', justification: '', evidence: '' };

function FieldErrors(props: { id: string; messages: string[] | undefined }) {
  if (!props.messages || props.messages.length === 0) return null;
  return (
    <div id={props.id}>
      {props.messages.map((m) => (
        <p class="field-error">{m}</p>
      ))}
    </div>
  );
}

function IndicatorFields(props: FormPageProps & { indicator: FrameworkIndicator }) {
  const { lang, indicator } = props;
  const tr = translator(AGENCY_TEXTS, lang);
  const id = indicator.id;
  const v = props.values.get(id) ?? EMPTY;
  const err = (field: ResponseField) => props.errors.get(`${id}:${field}`);
  const errId = (field: ResponseField) => fieldId(field, id, 'error');
  const described = (field: ResponseField) => (err(field) ? errId(field) : undefined);
  const rowErrors = props.errors.get(`${id}:`);
  return (
    <div class="indicator" id={`ind-${id.replace(/[^A-Za-z0-9]/g, '_')}`}>
      <h3>
        <span class="id">{id}</span>
        {indicator.text[lang]}
      </h3>
      {indicator.guidance ? <p class="hint">{indicator.guidance[lang]}</p> : null}
      <ReviewCommentNote lang={lang} indicatorId={id} comments={props.comments?.get(id)} />
      <FieldErrors id={fieldId('answer', id, 'row-error')} messages={rowErrors} />
      <fieldset
        class={err('answer') ? 'has-error' : undefined}
        id={fieldId('answer', id)}
        aria-describedby={described('answer')}
      >
        <legend>{tr('answerLegend')}</legend>
        <FieldErrors id={errId('answer')} messages={err('answer')} />
        <div class="choices">
          {ANSWERS.map((answer) => (
            <label>
              <input
                type="radio"
                name={fieldName('answer', id)}
                value={answer}
                checked={v.answer === answer}
                aria-invalid={err('answer') ? 'true' : undefined}
              />
              {ANSWER_LABELS[lang][answer]}
            </label>
          ))}
          <label>
            <input type="radio" name={fieldName('answer', id)} value="" checked={v.answer === ''} />
            {tr('noAnswer')}
          </label>
        </div>
      </fieldset>
      <div class="grid2">
        <div class={err('justificationType') ? 'has-error' : undefined}>
          <label for={fieldId('justificationType', id)}>{tr('typeLabel')}</label>
          <FieldErrors id={errId('justificationType')} messages={err('justificationType')} />
          <select
            id={fieldId('justificationType', id)}
            name={fieldName('justificationType', id)}
            aria-describedby={described('justificationType')}
            aria-invalid={err('justificationType') ? 'true' : undefined}
          >
            <option value="">{tr('typeNone')}</option>
            {JUSTIFICATION_TYPES.map((type) => (
              <option value={type} selected={v.justificationType === type}>
                {JUSTIFICATION_LABELS[lang][type]}
              </option>
            ))}
          </select>
        </div>
        <div class={err('evidence') ? 'has-error' : undefined}>
          <label for={fieldId('evidence', id)}>{tr('evidenceLabel')}</label>
          <FieldErrors id={errId('evidence')} messages={err('evidence')} />
          <textarea
            id={fieldId('evidence', id)}
            name={fieldName('evidence', id)}
            rows={2}
            aria-describedby={described('evidence')}
            aria-invalid={err('evidence') ? 'true' : undefined}
          >
            {v.evidence}
          </textarea>
        </div>
      </div>
      <div class={err('justification') ? 'has-error' : undefined}>
        <label for={fieldId('justification', id)}>{tr('justificationLabel')}</label>
        <FieldErrors id={errId('justification')} messages={err('justification')} />
        <textarea
          id={fieldId('justification', id)}
          name={fieldName('justification', id)}
          rows={3}
          aria-describedby={described('justification')}
          aria-invalid={err('justification') ? 'true' : undefined}
        >
          {v.justification}
        </textarea>
      </div>
    </div>
  );
}

const FIELDS: readonly ResponseField[] = ['answer', 'justificationType', 'justification', 'evidence'];

/** Links from the error summary to each field with a problem, in form order (the form is long). */
function ErrorLinks(props: FormPageProps) {
  const links: { href: string; text: string }[] = [];
  for (const { id } of props.framework.indicators) {
    for (const message of props.errors.get(`${id}:`) ?? []) {
      links.push({ href: `#ind-${id.replace(/[^A-Za-z0-9]/g, '_')}`, text: message });
    }
    for (const field of FIELDS) {
      for (const message of props.errors.get(`${id}:${field}`) ?? []) {
        links.push({ href: `#${fieldId(field, id)}`, text: message });
      }
    }
  }
  if (links.length === 0) return null;
  return (
    <ul
      class="plain"
      id="error-links"
      aria-label={translator(LAYOUT_TEXTS, props.lang)('formErrorLinksTitle')}
    >
      {links.map((link) => (
        <li>
          <a href={link.href}>{link.text}</a>
        </li>
      ))}
    </ul>
  );
}

/** Answered (an answer chosen) of all, per domain, from the values the form shows. */
export function domainProgress(
  framework: Framework,
  values: FormValues,
): { domainId: string; answered: number; total: number }[] {
  return framework.domains.map((domain) => {
    const ids = framework.indicators.filter((i) => i.domainId === domain.id).map((i) => i.id);
    const answered = ids.filter((id) => (values.get(id)?.answer ?? '') !== '').length;
    return { domainId: domain.id, answered, total: ids.length };
  });
}

/** Jump links to each domain with how many of its indicators have an answer. */
function DomainJumps(props: FormPageProps) {
  const { lang, framework } = props;
  const lt = translator(LAYOUT_TEXTS, lang);
  const progress = domainProgress(framework, props.values);
  const answered = progress.reduce((sum, p) => sum + p.answered, 0);
  const name = new Map(framework.domains.map((d) => [d.id, d.name[lang]]));
  return (
    <nav class="card domain-jumps" id="form-domains" aria-labelledby="form-domains-h">
      <h2 id="form-domains-h">{lt('formDomainsNav')}</h2>
      <p id="form-progress">{lt('formProgressAll', { answered, total: framework.indicators.length })}</p>
      <ol class="plain jump-list">
        {progress.map((p) => (
          <li data-domain={p.domainId}>
            <a href={`#dom-${p.domainId}`}>{`${p.domainId}. ${name.get(p.domainId) ?? ''}`}</a>
            <span class="jump-progress">
              <progress max={p.total} value={p.answered} aria-hidden="true" />
              <span class="jump-count">{lt('formDomainProgress', p)}</span>
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Whether the form shows a draft, or a draft was just saved or discarded. */
function DraftNotice(props: FormPageProps) {
  const lt = translator(LAYOUT_TEXTS, props.lang);
  const d = props.draft;
  if (!d) return null;
  if (d.state === 'discarded') {
    return (
      <p class="notice ok" role="status" id="draft-notice">
        {lt('draftDiscarded')}
      </p>
    );
  }
  return (
    <div class={`notice ${d.state === 'saved' ? 'ok' : 'warn'}`} role="status" id="draft-notice">
      <p>{d.state === 'saved' ? lt('draftSaved', { when: d.when }) : lt('draftShown', { when: d.when })}</p>
      <form method="post" action="/agency/form/draft/discard" class="inline-form">
        <CsrfField token={props.csrf} />
        <button type="submit" class="secondary" id="discard-draft">
          {lt('draftDiscard')}
        </button>
      </form>
    </div>
  );
}

/** Every indicator, grouped by domain, with the answers typed or current; errors beside fields. */
export function AgencyFormPage(props: FormPageProps) {
  const { lang, framework } = props;
  const tr = translator(AGENCY_TEXTS, lang);
  const lt = translator(LAYOUT_TEXTS, lang);
  return (
    <>
      <p>{tr('formIntro')}</p>
      {props.prefilled ? <p class="hint">{tr('formPrefilled')}</p> : null}
      {props.errorCount > 0 ? (
        // Focus lands here after a refused post, so a screen reader reads the count and the links first.
        <div
          class="notice bad error-summary"
          role="alert"
          id="form-errors"
          tabindex={-1}
          autofocus
          aria-labelledby="form-errors-title"
        >
          <h2 id="form-errors-title">
            {props.errorCount === 1 ? lt('problemsOne') : lt('problemsMany', { count: props.errorCount })}
          </h2>
          {props.formErrors.map((m) => (
            <p>{m}</p>
          ))}
          <ErrorLinks {...props} />
        </div>
      ) : null}
      <DraftNotice {...props} />
      <DomainJumps {...props} />
      <form method="post" action="/agency/form" novalidate>
        <CsrfField token={props.csrf} />
        {framework.domains.map((domain) => (
          <section class="card" aria-labelledby={`dom-${domain.id}`} id={`domain-${domain.id}`}>
            <h2 id={`dom-${domain.id}`}>
              {domain.id}. {domain.name[lang]}
            </h2>
            {framework.indicators
              .filter((indicator) => indicator.domainId === domain.id)
              .map((indicator) => (
                <IndicatorFields {...props} indicator={indicator} />
              ))}
            <p class="to-top">
              <a href="#form-domains">{lt('formDomainListLink')}</a>
            </p>
          </section>
        ))}
        <div class="form-actions">
          <button type="submit" id="submit-form">
            {tr('submitForm')}
          </button>
          <button type="submit" class="secondary" id="save-draft" name="intent" value="draft">
            {lt('draftButton')}
          </button>
        </div>
        <p class="hint">{lt('draftHint')}</p>
      </form>
    </>
  );
}
