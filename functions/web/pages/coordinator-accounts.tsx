/** The owner's accounts page: list, invite (token shown once), and the confirmation steps. */
import type { Account } from '../../../shared/core/accounts/account.js';
import type { CoordinatorRole } from '../../../shared/core/accounts/principal.js';
import type { Lang } from '../../../shared/core/types.js';
import { TableRegion } from '../components.js';
import { CsrfField } from '../layout.js';
import { formatWhen } from '../page-context.js';
import { ACCOUNT_TEXTS } from '../texts/account-texts.js';
import { translator } from '../texts/translate.js';

export type AccountField = 'name' | 'email' | 'role' | 'assessments';

export interface NewAccountForm {
  values: Record<AccountField, string>;
  errors: Partial<Record<AccountField, string>>;
  notice?: string;
}

const ROLE_KEY = { owner: 'roleOwner', editor: 'roleEditor', viewer: 'roleViewer' } as const;

/** The role's word in the page's language. */
export function roleLabel(role: CoordinatorRole, lang: Lang): string {
  return translator(ACCOUNT_TEXTS, lang)(ROLE_KEY[role]);
}

function Field(props: { name: AccountField; label: string; form: NewAccountForm; type?: string }) {
  const error = props.form.errors[props.name];
  const id = `account-${props.name}`;
  return (
    <div class={error ? 'has-error' : undefined}>
      <label for={id}>{props.label}</label>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        type={props.type ?? 'text'}
        id={id}
        name={props.name}
        value={props.form.values[props.name]}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}

export function CoordinatorAccountsPage(props: {
  lang: Lang;
  csrf: string;
  accounts: readonly Account[];
  form: NewAccountForm;
}) {
  const tr = translator(ACCOUNT_TEXTS, props.lang);
  const roleError = props.form.errors.role;
  return (
    <>
      <p>{tr('accountsIntro')}</p>
      {props.form.notice ? (
        <p class="notice ok" role="status">
          {props.form.notice}
        </p>
      ) : null}
      <TableRegion labelledBy="page-title">
        <table id="accounts" class="stack">
          <thead>
            <tr>
              <th scope="col">{tr('colName')}</th>
              <th scope="col">{tr('colEmail')}</th>
              <th scope="col">{tr('colRole')}</th>
              <th scope="col">{tr('colAssessments')}</th>
              <th scope="col">{tr('colState')}</th>
              <th scope="col">{tr('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {props.accounts.map((a) => (
              <tr data-account={a.id}>
                <td data-label={tr('colName')}>{a.name}</td>
                <td data-label={tr('colEmail')}>{a.email}</td>
                <td data-label={tr('colRole')}>{roleLabel(a.role, props.lang)}</td>
                <td data-label={tr('colAssessments')}>
                  {a.assessments === '*' ? tr('allAssessments') : a.assessments.join(', ')}
                </td>
                <td data-label={tr('colState')}>
                  {a.revokedAt
                    ? tr('revokedOn', { when: formatWhen(a.revokedAt, props.lang) })
                    : tr('active')}
                </td>
                <td data-label={tr('colActions')}>
                  {a.revokedAt ? null : (
                    <>
                      <a href={`/coordinator/accounts/${encodeURIComponent(a.id)}/token`}>
                        {tr('rotateButton')}
                      </a>{' '}
                      <a href={`/coordinator/accounts/${encodeURIComponent(a.id)}/revoke`}>
                        {tr('revokeButton')}
                      </a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <section class="card">
        <h2>{tr('newTitle')}</h2>
        <form method="post" action="/coordinator/accounts" novalidate>
          <CsrfField token={props.csrf} />
          <Field name="name" label={tr('colName')} form={props.form} />
          <Field name="email" label={tr('colEmail')} form={props.form} type="email" />
          <div class={roleError ? 'has-error' : undefined}>
            <label for="account-role">{tr('colRole')}</label>
            {roleError ? (
              <p class="field-error" id="account-role-error">
                {roleError}
              </p>
            ) : null}
            <select id="account-role" name="role" aria-invalid={roleError ? 'true' : undefined}>
              {(['viewer', 'editor', 'owner'] as const).map((role) => (
                <option value={role} selected={props.form.values.role === role}>
                  {roleLabel(role, props.lang)}
                </option>
              ))}
            </select>
          </div>
          <Field name="assessments" label={tr('assessmentsLabel')} form={props.form} />
          <button type="submit">{tr('createButton')}</button>
        </form>
      </section>
    </>
  );
}

/** The confirmation step before a new token or a revocation. */
export function ConfirmAccountPage(props: {
  lang: Lang;
  csrf: string;
  account: Account;
  kind: 'token' | 'revoke';
}) {
  const tr = translator(ACCOUNT_TEXTS, props.lang);
  const action = `/coordinator/accounts/${encodeURIComponent(props.account.id)}/${props.kind}`;
  return (
    <section class="card">
      <p class="notice warn">
        {tr(props.kind === 'token' ? 'confirmRotateText' : 'confirmRevokeText', { name: props.account.name })}
      </p>
      <form method="post" action={action}>
        <CsrfField token={props.csrf} />
        <button type="submit">{tr(props.kind === 'token' ? 'confirmRotate' : 'confirmRevoke')}</button>{' '}
        <a href="/coordinator/accounts">{tr('cancel')}</a>
      </form>
    </section>
  );
}

/** A new account token, shown this once. */
export function AccountTokenPage(props: { lang: Lang; name: string; token: string; signInUrl: string }) {
  const tr = translator(ACCOUNT_TEXTS, props.lang);
  return (
    <section class="card">
      <p class="notice warn" role="status">
        {tr('tokenOnce', { name: props.name })}
      </p>
      <label for="new-token">{tr('tokenLabel')}</label>
      <input type="text" id="new-token" class="token" readonly value={props.token} />
      <p>{tr('tokenUse', { url: props.signInUrl })}</p>
      <p>
        <a href="/coordinator/accounts">{tr('backToAccounts')}</a>
      </p>
    </section>
  );
}
