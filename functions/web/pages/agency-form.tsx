import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../../../shared/core/answers.js';
import type { Framework, FrameworkIndicator } from '../../../shared/core/framework.js';
import { ANSWERS, JUSTIFICATION_TYPES, type Lang } from '../../../shared/core/types.js';
import type { ResponseField } from '../../../shared/core/validate-responses.js';
import { type FormValues, fieldId, fieldName } from '../form-fields.js';
import { CsrfField } from '../layout.js';
import { AGENCY_TEXTS } from '../texts/agency-texts.js';
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
    <ul class="plain" id="error-links">
      {links.map((link) => (
        <li>
          <a href={link.href}>{link.text}</a>
        </li>
      ))}
    </ul>
  );
}

/** Every indicator, grouped by domain, with the answers typed or current; errors beside fields. */
export function AgencyFormPage(props: FormPageProps) {
  const { lang, framework } = props;
  const tr = translator(AGENCY_TEXTS, lang);
  return (
    <>
      <p>{tr('formIntro')}</p>
      {props.prefilled ? <p class="hint">{tr('formPrefilled')}</p> : null}
      {props.errorCount > 0 ? (
        <div class="notice bad" role="alert" id="form-errors">
          <p>{tr('formErrors', { count: props.errorCount })}</p>
          {props.formErrors.map((m) => (
            <p>{m}</p>
          ))}
          <ErrorLinks {...props} />
        </div>
      ) : null}
      <form method="post" action="/agency/form" novalidate>
        <CsrfField token={props.csrf} />
        {framework.domains.map((domain) => (
          <section class="card" aria-labelledby={`dom-${domain.id}`}>
            <h2 id={`dom-${domain.id}`}>
              {domain.id}. {domain.name[lang]}
            </h2>
            {framework.indicators
              .filter((indicator) => indicator.domainId === domain.id)
              .map((indicator) => (
                <IndicatorFields {...props} indicator={indicator} />
              ))}
          </section>
        ))}
        <button type="submit" id="submit-form">
          {tr('submitForm')}
        </button>
      </form>
    </>
  );
}
