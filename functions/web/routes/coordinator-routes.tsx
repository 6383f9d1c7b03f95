/** The coordinator's pages: assessments, progress dashboard, consolidation, agencies and tokens. */
import { Hono } from 'hono';
import { visibleAssessments } from '../../../shared/core/accounts/principal.js';
import { isAppError } from '../../../shared/core/app-error.js';
import { appErrorMessage, errorMessage } from '../../../shared/core/errors/index.js';
import type { AssessmentSummary } from '../../../shared/core/summary/summary.js';
import type { Lang } from '../../../shared/core/types.js';
import { actorOf } from '../../app/auth/authorize.js';
import type { AppDeps } from '../../app/deps.js';
import { fileDownload } from '../../app/file-download.js';
import { requestedLang } from '../../app/request-lang.js';
import { consolidatedWorkbookResponse } from '../../app/routes/aggregation.js';
import { ASSESSMENT_ID } from '../../app/routes/assessments.js';
import { findFramework, frameworkOf, requireAssessment } from '../../app/services/frameworks.js';
import { assessmentReportDocx, DOCX_CONTENT_TYPE, reportFilename } from '../../app/services/report.js';
import { requireSessionCsrf } from '../csrf.js';
import { canEdit, requirePolicy, requireRole } from '../guards.js';
import { renderMessage, renderPage, type WebContext } from '../page-context.js';
import { CoordinatorDashboardPage } from '../pages/coordinator-dashboard.js';
import { CoordinatorHomePage, type CreateAssessmentForm } from '../pages/coordinator-home.js';
import { agencyFilterFrom } from '../pages/dashboard-agencies.js';
import { reviewStatuses } from '../review-info.js';
import { COORDINATOR_TEXTS } from '../texts/coordinator-texts.js';
import { translator } from '../texts/translate.js';
import type { WebEnv } from '../web-env.js';
import { coordinatorAgencyRoutes } from './coordinator-agency-routes.js';
import { coordinatorReminderRoutes } from './coordinator-reminder-routes.js';

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
          // A disabled agency is not registered: the dashboard shows it neither as submitted nor missing.
          deps.store.listAgencies(assessment.id).then((all) => all.filter((a) => !a.disabled)),
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
            reviews={await reviewStatuses(deps, assessment.id, agencies)}
            filter={agencyFilterFrom(c.req.query())}
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
        const bookLang = requestedLang(c);
        // Same door as the API: large workbooks are redirected to a presigned S3 URL.
        return consolidatedWorkbookResponse(c, deps, deps.aggregation, assessment.id, bookLang);
      })
      .get('/a/:aid/report.docx', async (c) => {
        const lang = c.get('lang');
        const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
        const reportLang = requestedLang(c);
        const bytes = await assessmentReportDocx(deps, assessment.id, reportLang);
        return fileDownload(c, bytes, reportFilename(assessment.id, reportLang), {
          contentType: DOCX_CONTENT_TYPE,
        });
      })
      // Agencies: list, add, edit, disable, tokens, roster import (coordinator-agency-routes.tsx).
      .route('/', coordinatorAgencyRoutes(deps))
      .route('/', coordinatorReminderRoutes(deps))
      // The addresses of POST-only actions, opened by GET (e.g. the language link on a page those
      // posts rendered), lead back to the page they belong to; a token is never shown again.
      .get('/assessments', (c) => c.redirect('/coordinator', 303))
      .get('/a/:aid/aggregate', (c) => c.redirect(base(c.req.param('aid')), 303))
  );
}
