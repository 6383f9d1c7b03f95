import type { Lang } from '../../../shared/core/types.js';
import type { Assessment } from '../../../shared/ports.js';
import { TableRegion } from '../components.js';
import { CsrfField } from '../layout.js';
import { formatWhen } from '../page-context.js';
import { COORDINATOR_TEXTS } from '../texts/coordinator-texts.js';
import { translator } from '../texts/translate.js';

export interface CreateAssessmentForm {
  values: { id: string; name: string; frameworkId: string };
  errors: Partial<Record<'id' | 'name' | 'frameworkId', string>>;
}

function Field(props: {
  name: 'id' | 'name' | 'frameworkId';
  label: string;
  form: CreateAssessmentForm;
  list?: string;
}) {
  const error = props.form.errors[props.name];
  const id = `new-${props.name}`;
  return (
    <div class={error ? 'has-error' : undefined}>
      <label for={id}>{props.label}</label>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        type="text"
        id={id}
        name={props.name}
        value={props.form.values[props.name]}
        required
        list={props.list}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}

/** All assessments, and the form to create one. */
export function CoordinatorHomePage(props: {
  lang: Lang;
  csrf: string;
  assessments: readonly Assessment[];
  form: CreateAssessmentForm;
  frameworkIds: readonly string[];
  /** False unless the account is an owner: no form to create an assessment (default true). */
  canCreate?: boolean;
}) {
  const tr = translator(COORDINATOR_TEXTS, props.lang);
  const hasErrors = Object.keys(props.form.errors).length > 0;
  return (
    <>
      {props.assessments.length === 0 ? (
        <p class="notice warn">{tr('assessmentsEmpty')}</p>
      ) : (
        <TableRegion labelledBy="page-title">
          <table id="assessments" class="stack">
            <thead>
              <tr>
                <th scope="col">{tr('colId')}</th>
                <th scope="col">{tr('colName')}</th>
                <th scope="col">{tr('colFramework')}</th>
                <th scope="col">{tr('colCreated')}</th>
              </tr>
            </thead>
            <tbody>
              {props.assessments.map((a) => (
                <tr>
                  <td data-label={tr('colId')}>
                    <a href={`/coordinator/a/${encodeURIComponent(a.id)}`}>{a.id}</a>
                  </td>
                  <td data-label={tr('colName')}>{a.name}</td>
                  <td data-label={tr('colFramework')}>{a.frameworkId}</td>
                  <td data-label={tr('colCreated')}>{formatWhen(a.createdAt, props.lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {props.canCreate === false ? null : (
        <section class="card" aria-labelledby="create-h">
          <h2 id="create-h">{tr('createTitle')}</h2>
          {hasErrors ? (
            <p class="notice bad" role="alert">
              {tr('formErrors')}
            </p>
          ) : null}
          <form method="post" action="/coordinator/assessments">
            <CsrfField token={props.csrf} />
            <Field name="id" label={tr('idLabel')} form={props.form} />
            <Field name="name" label={tr('nameLabel')} form={props.form} />
            <Field name="frameworkId" label={tr('frameworkLabel')} form={props.form} list="frameworks" />
            <datalist id="frameworks">
              {props.frameworkIds.map((id) => (
                <option value={id} />
              ))}
            </datalist>
            <button type="submit">{tr('createButton')}</button>
          </form>
        </section>
      )}
    </>
  );
}
