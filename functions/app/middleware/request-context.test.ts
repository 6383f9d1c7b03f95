import { Writable } from 'node:stream';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../shared/observability/logger.js';
import type { AppEnv } from '../app-env.js';
import { requestContext } from './request-context.js';

function appWithLog() {
  let raw = '';
  const destination = new Writable({
    write(chunk, _enc, done) {
      raw += chunk.toString();
      done();
    },
  });
  const logger = createLogger({ destination });
  const app = new Hono<AppEnv>();
  app.use('*', requestContext());
  app.get('/x', (c) => {
    logger.info('inside');
    return c.text(c.get('requestId'));
  });
  return {
    app,
    lines: () =>
      raw
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('requestContext', () => {
  it('logs the Lambda and API Gateway request ids when deployed, and answers with the Lambda one', async () => {
    const { app, lines } = appWithLog();
    const env = {
      lambdaContext: { awsRequestId: 'c0ffee00-lambda' },
      event: { requestContext: { requestId: 'Ab1Cd2Ef3gw=' } },
    };
    const res = await app.request('/x', {}, env);
    expect(res.headers.get('x-request-id')).toBe('c0ffee00-lambda');
    expect(lines()).toEqual([
      expect.objectContaining({ msg: 'inside', requestId: 'c0ffee00-lambda', apiRequestId: 'Ab1Cd2Ef3gw=' }),
    ]);
  });

  it('names a local request with a fresh UUID and no API Gateway id', async () => {
    const { app, lines } = appWithLog();
    const res = await app.request('/x');
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines()[0]).toMatchObject({ requestId: id });
    expect(lines()[0]).not.toHaveProperty('apiRequestId');
  });
});
