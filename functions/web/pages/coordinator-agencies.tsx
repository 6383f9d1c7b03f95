import { AGENCY_LEVEL_LABELS, AGENCY_LEVELS } from '../../../shared/core/roster/agency-level.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency, Assessment } from '../../../shared/ports.js';
import { TableRegion } from '../components.js';
import { CsrfField } from '../layout.js';
import { AGENCY_ADMIN_TEXTS } from '../texts/agency-admin-texts.js';
import { COORDINATOR_TEXTS } from '../texts/coordinator-texts.js';
import { translator } from '../texts/translate.js';
import { AgencyCells } from './agency-cells.js';

export type AgencyFormField = 'code' | 'name' | 'level' | 'contactName' | 'email' | 'phone' | 'lang';

/** An agency form as typed, with the message of each refused field. */
export interface AddAgencyForm {
  values: Record<AgencyFormField, string>;
  errors: Partial<Record<AgencyFormField, string>>;
  /** Shown above the page (after an action). */
  notice?: string;
}

export const BLANK_AGENCY: AddAgencyForm['values'] = {
  code: '',
  name: '',
  level: 'provincial',
  contactName: '',
  email: '',
  phone: '',
  lang: 'id',
};

/** The fields of the add and edit forms; `prefix` keeps ids unique (`add-code`, `edit-email`). */
function AgencyFields(props: { lang: Lang; form: AddAgencyForm; prefix: string; withCode: boolean }) {
  const { form, prefix } = props;
  const tr = translator(COORDINATOR_TEXTS, props.lang);
  const ta = translator(AGENCY_ADMIN_TEXTS, props.lang);
  const err = (name: AgencyFormField) => form.errors[name];
  const described = (name: AgencyFormField) => (err(name) ? `${prefix}-${name}-error` : undefined);
  const ErrorText = (p: { name: AgencyFormField }) =>
    err(p.name) ? (
      <p class="field-error" id={`${prefix}-${p.name}-error`}>
        {err(p.name)}
      </p>
    ) : null;
  const TextField = (p: { name: AgencyFormField; label: string; type?: string; required?: boolean }) => (
    <div class={err(p.name) ? 'has-error' : undefined}>
      <label for={`${prefix}-${p.name}`}>{p.label}</label>
      <ErrorText name={p.name} />
      <input
        type={p.type ?? 'text'}
        id={`${prefix}-${p.name}`}
        name={p.name}
        value={form.values[p.name]}
        required={p.required}
        aria-invalid={err(p.name) ? 'true' : undefined}
        aria-describedby={described(p.name)}
      />
    </div>
  );
  return (
    <>
      <div class="grid2">
        {props.withCode ? <TextField name="code" label={tr('codeLabel')} required /> : null}
        <div class={err('level') ? 'has-error' : undefined}>
          <label for={`${prefix}-level`}>{tr('levelLabel')}</label>
          <ErrorText name="level" />
          <select id={`${prefix}-level`} name="level" aria-describedby={described('level')}>
            {AGENCY_LEVELS.map((level) => (
              <option value={level} selected={form.values.level === level}>
                {AGENCY_LEVEL_LABELS[props.lang][level]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextField name="name" label={tr('agencyNameLabel')} required />
      <div class="grid2">
        <TextField name="contactName" label={ta('contactNameLabel')} />
        <TextField name="email" label={ta('emailLabel')} type="email" />
      </div>
      <div class="grid2">
        <TextField name="phone" label={ta('phoneLabel')} type="tel" />
        <div>
          <label for={`${prefix}-lang`}>{ta('langLabel')}</label>
          <select id={`${prefix}-lang`} name="lang">
            <option value="id" selected={form.values.lang !== 'en'}>
              {ta('langId')}
            </option>
            <option value="en" selected={form.values.lang === 'en'}>
              {ta('langEn')}
            </option>
          </select>
        </div>
      </div>
    </>
  );
}

/** Register agencies, edit them, issue tokens, disable or enable them, import a roster. */
export function CoordinatorAgenciesPage(props: {
  lang: Lang;
  csrf: string;
  assessment: Assessment;
  agencies: readonly Agency[];
  form: AddAgencyForm;
  /** False for a viewer: the page reads only. */
  canEdit?: boolean;
  importIssues?: readonly { cell: string | null; message: string }[];
}) {
  const { lang, form } = props;
  const canEdit = props.canEdit !== false;
  const tr = translator(COORDINATOR_TEXTS, lang);
  const ta = translator(AGENCY_ADMIN_TEXTS, lang);
  const base = `/coordinator/a/${encodeURIComponent(props.assessment.id)}/agencies`;
  return (
    <>
      {form.notice ? (
        <p class="notice ok" role="status">
          {form.notice}
        </p>
      ) : null}
      {canEdit ? (
        <section class="card" aria-labelledby="add-h">
          <h2 id="add-h">{tr('addTitle')}</h2>
          {Object.keys(form.errors).length > 0 ? (
            <p class="notice bad" role="alert">
              {tr('formErrors')}
            </p>
          ) : null}
          <form method="post" action={base}>
            <CsrfField token={props.csrf} />
            <AgencyFields lang={lang} form={form} prefix="add" withCode />
            <button type="submit">{tr('addButton')}</button>
          </form>
        </section>
      ) : null}
      <section class="card" aria-labelledby="list-h">
        <h2 id="list-h">{tr('navAgencies')}</h2>
        <p class="hint">{tr('rotateHint')}</p>
        {props.agencies.length === 0 ? (
          <p>{tr('noAgencies')}</p>
        ) : (
          <TableRegion labelledBy="list-h">
            <table id="agencies" class="stack">
              <thead>
                <tr>
                  <th scope="col">{tr('colAgency')}</th>
                  <th scope="col">{tr('colLevel')}</th>
                  <th scope="col">{tr('colStatus')}</th>
                  <th scope="col">{ta('colContact')}</th>
                  {canEdit ? <th scope="col">{ta('colActions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {props.agencies.map((a) => {
                  const at = `${base}/${encodeURIComponent(a.code)}`;
                  return (
                    <tr data-agency={a.code} class={a.disabled ? 'disabled' : undefined}>
                      <AgencyCells lang={lang} agency={a} />
                      <td data-label={ta('colContact')}>
                        {a.disabled ? <span class="tag">{ta('disabledTag')}</span> : null}
                        {a.contactName ? <div>{a.contactName}</div> : null}
                        {a.email ? <div>{a.email}</div> : null}
                        {a.phone ? <div>{a.phone}</div> : null}
                      </td>
                      {canEdit ? (
                        <td data-label={ta('colActions')}>
                          <a href={`${at}/edit`}>{ta('editLink', { code: a.code })}</a>{' '}
                          {a.disabled ? null : (
                            <a href={`${at}/token`}>{ta('tokenLink', { code: a.code })}</a>
                          )}
                          <form method="post" action={`${at}/${a.disabled ? 'enable' : 'disable'}`}>
                            <CsrfField token={props.csrf} />
                            <button type="submit" class="secondary">
                              {ta(a.disabled ? 'enableButton' : 'disableButton', { code: a.code })}
                            </button>
                          </form>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
      {canEdit ? (
        <section class="card" aria-labelledby="import-h">
          <h2 id="import-h">{ta('importTitle')}</h2>
          <p class="hint">{ta('importHint')}</p>
          {props.importIssues?.length ? (
            <div class="notice bad" role="alert">
              <p>{ta('importFailed')}</p>
              <ul>
                {props.importIssues.map((i) => (
                  <li>{i.cell ? `${i.cell}: ${i.message}` : i.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <form method="post" action={`${base}/import`} enctype="multipart/form-data">
            <CsrfField token={props.csrf} />
            <label for="roster-file">{ta('fileLabel')}</label>
            <input type="file" id="roster-file" name="file" accept=".xlsx" required />
            <button type="submit">{ta('importButton')}</button>
          </form>
          <p>
            <a href={`${base}/roster.xlsx`}>{ta('blankRoster')}</a>
          </p>
        </section>
      ) : null}
    </>
  );
}

/** The edit form of one agency (its own action: nothing is overwritten by "add"). */
export function EditAgencyPage(props: {
  lang: Lang;
  csrf: string;
  agency: Agency;
  form: AddAgencyForm;
  backHref: string;
}) {
  const tr = translator(COORDINATOR_TEXTS, props.lang);
  const ta = translator(AGENCY_ADMIN_TEXTS, props.lang);
  return (
    <section class="card">
      {props.form.notice ? (
        <p class="notice warn" role="alert">
          {props.form.notice}
        </p>
      ) : Object.keys(props.form.errors).length > 0 ? (
        <p class="notice bad" role="alert">
          {tr('formErrors')}
        </p>
      ) : null}
      <form method="post" action={`${props.backHref}/${encodeURIComponent(props.agency.code)}/edit`}>
        <CsrfField token={props.csrf} />
        <input type="hidden" name="version" value={String(props.agency.version ?? 0)} />
        <AgencyFields lang={props.lang} form={props.form} prefix="edit" withCode={false} />
        <button type="submit">{ta('saveButton')}</button> <a href={props.backHref}>{ta('cancel')}</a>
      </form>
    </section>
  );
}

/** The confirmation step before a new token replaces the current one. */
export function ConfirmTokenPage(props: { lang: Lang; csrf: string; agency: Agency; backHref: string }) {
  const ta = translator(AGENCY_ADMIN_TEXTS, props.lang);
  return (
    <section class="card">
      <p class="notice warn">{ta('confirmText', { name: props.agency.name })}</p>
      <form method="post" action={`${props.backHref}/${encodeURIComponent(props.agency.code)}/token`}>
        <CsrfField token={props.csrf} />
        <button type="submit">{ta('confirmButton')}</button> <a href={props.backHref}>{ta('cancel')}</a>
      </form>
    </section>
  );
}

/** The one page that ever shows an agency token. */
export function TokenShownPage(props: {
  lang: Lang;
  agency: Pick<Agency, 'name' | 'code'>;
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
