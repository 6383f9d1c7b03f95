/**
 * The one door every error leaves through: `{error: {code, message, issues}}` with the status of
 * the AppError and its message rendered from the catalogue (in the uploaded file's language when the
 * error says which, else the request's), validation failures mapped to `request.invalid`, and
 * anything unexpected logged with its stack and answered as a 500 `internal` that names only the
 * request id.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { type AppError, isAppError } from '../../shared/core/app-error.js';
import { fail, renderErrorBody } from '../../shared/core/errors/index.js';
import type { Logger } from '../../shared/observability/logger.js';
import type { AppEnv } from './app-env.js';
import { requestIssues } from './validation-issues.js';

/** Builds `app.onError`. */
export function errorHandler(logger: Logger | undefined): ErrorHandler<AppEnv> {
  return (err, c) => {
    const lang = c.get('lang') ?? 'en';
    let error: AppError;
    if (isAppError(err)) {
      error = err;
    } else if (err instanceof HTTPException && err.status < 500) {
      // Hono's own 4xx (malformed JSON body, bad multipart): a client mistake, not ours.
      error = fail('request.malformed', {}, { status: err.status, cause: err });
    } else {
      const requestId = c.get('requestId') ?? 'none';
      logger?.error({ err, path: c.req.path, method: c.req.method }, 'unhandled error');
      error = fail('internal', { requestId });
    }
    if (error.status >= 500 && isAppError(err)) logger?.error({ err, code: error.code }, 'server error');
    const retryAfter = error.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
    return c.json(renderErrorBody(error, error.lang ?? lang), error.status as 400);
  };
}

/** Builds `app.notFound`: a JSON 404 for any unknown path. */
export function notFoundHandler(): NotFoundHandler<AppEnv> {
  return (c) => c.json(renderErrorBody(fail('not_found', { path: c.req.path }), c.get('lang') ?? 'en'), 404);
}

/**
 * The `zValidator` hook: a failed parse throws our AppError (so it leaves through onError), 422 for
 * a body that parsed as JSON but has wrong fields, 400 for bad path or query parameters. Each issue
 * carries its catalogue code and params, rendered in the request's language.
 */
export function validationHook(target: 'json' | 'query' | 'param') {
  return (result: { success: boolean; error?: unknown; data?: unknown }, c: Context) => {
    if (result.success) return;
    const lang = (c as unknown as Context<AppEnv>).get('lang') ?? 'en';
    const issues = requestIssues((result.error as ZodError).issues, lang, result.data);
    throw fail('request.invalid', {}, { status: target === 'json' ? 422 : 400, issues });
  };
}
