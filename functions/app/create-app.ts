/**
 * The one Hono app. The Lambda entry, the local server and the tests all wrap `createApp(deps)`,
 * so no route exists in only one of them.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { webRoutes } from '../web/web-routes.js';
import type { AppEnv } from './app-env.js';
import { authenticate } from './auth/authorize.js';
import type { AppDeps } from './deps.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { fail } from '../../shared/core/errors/index.js';
import { requestContext } from './middleware/request-context.js';
import { requestLog } from './middleware/request-log.js';
import { accountRoutes } from './routes/accounts.js';
import { agencyRoutes } from './routes/agencies.js';
import { agencyImportRoutes } from './routes/agency-import.js';
import { reminderRoutes } from './routes/reminders.js';
import { agencyResponsesRoutes } from './routes/agency-responses.js';
import { aggregationRoutes } from './routes/aggregation.js';
import { reportRoutes } from './routes/report.js';
import { assessmentSettingsRoutes } from './routes/assessment-settings.js';
import { consultationRoutes } from './routes/consultation.js';
import { assessmentRoutes } from './routes/assessments.js';
import { auditRoutes } from './routes/audit.js';
import { findingsRoutes } from './routes/findings.js';
import { frameworkRoutes } from './routes/frameworks.js';
import { healthRoutes } from './routes/health.js';
import { reviewRoutes } from './routes/review.js';
import { securityHeaders } from './middleware/security-headers.js';
import { submissionRoutes } from './routes/submissions.js';
import { templateRoutes } from './routes/templates.js';
import { validationRoutes } from './routes/validation.js';

/** Default largest request body: a filled template is ~30 KB, so 4 MB leaves ample room. */
export const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

/** Builds the app with every route of the HTTP API under `/api`. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const limit = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;

  app.use('*', requestContext());
  app.use('*', requestLog({ logger: deps.logger }));
  app.use('*', securityHeaders());

  const api = new Hono<AppEnv>();
  api.use(
    '*',
    bodyLimit({
      maxSize: limit,
      onError: () => {
        throw fail('upload.too_large', { limit: `${Math.round(limit / 1024 / 1024)} MB` });
      },
    }),
  );
  // Health answers before authentication; every other route needs a valid token.
  api.route('/', healthRoutes());
  api.use('*', authenticate(deps));
  for (const routes of [
    frameworkRoutes(deps),
    assessmentRoutes(deps),
    accountRoutes(deps),
    auditRoutes(deps),
    agencyImportRoutes(deps),
    agencyRoutes(deps),
    reminderRoutes(deps),
    templateRoutes(deps),
    submissionRoutes(deps),
    aggregationRoutes(deps),
    reportRoutes(deps),
    agencyResponsesRoutes(deps),
    reviewRoutes(deps),
    assessmentSettingsRoutes(deps),
    consultationRoutes(deps),
    validationRoutes(deps),
    findingsRoutes(deps),
  ]) {
    api.route('/', routes);
  }
  app.route('/api', api);
  app.route('/', webRoutes(deps));

  app.onError(errorHandler(deps.logger));
  app.notFound(notFoundHandler());
  return app;
}
