/** The coordinator's pages: assessments, progress dashboard, consolidation, agencies and tokens. */
import { Hono } from 'hono';
import { isAppError } from '../../../shared/core/app-error.js';
import { appErrorMessage, errorMessage } from '../../../shared/core/errors/index.js';
import { matchAgencyLevel } from '../../../shared/core/roster/agency-level.js';
import type { AssessmentSummary } from '../../../shared/core/summary/summary.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency, Assessment } from '../../../shared/ports.js';
import { visibleAssessments } from '../../../shared/core/accounts/principal.js';
import { actorOf } from '../../app/auth/authorize.js';
import { issueAgencyToken } from '../../app/auth/tokens.js';
import type { AppDeps } from '../../app/deps.js';
import { AGENCY_CODE } from '../../app/routes/agencies.js';
import { consolidatedWorkbookResponse } from '../../app/routes/aggregation.js';
import { ASSESSMENT_ID } from '../../app/routes/assessments.js';
import {
  findFramework,
  frameworkOf,
  requireAssessment,
  requireAssessmentAndAgency,
} from '../../app/services/frameworks.js';
import { assessmentReportDocx, DOCX_CONTENT_TYPE, reportFilename } from '../../app/services/report.js';
import { requireSessionCsrf } from '../csrf.js';
import { canEdit, requirePolicy, requireRole } from '../guards.js';
import { renderMessage, renderPage, type WebContext } from '../page-context.js';
import {
  type AddAgencyForm,
  CoordinatorAgenciesPage,
  TokenShownPage,
} from '../pages/coordinator-agencies.js';
import { CoordinatorDashboardPage } from '../pages/coordinator-dashboard.js';
import { CoordinatorHomePage, type CreateAssessmentForm } from '../pages/coordinator-home.js';
import { COORDINATOR_TEXTS } from '../texts/coordinator-texts.js';
import { translator } from '../texts/translate.js';
import type { WebEnv } from '../web-env.js';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const base = (aid: string) => `/coordinator/a/${encodeURIComponent(aid)}`;

async function homePage(deps: AppDeps, c: WebContext, form: CreateAssessmentForm, status = 200) {
  const tr = translator(COORDINATOR_TEXTS, c.get('lang'));
  const assessments = visibleAssessments(c.get('principal'), await deps.store.listAssessments());
  return renderPage(
    c,
    tr('assessmentsTitle'),
    <CoordinatorHomePage
      lang={c.get('lang')}
      csrf={c.get('session')!.csrf}
      assessments={assessments}
      form={form}
      frameworkIds={['local-mgi']}
      canCreate={canEdit(c, 'owner')}
    />,
    status,
  );
}

async function agenciesPage(
  deps: AppDeps,
  c: WebContext,
  assessment: Assessment,
  form: AddAgencyForm,
  status = 200,
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
    />,
    status,
  );
}

const BLANK_AGENCY: AddAgencyForm['values'] = { code: '', name: '', level: 'provincial' };

/** Issues a new token for `agency` and shows it (the only time it is ever shown). */
async function tokenPage(deps: AppDeps, c: WebContext, agency: Agency, status: number) {
  const token = await issueAgencyToken(deps.tokens, agency.assessmentId, agency.code);
  const tr = translator(COORDINATOR_TEXTS, c.get('lang'));
  return renderPage(
    c,
    tr('tokenTitle', { code: agency.code }),
    <TokenShownPage
      lang={c.get('lang')}
      agency={agency}
      token={token}
      signInUrl={`${new URL(c.req.url).origin}/`}
      backHref={`${base(agency.assessmentId)}/agencies`}
    />,
    status,
  );
}

function validateAssessment(values: CreateAssessmentForm['values'], lang: Lang) {
  const tr = translator(COORDINATOR_TEXTS, lang);
  const errors: CreateAssessmentForm['errors'] = {};
  if (values.id.length === 0 || values.id.length > 64 || !ASSESSMENT_ID.test(values.id))
    errors.id = tr('idInvalid');
  if (values.name.length === 0 || values.name.length > 200) errors.name = tr('nameInvalid');
  return errors;
}

/** Builds the `/coordinator/...` routes. */
export function coordinatorRoutes(deps: AppDeps): Hono<WebEnv> {
  return (
    new Hono<WebEnv>()
      .use('*', requireRole('account'), requireSessionCsrf())
      .get('/', (c) =>
        homePage(deps, c, { values: { id: '', name: '', frameworkId: 'local-mgi' }, errors: {} }),
      )
      .post('/assessments', requirePolicy('owner'), async (c) => {
        const lang = c.get('lang');
        const body = await c.req.parseBody();
        const values = { id: text(body.id), name: text(body.name), frameworkId: text(body.frameworkId) };
        const errors = validateAssessment(values, lang);
        if (!(await findFramework(deps.store, values.frameworkId))) {
          errors.frameworkId = errorMessage('framework.not_found', { id: values.frameworkId }, lang);
        }
        if (Object.keys(errors).length === 0) {
          try {
            await deps.store.createAssessment(
              { ...values, createdAt: deps.clock.now().toISOString() },
              { log: deps.audit, actor: actorOf(c) },
            );
            return c.redirect(base(values.id), 303);
          } catch (error) {
            if (!isAppError(error) || error.code !== 'assessment.exists') throw error;
            errors.id = appErrorMessage(error, lang);
          }
        }
        return homePage(deps, c, { values, errors }, 422);
      })
      .get('/a/:aid', async (c) => {
        const lang = c.get('lang');
        const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
        const [framework, agencies, summary, latest] = await Promise.all([
          frameworkOf(deps, assessment),
          deps.store.listAgencies(assessment.id),
          deps.aggregation ? (deps.aggregation.summary(assessment.id) as Promise<AssessmentSummary>) : null,
          deps.snapshots ? deps.snapshots.listSnapshots(assessment.id, { limit: 1 }) : [],
        ]);
        const ran = c.req.query('ran');
        return renderPage(
          c,
          assessment.name,
          <CoordinatorDashboardPage
            lang={lang}
            csrf={c.get('session')!.csrf}
            assessment={assessment}
            framework={framework}
            agencies={agencies}
            summary={summary}
            latestSnapshotAt={latest[0]?.generatedAt ?? null}
            ranAt={ran && !Number.isNaN(Date.parse(ran)) ? ran : null}
            canEdit={canEdit(c)}
          />,
        );
      })
      .post('/a/:aid/aggregate', async (c) => {
        const lang = c.get('lang');
        const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
        if (!deps.aggregation) {
          const tr = translator(COORDINATOR_TEXTS, lang);
          return renderMessage(c, tr('aggregateTitle'), tr('consolidationOff'), 501, 'warn');
        }
        const summary = (await deps.aggregation.aggregate(assessment.id)) as AssessmentSummary;
        return c.redirect(`${base(assessment.id)}?ran=${encodeURIComponent(summary.generatedAt)}`, 303);
      })
      .get('/a/:aid/consolidated.xlsx', async (c) => {
        const lang = c.get('lang');
        const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
        if (!deps.aggregation) {
          const tr = translator(COORDINATOR_TEXTS, lang);
          return renderMessage(c, tr('downloadsTitle'), tr('consolidationOff'), 501, 'warn');
        }
        const q = c.req.query('lang');
        const bookLang: Lang = q === 'en' || q === 'id' ? q : lang;
        // Same door as the API: large workbooks are redirected to a presigned S3 URL.
        return consolidatedWorkbookResponse(c, deps, deps.aggregation, assessment.id, bookLang);
      })
      .get('/a/:aid/report.docx', async (c) => {
        const lang = c.get('lang');
        const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
        const q = c.req.query('lang');
        const reportLang: Lang = q === 'en' || q === 'id' ? q : lang;
        const bytes = await assessmentReportDocx(deps, assessment.id, reportLang);
        return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
          'Content-Type': DOCX_CONTENT_TYPE,
          'Content-Disposition': `attachment; filename="${reportFilename(assessment.id, reportLang)}"`,
          'Cache-Control': 'no-store',
        });
      })
      .get('/a/:aid/agencies', async (c) => {
        const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
        return agenciesPage(deps, c, assessment, { values: BLANK_AGENCY, errors: {} });
      })
      .post('/a/:aid/agencies', async (c) => {
        const lang = c.get('lang');
        const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
        const tr = translator(COORDINATOR_TEXTS, lang);
        const body = await c.req.parseBody();
        const values = { code: text(body.code), name: text(body.name), level: text(body.level) };
        const errors: AddAgencyForm['errors'] = {};
        if (!AGENCY_CODE.test(values.code)) errors.code = tr('codeInvalid');
        if (values.name.length === 0 || values.name.length > 200) errors.name = tr('nameInvalid');
        const level = matchAgencyLevel(values.level);
        if (!level) errors.level = tr('levelInvalid');
        if (Object.keys(errors).length > 0 || !level)
          return agenciesPage(deps, c, assessment, { values, errors }, 422);
        const { agency, created } = await deps.store.putAgency({
          assessmentId: assessment.id,
          code: values.code,
          name: values.name,
          level,
        });
        if (created) return tokenPage(deps, c, agency, 201);
        return agenciesPage(deps, c, assessment, {
          values: BLANK_AGENCY,
          errors: {},
          notice: tr('agencyUpdated', { code: values.code }),
        });
      })
      // The addresses of POST-only actions, opened by GET (e.g. the language link on a page those
      // posts rendered), lead back to the page they belong to; a token is never shown again.
      .get('/assessments', (c) => c.redirect('/coordinator', 303))
      .get('/a/:aid/aggregate', (c) => c.redirect(base(c.req.param('aid')), 303))
      .get('/a/:aid/agencies/:code/token', (c) => c.redirect(`${base(c.req.param('aid'))}/agencies`, 303))
      .post('/a/:aid/agencies/:code/token', async (c) => {
        // Both lookups in one turn (one batch); a missing assessment is still reported first.
        const { agency } = await requireAssessmentAndAgency(
          deps,
          c.req.param('aid'),
          c.req.param('code'),
          c.get('lang'),
        );
        return tokenPage(deps, c, agency, 200);
      })
  );
}
