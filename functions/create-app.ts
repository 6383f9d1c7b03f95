/**
 * The one Hono app. The Lambda entry, the local server and the tests all wrap `createApp(deps)`,
 * so no route exists in only one of them.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { fail } from '../shared/core/errors/index.js';
import type { AppEnv } from './app/app-env.js';
import { authenticate } from './app/auth/authorize.js';
import type { AppDeps } from './app/deps.js';
import { errorHandler, notFoundHandler } from './app/errors.js';
import { requestContext } from './app/middleware/request-context.js';
import { requestLog } from './app/middleware/request-log.js';
import { securityHeaders } from './app/middleware/security-headers.js';
import { accountRoutes } from './app/routes/accounts.js';
import { agencyRoutes } from './app/routes/agencies.js';
import { agencyImportRoutes } from './app/routes/agency-import.js';
import { agencyResponsesRoutes } from './app/routes/agency-responses.js';
import { aggregationRoutes } from './app/routes/aggregation.js';
import { assessmentSettingsRoutes } from './app/routes/assessment-settings.js';
import { assessmentRoutes } from './app/routes/assessments.js';
import { auditRoutes } from './app/routes/audit.js';
import { consultationRoutes } from './app/routes/consultation.js';
import { findingsRoutes } from './app/routes/findings.js';
import { frameworkRoutes } from './app/routes/frameworks.js';
import { healthRoutes } from './app/routes/health.js';
import { reminderRoutes } from './app/routes/reminders.js';
import { reportRoutes } from './app/routes/report.js';
import { reviewRoutes } from './app/routes/review.js';
import { submissionRoutes } from './app/routes/submissions.js';
import { templateRoutes } from './app/routes/templates.js';
import { validationRoutes } from './app/routes/validation.js';
import { webRoutes } from './web/web-routes.js';

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
