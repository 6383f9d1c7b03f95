import { AGENCY_LEVEL_LABELS, AGENCY_LEVELS } from '../../../shared/core/roster/agency-level.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency, Assessment } from '../../../shared/ports.js';
import { CsrfField } from '../layout.js';
import { COORDINATOR_TEXTS } from '../texts/coordinator-texts.js';
import { translator } from '../texts/translate.js';
import { AgencyCells } from './agency-cells.js';

export interface AddAgencyForm {
  values: { code: string; name: string; level: string };
  errors: Partial<Record<'code' | 'name' | 'level', string>>;
  /** Shown after an existing agency was updated. */
  notice?: string;
}

/** Register agencies and rotate their tokens. */
export function CoordinatorAgenciesPage(props: {
  lang: Lang;
  csrf: string;
  assessment: Assessment;
  agencies: readonly Agency[];
  form: AddAgencyForm;
}) {
  const { lang, form } = props;
  const tr = translator(COORDINATOR_TEXTS, lang);
  const base = `/coordinator/a/${encodeURIComponent(props.assessment.id)}/agencies`;
  const err = (name: 'code' | 'name' | 'level') => form.errors[name];
  const described = (name: 'code' | 'name' | 'level') => (err(name) ? `add-${name}-error` : undefined);
  const ErrorText = (p: { name: 'code' | 'name' | 'level' }) =>
    err(p.name) ? (
      <p class="field-error" id={`add-${p.name}-error`}>
        {err(p.name)}
      </p>
    ) : null;
  /** A required text input with its label and, after a refused post, its error. */
  const TextField = (p: { name: 'code' | 'name'; label: string }) => (
    <div class={err(p.name) ? 'has-error' : undefined}>
      <label for={`add-${p.name}`}>{p.label}</label>
      <ErrorText name={p.name} />
      <input
        type="text"
        id={`add-${p.name}`}
        name={p.name}
        value={form.values[p.name]}
        required
        aria-invalid={err(p.name) ? 'true' : undefined}
        aria-describedby={described(p.name)}
      />
    </div>
  );
  return (
    <>
      {form.notice ? (
        <p class="notice ok" role="status">
          {form.notice}
        </p>
      ) : null}
      <section class="card" aria-labelledby="add-h">
        <h2 id="add-h">{tr('addTitle')}</h2>
        {Object.keys(form.errors).length > 0 ? (
          <p class="notice bad" role="alert">
            {tr('formErrors')}
          </p>
        ) : null}
        <form method="post" action={base}>
          <CsrfField token={props.csrf} />
          <div class="grid2">
            <TextField name="code" label={tr('codeLabel')} />
            <div class={err('level') ? 'has-error' : undefined}>
              <label for="add-level">{tr('levelLabel')}</label>
              <ErrorText name="level" />
              <select id="add-level" name="level" aria-describedby={described('level')}>
                {AGENCY_LEVELS.map((level) => (
                  <option value={level} selected={form.values.level === level}>
                    {AGENCY_LEVEL_LABELS[lang][level]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <TextField name="name" label={tr('agencyNameLabel')} />
          <button type="submit">{tr('addButton')}</button>
        </form>
      </section>
      <section class="card" aria-labelledby="list-h">
        <h2 id="list-h">{tr('navAgencies')}</h2>
        <p class="hint">{tr('rotateHint')}</p>
        {props.agencies.length === 0 ? (
          <p>{tr('noAgencies')}</p>
        ) : (
          <div class="table-wrap">
            <table id="agencies">
              <thead>
                <tr>
                  <th scope="col">{tr('colAgency')}</th>
                  <th scope="col">{tr('colLevel')}</th>
                  <th scope="col">{tr('colStatus')}</th>
                  <th scope="col">{tr('tokenLabel')}</th>
                </tr>
              </thead>
              <tbody>
                {props.agencies.map((a) => (
                  <tr data-agency={a.code}>
                    <AgencyCells lang={lang} agency={a} />
                    <td>
                      <form method="post" action={`${base}/${encodeURIComponent(a.code)}/token`}>
                        <CsrfField token={props.csrf} />
                        <button type="submit" class="secondary">
                          {tr('rotateButton', { code: a.code })}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** The one page that ever shows an agency token. */
export function TokenShownPage(props: {
  lang: Lang;
  agency: Agency;
  token: string;
  signInUrl: string;
  backHref: string;
}) {
  const tr = translator(COORDINATOR_TEXTS, props.lang);
  return (
    <section class="card">
      <p class="notice warn" role="status">
        {tr('tokenOnce', { name: props.agency.name })}
      </p>
      <label for="new-token">{tr('tokenLabel')}</label>
      <input type="text" id="new-token" class="token" readonly value={props.token} />
      <p>{tr('tokenUse', { url: props.signInUrl })}</p>
      <p>
        <a href={props.backHref}>{tr('backToAgencies')}</a>
      </p>
    </section>
  );
}
