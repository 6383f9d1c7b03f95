/**
 * The accounts pages (owner) and the audit log page (owner, editor), mounted under `/coordinator`
 * (the coordinator routes' guard and CSRF check apply too). A new token is kept for one view and
 * shown after a redirect (post/redirect/get), so a reload never issues another; issuing a new token
 * and revoking each have a confirmation step.
 */
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { newAccountSchema } from '../../../shared/core/accounts/account.js';
import type { AccountPrincipal } from '../../../shared/core/accounts/principal.js';
import { isAppError } from '../../../shared/core/app-error.js';
import { appErrorMessage, errorMessage, fail } from '../../../shared/core/errors/index.js';
import { signInAddress } from '../../../shared/core/reminders/sign-in-address.js';
import { actorOf } from '../../app/auth/authorize.js';
import { generateToken, hashToken } from '../../app/auth/tokens.js';
import type { AppDeps } from '../../app/deps.js';
import { checkAccountScope } from '../../app/routes/accounts.js';
import { publicUrlOf } from '../../app/routes/agency-import.js';
import { auditEntriesFor, auditFilterOf, auditWorkbookDownload } from '../../app/routes/audit.js';
import { requireAssessment } from '../../app/services/frameworks.js';
import { requireSessionCsrf } from '../csrf.js';
import { requirePolicy, requireRole } from '../guards.js';
import { renderMessage, renderPage, type WebContext } from '../page-context.js';
import {
  type AccountField,
  AccountTokenPage,
  ConfirmAccountPage,
  CoordinatorAccountsPage,
  type NewAccountForm,
} from '../pages/coordinator-accounts.js';
import { AUDIT_PAGE_SIZE, CoordinatorAuditPage } from '../pages/coordinator-audit.js';
import { ACCOUNT_TEXTS } from '../texts/account-texts.js';
import { translator } from '../texts/translate.js';
import type { WebEnv } from '../web-env.js';

const ONCE_COOKIE = 'mgi_once_account';
const ONCE_TTL_MS = 5 * 60 * 1000;
const LIST = '/coordinator/accounts';
const BLANK: NewAccountForm['values'] = { name: '', email: '', role: 'viewer', assessments: '*' };
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

async function accountsPage(deps: AppDeps, c: WebContext, form: NewAccountForm, status = 200) {
  const tr = translator(ACCOUNT_TEXTS, c.get('lang'));
  return renderPage(
    c,
    tr('accountsTitle'),
    <CoordinatorAccountsPage
      lang={c.get('lang')}
      csrf={c.get('session')!.csrf}
      accounts={await deps.accounts.list()}
      form={form}
    />,
    status,
  );
}

/** Keeps a new token for its one view and redirects there. */
async function showOnce(deps: AppDeps, c: WebContext, id: string, name: string, token: string) {
  if (!deps.oneTime) throw new Error('AppDeps.oneTime is missing: build deps with a composition root');
  const ticket = await deps.oneTime.put(token, { account: id, name }, ONCE_TTL_MS);
  setCookie(c, ONCE_COOKIE, ticket, {
    path: LIST,
    httpOnly: true,
    sameSite: 'Strict',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: ONCE_TTL_MS / 1000,
  });
  return c.redirect(`${LIST}/token/shown`, 303);
}

/** The account of `:id` while active, or a 404 page. */
async function activeAccount(deps: AppDeps, c: WebContext) {
  const account = await deps.accounts.get(c.req.param('id') ?? '');
  return account && account.revokedAt === null ? account : null;
}

export function accountWebRoutes(deps: AppDeps): Hono<WebEnv> {
  const owner = [requireRole('account'), requireSessionCsrf(), requirePolicy('owner')] as const;
  const notFound = (c: WebContext) => {
    const lang = c.get('lang');
    const id = c.req.param('id') ?? '';
    return renderMessage(
      c,
      translator(ACCOUNT_TEXTS, lang)('accountsTitle'),
      errorMessage('account.not_found', { id }, lang),
      404,
    );
  };
  return new Hono<WebEnv>()
    .get('/accounts', ...owner, (c) => {
      const revoked = c.req.query('revoked');
      const tr = translator(ACCOUNT_TEXTS, c.get('lang'));
      return accountsPage(deps, c, {
        values: BLANK,
        errors: {},
        ...(revoked ? { notice: tr('revokedNotice', { name: revoked }) } : {}),
      });
    })
    .post('/accounts', ...owner, async (c) => {
      const lang = c.get('lang');
      const body = await c.req.parseBody();
      const values = {
        name: text(body.name),
        email: text(body.email),
        role: text(body.role),
        assessments: text(body.assessments),
      };
      const list = values.assessments
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
      const parsed = newAccountSchema.safeParse({
        ...values,
        assessments: values.assessments === '*' ? '*' : list,
      });
      const errors: NewAccountForm['errors'] = {};
      if (!parsed.success) {
        const tr = translator(ACCOUNT_TEXTS, lang);
        for (const issue of parsed.error.issues) {
          const field = issue.path[0] as AccountField;
          errors[field] ??= tr(`${field}Invalid`);
        }
        return accountsPage(deps, c, { values, errors }, 422);
      }
      try {
        await checkAccountScope(deps, c.get('principal') as AccountPrincipal, parsed.data, lang);
      } catch (error) {
        if (!isAppError(error) || error.status >= 500) throw error;
        return accountsPage(
          deps,
          c,
          { values, errors: { assessments: appErrorMessage(error, lang) } },
          error.status,
        );
      }
      const token = generateToken('admin');
      const account = await deps.accounts.create(parsed.data, hashToken(token), actorOf(c));
      return showOnce(deps, c, account.id, account.name, token);
    })
    .get('/accounts/token/shown', ...owner, async (c) => {
      const tr = translator(ACCOUNT_TEXTS, c.get('lang'));
      const ticket = getCookie(c, ONCE_COOKIE);
      deleteCookie(c, ONCE_COOKIE, { path: LIST });
      const once = ticket && deps.oneTime ? await deps.oneTime.take(ticket) : null;
      if (!once) return renderMessage(c, tr('accountsTitle'), tr('tokenGone'), 410, 'warn');
      const name = once.meta.name ?? '';
      return renderPage(
        c,
        tr('tokenTitle', { name }),
        <AccountTokenPage
          lang={c.get('lang')}
          name={name}
          token={once.secret}
          signInUrl={signInAddress(publicUrlOf(deps, c))}
        />,
      );
    })
    .get('/accounts/:id/:kind{token|revoke}', ...owner, async (c) => {
      const account = await activeAccount(deps, c);
      if (!account) return notFound(c);
      const kind = c.req.param('kind') as 'token' | 'revoke';
      const tr = translator(ACCOUNT_TEXTS, c.get('lang'));
      return renderPage(
        c,
        tr(kind === 'token' ? 'confirmRotateTitle' : 'confirmRevokeTitle', { name: account.name }),
        <ConfirmAccountPage
          lang={c.get('lang')}
          csrf={c.get('session')!.csrf}
          account={account}
          kind={kind}
        />,
      );
    })
    .post('/accounts/:id/token', ...owner, async (c) => {
      const account = await activeAccount(deps, c);
      if (!account) return notFound(c);
      const token = generateToken('admin');
      await deps.accounts.rotate(account.id, hashToken(token), actorOf(c));
      return showOnce(deps, c, account.id, account.name, token);
    })
    .post('/accounts/:id/revoke', ...owner, async (c) => {
      const lang = c.get('lang');
      const account = await activeAccount(deps, c);
      if (!account) return notFound(c);
      try {
        await deps.accounts.revoke(account.id, actorOf(c));
      } catch (error) {
        if (!isAppError(error) || error.status >= 500) throw error;
        const tr = translator(ACCOUNT_TEXTS, lang);
        return renderMessage(
          c,
          tr('confirmRevokeTitle', { name: account.name }),
          appErrorMessage(error, lang),
          error.status,
        );
      }
      return c.redirect(`${LIST}?revoked=${encodeURIComponent(account.name)}`, 303);
    })
    .get('/a/:aid/audit', requireRole('account'), requirePolicy('editor'), async (c) => {
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const tr = translator(ACCOUNT_TEXTS, lang);
      const raw = c.req.query();
      let status = 200;
      let error: string | undefined;
      let filter = {};
      try {
        filter = auditFilterOf(raw, lang);
      } catch (e) {
        if (!isAppError(e)) throw e;
        status = e.status;
        error = appErrorMessage(e, lang);
      }
      const all = error ? [] : await auditEntriesFor(deps.audit, c.get('principal'), assessment.id, filter);
      // A long log is shown AUDIT_PAGE_SIZE entries at a time (the workbook export has them all).
      const pages = Math.max(1, Math.ceil(all.length / AUDIT_PAGE_SIZE));
      const asked = raw.page?.trim() || '1';
      let page = /^\d{1,6}$/.test(asked) ? Number(asked) : Number.NaN;
      if (!error && !(page >= 1 && page <= pages)) {
        const refused = fail('audit.invalid_page', { page: asked.slice(0, 20), pages }, { lang });
        status = refused.status;
        error = appErrorMessage(refused, lang);
        page = 1;
      }
      const entries = all.slice((page - 1) * AUDIT_PAGE_SIZE, page * AUDIT_PAGE_SIZE);
      const shown = {
        ...filter,
        ...Object.fromEntries(['action', 'actor', 'since', 'until'].map((k) => [k, raw[k] ?? ''])),
      };
      return renderPage(
        c,
        tr('auditTitle', { assessment: assessment.name }),
        <CoordinatorAuditPage
          lang={lang}
          aid={assessment.id}
          filter={shown}
          entries={entries}
          paging={{ page, pages, total: all.length, size: AUDIT_PAGE_SIZE }}
          error={error}
        />,
        status,
      );
    })
    .get('/a/:aid/audit.xlsx', requireRole('account'), requirePolicy('editor'), async (c) => {
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const filter = auditFilterOf(c.req.query(), lang);
      const entries = await auditEntriesFor(deps.audit, c.get('principal'), assessment.id, filter);
      return auditWorkbookDownload(c, assessment.id, entries);
    });
}
