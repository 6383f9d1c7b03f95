/**
 * The API Lambda answers API Gateway HTTP API v2 events: JSON in and out, base64 xlsx uploads in,
 * base64 xlsx templates out, JSON errors. The deployed `handler` module is loaded with its real
 * config (table on dynalite through the SDK's endpoint variable); the upload, which also writes to
 * the archive, goes through the same `handle(createApp(...))` with the folder archive.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handle } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminToken } from '../functions/app/auth/tokens.js';
import { createApp } from '../functions/create-app.js';
import { FolderArchive } from '../shared/adapters/archive/folder-archive.js';
import { type EmbeddedDynamo, startDynalite } from '../shared/adapters/dynalite-server.js';
import { accountsAndAudit } from '../shared/adapters/dynamodb/account-store.js';
import { DynamoStore } from '../shared/adapters/dynamodb/dynamo-store.js';
import { systemClock } from '../shared/ports.js';
import { type HttpApiEvent, type HttpApiResult, httpApiEvent } from './support/api-gateway-event.js';
import { answerRows, filledWorkbook } from './support/workbooks.js';

const TABLE = 'mgi-lambda-test';
const ADMIN = 'mgi_adm_lambda_test_token_0123456789';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The part of the Lambda context the adapter reads. */
type Context = { awsRequestId: string; functionName: string; getRemainingTimeInMillis(): number };
type Handler = (event: HttpApiEvent, context: Context) => Promise<HttpApiResult>;

let dynamo: EmbeddedDynamo;
let handler: Handler;
let archiveDir: string;
const saved = { ...process.env };

const context: Context = {
  awsRequestId: 'req-1',
  functionName: 'api',
  getRemainingTimeInMillis: () => 29_000,
};
const auth = (token = ADMIN) => ({ authorization: `Bearer ${token}` });
const bodyOf = (res: HttpApiResult) =>
  JSON.parse(res.body) as Record<string, unknown> & { error?: { code: string } };

beforeAll(async () => {
  dynamo = await startDynalite({ tableName: TABLE });
  const seeded = new DynamoStore({ client: dynamo.client, tableName: TABLE });
  await ensureAdminToken(seeded, accountsAndAudit(dynamo.client, TABLE, seeded).accounts, ADMIN);
  Object.assign(process.env, {
    TABLE_NAME: TABLE,
    ARCHIVE_BUCKET: 'mgi-archive-test',
    AWS_REGION: 'ap-southeast-3',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    LOG_LEVEL: 'silent',
  });
  handler = (await import('../functions/api/lambda.js')).handler as unknown as Handler;
  archiveDir = await mkdtemp(join(tmpdir(), 'mgi-lambda-archive-'));
});

afterAll(async () => {
  process.env = saved;
  await dynamo?.close();
  if (archiveDir) await rm(archiveDir, { recursive: true, force: true });
});

describe('API Lambda handler (API Gateway HTTP API v2 events)', () => {
  it('answers health and JSON errors without a token', async () => {
    const health = await handler(httpApiEvent('GET', '/api/health'), context);
    expect([health.statusCode, bodyOf(health)]).toEqual([200, { ok: true }]);
    // The request is named by the Lambda invocation's id (API Gateway's id goes in the logs beside it).
    expect(health.headers['x-request-id']).toBe(context.awsRequestId);
    const denied = await handler(httpApiEvent('GET', '/api/assessments'), context);
    expect(denied.statusCode).toBe(401);
    expect(denied.headers['content-type']).toContain('application/json');
    expect(bodyOf(denied).error?.code).toBe('auth.missing_token');
  });

  it('creates an assessment and an agency, and serves the template as base64 xlsx', async () => {
    const created = await handler(
      httpApiEvent('POST', '/api/assessments', {
        headers: { ...auth(), 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'jateng', name: 'Central Java', frameworkId: 'local-mgi' }),
      }),
      context,
    );
    expect(created.statusCode).toBe(201);
    const agency = await handler(
      httpApiEvent('PUT', '/api/assessments/jateng/agencies/DINKES', {
        headers: { ...auth(), 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Dinas Kesehatan', level: 'provincial' }),
      }),
      context,
    );
    expect(agency.statusCode).toBe(201);
    const template = await handler(
      httpApiEvent('GET', '/api/assessments/jateng/template.xlsx?agency=DINKES&lang=id', { headers: auth() }),
      context,
    );
    expect(template.statusCode).toBe(200);
    expect(template.isBase64Encoded).toBe(true);
    expect(template.headers['content-type']).toBe(XLSX);
    const bytes = Buffer.from(template.body, 'base64');
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(bytes.byteLength).toBeGreaterThan(5000);
    const summary = await handler(
      httpApiEvent('GET', '/api/assessments/jateng/summary', { headers: auth() }),
      context,
    );
    expect(summary.statusCode).toBe(200);
    expect(bodyOf(summary)).toMatchObject({
      assessmentId: 'jateng',
      agencies: { registered: 1, submitted: 0 },
    });
  });

  it('refuses a base64 upload that is not a workbook with a JSON 415', async () => {
    const res = await handler(
      httpApiEvent('POST', '/api/assessments/jateng/submissions?agency=DINKES', {
        headers: { ...auth(), 'content-type': XLSX },
        body: new TextEncoder().encode('%PDF-1.7'),
      }),
      context,
    );
    expect([res.statusCode, bodyOf(res).error?.code]).toEqual([415, 'upload.not_a_workbook']);
  });

  it('accepts a base64 xlsx upload, raw and multipart', async () => {
    const store = new DynamoStore({ client: dynamo.client, tableName: TABLE });
    const app = createApp({
      store,
      tokens: store,
      ...accountsAndAudit(dynamo.client, TABLE, store),
      archive: new FolderArchive(archiveDir),
      clock: systemClock,
    });
    const local = handle(app) as unknown as Handler;
    const bytes = await filledWorkbook({
      assessmentId: 'jateng',
      agencyCode: 'DINKES',
      rows: answerRows('lambda'),
    });
    const raw = await local(
      httpApiEvent('POST', '/api/assessments/jateng/submissions?agency=DINKES', {
        headers: { ...auth(), 'content-type': XLSX },
        body: bytes,
      }),
      context,
    );
    expect(raw.statusCode).toBe(201);
    const { submission } = bodyOf(raw) as { submission: { id: string; counts: { yes: number } } };
    expect(submission.counts.yes).toBe(19);

    const boundary = '----mgiboundary7MA4YWxkTrZu0gW';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="t.xlsx"\r\nContent-Type: ${XLSX}\r\n\r\n`;
    const multipart = Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const again = await local(
      httpApiEvent('POST', '/api/assessments/jateng/submissions?agency=DINKES', {
        headers: { ...auth(), 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: new Uint8Array(multipart),
      }),
      context,
    );
    expect(again.statusCode).toBe(200);
    expect((bodyOf(again) as { submission: { id: string } }).submission.id).toBe(submission.id);

    // The deployed handler reads what the upload wrote: the history and the pre-filled template.
    const history = await handler(
      httpApiEvent('GET', '/api/assessments/jateng/submissions?agency=DINKES', { headers: auth() }),
      context,
    );
    expect((bodyOf(history) as { submissions: { id: string }[] }).submissions.map((s) => s.id)).toEqual([
      submission.id,
    ]);
  });
});
