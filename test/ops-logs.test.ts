/** Structured logs of the app: a request id on every line, no token or file content, upload metrics. */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../functions/create-app.js';
import { DEMO_AGENCIES } from '../shared/core/demo/demo-agencies.js';
import { breakRows } from '../shared/core/demo/demo-plan.js';
import { demoResponses, toTemplateRows } from '../shared/core/demo/demo-responses.js';
import { fillTemplate } from '../shared/core/demo/fill-template.js';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import { createLogger } from '../shared/observability/logger.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { startTestService, type TestService } from './support/test-service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AID = 'logs-2026';
const agency = DEMO_AGENCIES.find((a) => a.code === 'BP3MI-JATENG')!;

let backend: DynamoBackend;
let service: TestService;
let raw = '';
const lines = (): Record<string, unknown>[] =>
  raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const secrets: string[] = [];

beforeAll(async () => {
  backend = await startDynaliteBackend();
  service = await startTestService(backend);
  secrets.push(service.adminToken);
});

afterAll(async () => {
  await service?.close();
  await backend?.close();
});

describe('request logs', () => {
  it('carry the request id of each request, never a token or file content, and count uploads', async () => {
    const destination = new Writable({
      write(chunk, _enc, done) {
        raw += chunk.toString();
        done();
      },
    });
    const app = createApp({ ...service.deps, logger: createLogger({ destination, level: 'debug' }) });
    const call = (
      method: string,
      path: string,
      init: { token?: string; json?: unknown; body?: Uint8Array } = {},
    ) => {
      const headers: Record<string, string> = {};
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      if (init.json !== undefined) headers['content-type'] = 'application/json';
      if (init.body) headers['content-type'] = XLSX;
      const body =
        init.json !== undefined ? JSON.stringify(init.json) : (init.body as Uint8Array<ArrayBuffer>);
      return app.request(path, { method, headers, body });
    };
    const admin = service.adminToken;
    expect(
      (
        await call('POST', '/api/assessments', {
          token: admin,
          json: { id: AID, name: 'Logs', frameworkId: 'local-mgi' },
        })
      ).status,
    ).toBe(201);
    const put = await call('PUT', `/api/assessments/${AID}/agencies/${agency.code}`, {
      token: admin,
      json: { name: agency.name, level: agency.level },
    });
    const token = ((await put.json()) as { token: string }).token;
    secrets.push(token);

    const template = await call('GET', `/api/assessments/${AID}/template.xlsx?lang=${agency.lang}`, {
      token,
    });
    const rows = toTemplateRows(demoResponses(LOCAL_MGI_FRAMEWORK, agency, 'logs'), agency.lang);
    const templateBytes = new Uint8Array(await template.arrayBuffer());
    const good = await fillTemplate(templateBytes, rows);
    const bad = await fillTemplate(templateBytes, breakRows(rows, 'short_justification', agency.lang));
    const accepted = await call('POST', `/api/assessments/${AID}/submissions`, { token, body: good });
    expect(accepted.status).toBe(201);
    const rejected = await call('POST', `/api/assessments/${AID}/submissions`, { token, body: bad });
    expect(rejected.status).toBe(422);
    const forged = await call('GET', `/api/assessments/${AID}?token=${token}`, { token: `${token}x` });
    expect(forged.status).toBe(401);

    const all = lines();
    const requests = all.filter((l) => l.msg === 'request');
    expect(requests.map((l) => [l.method, l.status])).toEqual([
      ['POST', 201],
      ['PUT', 201],
      ['GET', 200],
      ['POST', 201],
      ['POST', 422],
      ['GET', 401],
    ]);
    // Every line written while serving a request carries that request's id (the X-Request-Id header).
    expect(all.every((l) => typeof l.requestId === 'string' && l.requestId !== 'none')).toBe(true);
    expect(requests[3]!.requestId).toBe(accepted.headers.get('x-request-id'));
    expect(requests[4]!.requestId).toBe(rejected.headers.get('x-request-id'));
    expect(new Set(requests.map((l) => l.requestId)).size).toBe(6);
    expect(requests[5]!.path).toBe(`/api/assessments/${AID}`);

    for (const secret of secrets) expect(raw).not.toContain(secret.slice(8));
    const justification = rows.find((r) => r.justification)!.justification!;
    expect(raw).not.toContain(justification.slice(0, 30));

    const metrics = all.filter((l) => l._aws);
    expect(
      metrics.map((m) => [m.Outcome ?? null, m.ErrorCode ?? m.IssueCode, m.Uploads ?? m.UploadIssues]),
    ).toEqual([
      ['accepted', 'none', 1],
      ['rejected', ((await rejected.json()) as { error: { code: string } }).error.code, 1],
      [null, 'justification.too_short', 3],
    ]);
  });
});
