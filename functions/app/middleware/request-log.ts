import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../../shared/observability/logger.js';
import { createMetrics, loggerSink, type Metrics } from '../../../shared/observability/metrics.js';
import type { AppEnv } from '../app-env.js';

// The two upload doors and the aggregation run, by path (the app is mounted at the root).
const UPLOAD = /^\/api\/assessments\/[^/]+\/(submissions|responses)\/?$/;
const AGGREGATE = /^\/api\/assessments\/[^/]+\/aggregate\/?$/;

/** What an error body says, read from a clone so the client still gets the whole response. */
async function errorCodes(res: Response): Promise<{ code?: string; issueCodes: string[] }> {
  if (!(res.headers.get('content-type') ?? '').includes('json')) return { issueCodes: [] };
  try {
    const body = (await res.clone().json()) as { error?: { code?: unknown; issues?: { code?: unknown }[] } };
    const code = typeof body.error?.code === 'string' ? body.error.code : undefined;
    const issueCodes = (body.error?.issues ?? [])
      .map((i) => i.code)
      .filter((c): c is string => typeof c === 'string');
    return { code, issueCodes };
  } catch {
    return { issueCodes: [] };
  }
}

/**
 * One access-log line per request (method, path, status, duration, sizes; never the query string,
 * headers or body — they can hold tokens or file contents) and metrics for the upload doors
 * (accepted 201 / duplicate 200 / rejected by error code) and for `POST …/aggregate` (duration).
 * Runs inside the request-id context, so each line carries the request id. Register after the
 * middleware that sets that context.
 */
export function requestLog(options: { logger?: Logger; metrics?: Metrics }): MiddlewareHandler<AppEnv> {
  const { logger } = options;
  const metrics = options.metrics ?? (logger ? createMetrics({ sink: loggerSink(logger) }) : undefined);
  return async (c, next) => {
    const started = performance.now();
    let failed = false;
    try {
      await next();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      const status = failed ? 500 : c.res.status;
      const path = c.req.path;
      const method = c.req.method;
      if (logger) {
        const line = {
          method,
          path,
          status,
          durationMs,
          agency: c.req.query('agency'),
          requestBytes: Number(c.req.header('content-length') ?? 0) || undefined,
          responseBytes: Number(c.res.headers.get('content-length') ?? 0) || undefined,
        };
        if (status >= 500) logger.error(line, 'request');
        else if (status >= 400) logger.warn(line, 'request');
        else logger.info(line, 'request');
      }
      if (metrics && method === 'POST') {
        const upload = UPLOAD.exec(path);
        if (upload) {
          const channel = upload[1] === 'responses' ? 'form' : 'xlsx';
          if (status === 201 || status === 200)
            metrics.upload({ outcome: status === 201 ? 'accepted' : 'duplicate', channel });
          else if (status >= 400) {
            const { code, issueCodes } = failed
              ? { code: 'internal', issueCodes: [] }
              : await errorCodes(c.res);
            metrics.upload({ outcome: 'rejected', channel, errorCode: code, issueCodes });
          }
        } else if (AGGREGATE.test(path)) {
          metrics.aggregation({ durationMs, trigger: 'api', ok: status < 400 });
        }
      }
    }
  };
}
