/**
 * The coordinator's agency pages: list, add (refuses an existing code), edit (its own action, with
 * the version read), disable/enable, a new token (confirm first, then post/redirect/get: the token
 * is kept encrypted under a one-time cookie ticket and shown on the first view only), roster import
 * with the tokens workbook as download, and a blank roster.
 */
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  AGENCY_CODE,
  checkContacts,
  normalizeAgencyCode,
} from '../../../shared/core/agencies/agency-fields.js';
import { isAppError } from '../../../shared/core/app-error.js';
import { appErrorMessage, errorMessage } from '../../../shared/core/errors/index.js';
import { signInAddress } from '../../../shared/core/reminders/sign-in-address.js';
import { matchAgencyLevel } from '../../../shared/core/roster/agency-level.js';
import { writeRosterWorkbook } from '../../../shared/core/roster/write-roster.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency, Assessment } from '../../../shared/ports.js';
import { actorOf } from '../../app/auth/authorize.js';
import type { AppDeps } from '../../app/deps.js';
import { fileDownload } from '../../app/file-download.js';
import { agencyStoreOf } from '../../app/routes/agencies.js';
import { importRoster, publicUrlOf, tokensWorkbookOf } from '../../app/routes/agency-import.js';
import { requireAgency, requireAssessment } from '../../app/services/frameworks.js';
import { canEdit } from '../guards.js';
import { renderMessage, renderPage, type WebContext } from '../page-context.js';
import {
  type AddAgencyForm,
  type AgencyFormField,
  BLANK_AGENCY,
  ConfirmTokenPage,
  CoordinatorAgenciesPage,
  EditAgencyPage,
  TokenShownPage,
} from '../pages/coordinator-agencies.js';
import { AGENCY_ADMIN_TEXTS } from '../texts/agency-admin-texts.js';
import { COORDINATOR_TEXTS } from '../texts/coordinator-texts.js';
import { translator } from '../texts/translate.js';
import type { WebEnv } from '../web-env.js';

const ONCE_COOKIE = 'mgi_once';
/** How long a new token waits for its one view. */
const ONCE_TTL_MS = 5 * 60 * 1000;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const listHref = (aid: string) => `/coordinator/a/${encodeURIComponent(aid)}/agencies`;

async function listPage(
  deps: AppDeps,
  c: WebContext,
  assessment: Assessment,
  form: AddAgencyForm,
  status = 200,
  importIssues?: { cell: string | null; message: string }[],
) {
  const agencies = await deps.store.listAgencies(assessment.id);
  const tr = translator(COORDINATOR_TEXTS, c.get('lang'));
  return renderPage(
    c,
    tr('agenciesTitle', { assessment: assessment.name }),
    <CoordinatorAgenciesPage
      lang={c.get('lang')}
      csrf={c.get('session')!.csrf}
      assessment={assessment}
      agencies={agencies}
      form={form}
      canEdit={canEdit(c)}
      importIssues={importIssues}
    />,
    status,
  );
}

/** The typed form values and the message of each refused field (contacts by the API's rules). */
function readForm(body: Record<string, unknown>, lang: Lang, withCode: boolean) {
  const tr = translator(COORDINATOR_TEXTS, lang);
  const values = Object.fromEntries(
    (['code', 'name', 'level', 'contactName', 'email', 'phone', 'lang'] as const).map((f) => [
      f,
      text(body[f]),
    ]),
  ) as AddAgencyForm['values'];
  const errors: AddAgencyForm['errors'] = {};
  if (withCode && !AGENCY_CODE.test(values.code)) errors.code = tr('codeInvalid');
  if (values.name.length === 0 || values.name.length > 200) errors.name = tr('nameInvalid');
  const level = matchAgencyLevel(values.level);
  if (!level) errors.level = tr('levelInvalid');
  const contacts = checkContacts(values);
  for (const p of contacts.problems)
    errors[p.field as AgencyFormField] = errorMessage(p.code, p.params, lang);
  const fields = {
    name: values.name,
    level: level ?? 'other',
    lang: (values.lang === 'en' ? 'en' : 'id') as Lang,
    ...contacts.values,
  };
  return { values, errors, fields };
}

const formOf = (a: Agency): AddAgencyForm['values'] => ({
  code: a.code,
  name: a.name,
  level: a.level,
  contactName: a.contactName ?? '',
  email: a.email ?? '',
  phone: a.phone ?? '',
  lang: a.lang ?? 'id',
});

/** Keeps a new token for its one view and redirects there (post/redirect/get). */
async function showOnce(deps: AppDeps, c: WebContext, aid: string, code: string, token: string) {
  if (!deps.oneTime) throw new Error('AppDeps.oneTime is missing: build deps with a composition root');
  const ticket = await deps.oneTime.put(token, { aid, code }, ONCE_TTL_MS);
  setCookie(c, ONCE_COOKIE, ticket, {
    path: '/coordinator',
    httpOnly: true,
    sameSite: 'Strict',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: ONCE_TTL_MS / 1000,
  });
  return c.redirect(`${listHref(aid)}/${encodeURIComponent(code)}/token/shown`, 303);
}

/** Builds the `/coordinator/a/:aid/agencies...` routes (mounted under `/coordinator`). */
export function coordinatorAgencyRoutes(deps: AppDeps): Hono<WebEnv> {
  return new Hono<WebEnv>()
    .get('/a/:aid/agencies', async (c) => {
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const ta = translator(AGENCY_ADMIN_TEXTS, lang);
      const done = c.req.query('done');
      const code = normalizeAgencyCode(c.req.query('code') ?? '');
      const notices = { disabled: 'disabledNotice', enabled: 'enabledNotice', saved: 'savedNotice' } as const;
      const notice =
        done && done in notices ? ta(notices[done as keyof typeof notices], { code }) : undefined;
      return listPage(deps, c, assessment, { values: BLANK_AGENCY, errors: {}, notice });
    })
    .post('/a/:aid/agencies', async (c) => {
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const { values, errors, fields } = readForm(await c.req.parseBody(), lang, true);
      if (Object.keys(errors).length > 0) return listPage(deps, c, assessment, { values, errors }, 422);
      const code = normalizeAgencyCode(values.code);
      try {
        const { token } = await agencyStoreOf(deps).create({
          assessmentId: assessment.id,
          code,
          actor: actorOf(c),
          fields,
          withToken: true,
        });
        return showOnce(deps, c, assessment.id, code, token!);
      } catch (error) {
        // "Add" never overwrites: an existing code (any case) is refused; editing is its own action.
        if (!isAppError(error) || error.code !== 'agency.exists') throw error;
        return listPage(deps, c, assessment, { values, errors: { code: appErrorMessage(error, lang) } }, 409);
      }
    })
    .get('/a/:aid/agencies/roster.xlsx', async (c) => {
      const lang = c.get('lang');
      await requireAssessment(deps, c.req.param('aid'), lang);
      const bytes = await writeRosterWorkbook({ rows: [], lang, withContacts: true });
      return fileDownload(c, bytes, `roster-${lang}.xlsx`);
    })
    .post('/a/:aid/agencies/import', async (c) => {
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const ta = translator(AGENCY_ADMIN_TEXTS, lang);
      const file = (await c.req.parseBody()).file;
      const blank = { values: BLANK_AGENCY, errors: {} };
      if (!(file instanceof File) || file.size === 0) {
        return listPage(deps, c, assessment, blank, 422, [{ cell: null, message: ta('noFile') }]);
      }
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const imported = await importRoster(deps, {
          assessmentId: assessment.id,
          bytes,
          lang,
          actor: actorOf(c),
        });
        const workbook = await tokensWorkbookOf(deps, c, assessment.id, imported, lang);
        // Tokens are in this file only: never cached, downloaded, not shown in the page.
        return fileDownload(c, workbook, `tokens-${assessment.id}.xlsx`);
      } catch (error) {
        if (!isAppError(error)) throw error;
        const issues = error.issues.length
          ? error.issues.map((i) => ({ cell: i.cell, message: errorMessage(i.code, i.params ?? {}, lang) }))
          : [{ cell: null, message: appErrorMessage(error, lang) }];
        return listPage(deps, c, assessment, blank, error.status, issues);
      }
    })
    .get('/a/:aid/agencies/:code/edit', async (c) => {
      const lang = c.get('lang');
      const ta = translator(AGENCY_ADMIN_TEXTS, lang);
      const aid = c.req.param('aid');
      const agency = await requireAgency(deps, aid, normalizeAgencyCode(c.req.param('code')), lang);
      return renderPage(
        c,
        ta('editTitle', { code: agency.code }),
        <EditAgencyPage
          lang={lang}
          csrf={c.get('session')!.csrf}
          agency={agency}
          form={{ values: formOf(agency), errors: {} }}
          backHref={listHref(aid)}
        />,
      );
    })
    .post('/a/:aid/agencies/:code/edit', async (c) => {
      const lang = c.get('lang');
      const ta = translator(AGENCY_ADMIN_TEXTS, lang);
      const aid = c.req.param('aid');
      const agency = await requireAgency(deps, aid, normalizeAgencyCode(c.req.param('code')), lang);
      const body = await c.req.parseBody();
      const { values, errors, fields } = readForm(body, lang, false);
      const page = (a: Agency, form: AddAgencyForm, status: number) =>
        renderPage(
          c,
          ta('editTitle', { code: a.code }),
          <EditAgencyPage
            lang={lang}
            csrf={c.get('session')!.csrf}
            agency={a}
            form={form}
            backHref={listHref(aid)}
          />,
          status,
        );
      const read = Number(text(body.version));
      const expectedVersion = Number.isInteger(read) && read >= 0 ? read : (agency.version ?? 0);
      if (Object.keys(errors).length > 0) {
        return page(
          { ...agency, version: expectedVersion },
          { values: { ...values, code: agency.code }, errors },
          422,
        );
      }
      try {
        await agencyStoreOf(deps).update({
          assessmentId: aid,
          code: agency.code,
          actor: actorOf(c),
          fields,
          expectedVersion,
        });
      } catch (error) {
        if (!isAppError(error) || error.code !== 'agency.conflict') throw error;
        const current = (error.details?.current as Agency | undefined) ?? agency;
        return page(current, { values: formOf(current), errors: {}, notice: ta('conflictNotice') }, 409);
      }
      return c.redirect(`${listHref(aid)}?done=saved&code=${encodeURIComponent(agency.code)}`, 303);
    })
    .post('/a/:aid/agencies/:code/disable', async (c) => {
      const aid = c.req.param('aid');
      await requireAssessment(deps, aid, c.get('lang'));
      const code = normalizeAgencyCode(c.req.param('code'));
      await agencyStoreOf(deps).setDisabled({ assessmentId: aid, code, actor: actorOf(c), disabled: true });
      return c.redirect(`${listHref(aid)}?done=disabled&code=${encodeURIComponent(code)}`, 303);
    })
    .post('/a/:aid/agencies/:code/enable', async (c) => {
      const aid = c.req.param('aid');
      await requireAssessment(deps, aid, c.get('lang'));
      const code = normalizeAgencyCode(c.req.param('code'));
      await agencyStoreOf(deps).setDisabled({ assessmentId: aid, code, actor: actorOf(c), disabled: false });
      return c.redirect(`${listHref(aid)}?done=enabled&code=${encodeURIComponent(code)}`, 303);
    })
    .get('/a/:aid/agencies/:code/token', async (c) => {
      const lang = c.get('lang');
      const ta = translator(AGENCY_ADMIN_TEXTS, lang);
      const aid = c.req.param('aid');
      const agency = await requireAgency(deps, aid, normalizeAgencyCode(c.req.param('code')), lang);
      return renderPage(
        c,
        ta('confirmTitle', { code: agency.code }),
        <ConfirmTokenPage
          lang={lang}
          csrf={c.get('session')!.csrf}
          agency={agency}
          backHref={listHref(aid)}
        />,
      );
    })
    .post('/a/:aid/agencies/:code/token', async (c) => {
      const aid = c.req.param('aid');
      await requireAssessment(deps, aid, c.get('lang'));
      const code = normalizeAgencyCode(c.req.param('code'));
      const { token } = await agencyStoreOf(deps).issueToken({ assessmentId: aid, code, actor: actorOf(c) });
      return showOnce(deps, c, aid, code, token);
    })
    .get('/a/:aid/agencies/:code/token/shown', async (c) => {
      const lang = c.get('lang');
      const tr = translator(COORDINATOR_TEXTS, lang);
      const ta = translator(AGENCY_ADMIN_TEXTS, lang);
      const aid = c.req.param('aid');
      const agency = await requireAgency(deps, aid, normalizeAgencyCode(c.req.param('code')), lang);
      const ticket = getCookie(c, ONCE_COOKIE);
      deleteCookie(c, ONCE_COOKIE, { path: '/coordinator' });
      const once = ticket && deps.oneTime ? await deps.oneTime.take(ticket) : null;
      if (!once || once.meta.aid !== aid || once.meta.code !== agency.code) {
        return renderMessage(c, tr('tokenTitle', { code: agency.code }), ta('tokenGone'), 410, 'warn');
      }
      return renderPage(
        c,
        tr('tokenTitle', { code: agency.code }),
        <TokenShownPage
          lang={lang}
          agency={agency}
          token={once.secret}
          signInUrl={signInAddress(publicUrlOf(deps, c))}
          backHref={listHref(aid)}
        />,
      );
    });
}
