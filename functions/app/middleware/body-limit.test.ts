import { request as httpRequest } from 'node:http';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, serveOnLoopback } from '../../local/loopback-server.js';
import type { AppEnv } from '../app-env.js';
import { bodyLimit } from './body-limit.js';

const LIMIT = 1000;

/** An app that echoes the length of the body it read, behind the limit; `reads` counts route runs. */
function echoApp() {
  const state = { reads: 0 };
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    bodyLimit(LIMIT, (c) => c.json({ error: 'too large' }, 413)),
  );
  app.all('/echo', async (c) => {
    state.reads += 1;
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json({ length: bytes.length, sum: bytes.reduce((a, b) => a + b, 0) });
  });
  return { app, state };
}

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 251);
const sum = (b: Uint8Array) => b.reduce((a, x) => a + x, 0);

describe('bodyLimit (fetch-style requests)', () => {
  it('judges a declared length by the header alone and passes the body through untouched', async () => {
    const { app, state } = echoApp();
    const headers = (n: number) => ({ 'content-length': String(n) });
    const ok = await app.request('/echo', { method: 'POST', body: bytes(LIMIT), headers: headers(LIMIT) });
    expect(await ok.json()).toEqual({ length: LIMIT, sum: sum(bytes(LIMIT)) });
    const over = await app.request('/echo', {
      method: 'POST',
      body: bytes(LIMIT + 1),
      headers: headers(LIMIT + 1),
    });
    expect(over.status).toBe(413);
    expect(state.reads).toBe(1);
  });

  it('counts a body without a declared length (a Lambda event without the header)', async () => {
    const { app, state } = echoApp();
    const ok = await app.request('/echo', { method: 'PUT', body: bytes(LIMIT) });
    expect(await ok.json()).toEqual({ length: LIMIT, sum: sum(bytes(LIMIT)) });
    const over = await app.request('/echo', { method: 'POST', body: bytes(LIMIT + 1) });
    expect(over.status).toBe(413);
    expect(state.reads).toBe(1);
  });

  it('lets requests without a body through', async () => {
    const { app } = echoApp();
    const res = await app.request('/echo');
    expect(await res.json()).toEqual({ length: 0, sum: 0 });
  });
});

describe('bodyLimit on a real Node server', () => {
  const { app, state } = echoApp();
  let server: LoopbackServer;
  let port = 0;
  beforeAll(async () => {
    server = await serveOnLoopback(app.fetch);
    port = server.port;
  });
  afterAll(() => server.close());

  /** Sends `chunks` with a declared length, or chunked when `length` is undefined. */
  const send = (chunks: Uint8Array[], length?: number) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/echo',
          method: 'POST',
          headers: length === undefined ? { 'transfer-encoding': 'chunked' } : { 'content-length': length },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => {
            body += d;
          });
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });

  it('reads a declared-length upload whole, straight from the request', async () => {
    const body = bytes(LIMIT);
    const res = await send([body.subarray(0, 300), body.subarray(300)], LIMIT);
    expect(res).toEqual({ status: 200, body: JSON.stringify({ length: LIMIT, sum: sum(body) }) });
  });

  it('refuses a declared length over the limit before the route runs', async () => {
    const before = state.reads;
    const res = await send([bytes(LIMIT + 1)], LIMIT + 1);
    expect(res.status).toBe(413);
    expect(state.reads).toBe(before);
  });

  it('counts a chunked body while reading it: within the limit it arrives whole, over it is 413', async () => {
    const body = bytes(LIMIT);
    const ok = await send([body.subarray(0, 400), body.subarray(400, 800), body.subarray(800)]);
    expect(ok).toEqual({ status: 200, body: JSON.stringify({ length: LIMIT, sum: sum(body) }) });
    const before = state.reads;
    const over = await send([bytes(600), bytes(600)]);
    expect(over.status).toBe(413);
    expect(state.reads).toBe(before);
  });
});
