import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { withRequestContext } from '../../../shared/observability/logger.js';
import type { AppEnv } from '../app-env.js';
import { langFromAcceptLanguage } from '../request-lang.js';

/** What hono/aws-lambda puts in `c.env` (absent on the Node server and in `app.request`). */
interface LambdaBindings {
  lambdaContext?: { awsRequestId?: string };
  event?: { requestContext?: { requestId?: string } };
}

/**
 * Names the request for every log line and the `X-Request-Id` header: on Lambda the invocation's
 * `awsRequestId` (the id in Lambda's own log lines), with API Gateway's request id beside it as
 * `apiRequestId` (the id in its access logs); elsewhere a fresh UUID. Also sets the request's language.
 */
export function requestContext(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const bindings = c.env as LambdaBindings | undefined;
    const requestId = bindings?.lambdaContext?.awsRequestId ?? randomUUID();
    const apiRequestId = bindings?.event?.requestContext?.requestId;
    c.set('requestId', requestId);
    c.set('lang', langFromAcceptLanguage(c.req.header('accept-language')));
    c.header('X-Request-Id', requestId);
    await withRequestContext({ requestId, ...(apiRequestId ? { apiRequestId } : {}) }, next);
  };
}
