/**
 * The API bundle exactly as a deploy uploads it (CDK synth with the local esbuild), loaded in a
 * fresh Node process laid out like a Lambda task (bundle + runtime-provided AWS SDK only), answers
 * API Gateway HTTP API v2 events: health, a template download (exceljs loaded lazily inside the
 * bundle) and an upload of that blank template (the workbook reader inside the bundle). The
 * aggregation bundle runs one scheduled invocation the same way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminToken } from '../functions/app/auth/tokens.js';
import { type FunctionBundle, synthFunctionBundles } from '../infra/function-assets.js';
import { type EmbeddedDynamo, startDynalite } from '../shared/adapters/dynalite-server.js';
import { accountsAndAudit } from '../shared/adapters/dynamodb/account-store.js';
import { DynamoStore } from '../shared/adapters/dynamodb/dynamo-store.js';
import { httpApiEvent } from './support/http-api-event.js';
import { prepareSandbox, runInFreshNode, type SandboxRun } from './support/lambda-sandbox.js';

const TABLE = 'mgi-bundle-test';
const ADMIN = 'mgi_adm_bundle_test_token_0123456789abcdef';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Our own code with hono, zod and the smaller libraries (~630 KiB with the second half). exceljs
// (~1 MB) and docx (~1 MB) ship beside the bundle as packages and load on first use: in the bundle
// they were compiled at every cold start. resvg's WebAssembly and the font load on the first report.
const BUDGET_BYTES = 1024 * 1024;

interface LambdaResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

let work: string;
let dynamo: EmbeddedDynamo;
let api: FunctionBundle;
let aggregate: FunctionBundle;
let aggregateRun: SandboxRun<{ results: unknown[] }>;
let run: SandboxRun<LambdaResult>;
let uploadRun: SandboxRun<LambdaResult>;

const admin = { authorization: `Bearer ${ADMIN}` };
const json = { ...admin, 'content-type': 'application/json' };
const decode = (res: LambdaResult) => Buffer.from(res.body, res.isBase64Encoded ? 'base64' : 'utf8');

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'mgi-infra-bundle-'));
  ({ api, aggregate } = synthFunctionBundles(path.join(work, 'cdk.out')));
  dynamo = await startDynalite({ tableName: TABLE });
  const seeded = new DynamoStore({ client: dynamo.client, tableName: TABLE });
  await ensureAdminToken(seeded, accountsAndAudit(dynamo.client, TABLE, seeded).accounts, ADMIN);
  const sandbox = prepareSandbox(api, path.join(work, 'task'));
  // The environment the stack gives the function, with the table reached through the SDK's own
  // endpoint variable; the bucket is never touched by these requests.
  const env = {
    TABLE_NAME: TABLE,
    ARCHIVE_BUCKET: 'mgi-bundle-test-archive',
    LOG_LEVEL: 'silent',
    NODE_OPTIONS: '--enable-source-maps',
    AWS_REGION: 'ap-southeast-3',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
  };
  // The scheduled run first, on the still-empty table: it loads, lists assessments, finds none.
  aggregateRun = await runInFreshNode<{ results: unknown[] }>(
    prepareSandbox(aggregate, path.join(work, 'aggregate-task')),
    [{}],
    env,
  );
  run = await runInFreshNode<LambdaResult>(
    sandbox,
    [
      httpApiEvent({ method: 'GET', path: '/api/health' }),
      httpApiEvent({
        method: 'POST',
        path: '/api/assessments',
        headers: json,
        body: JSON.stringify({ id: 'jateng', name: 'Central Java', frameworkId: 'local-mgi' }),
      }),
      httpApiEvent({
        method: 'PUT',
        path: '/api/assessments/jateng/agencies/DINKES',
        headers: json,
        body: JSON.stringify({ name: 'Dinas Kesehatan', level: 'provincial' }),
      }),
      httpApiEvent({
        method: 'GET',
        path: '/api/assessments/jateng/template.xlsx?agency=DINKES&lang=id',
        headers: admin,
      }),
    ],
    env,
  );
  const template = run.results[3]?.response;
  if (template?.statusCode !== 200) throw new Error(`template download failed: ${JSON.stringify(template)}`);
  uploadRun = await runInFreshNode<LambdaResult>(
    sandbox,
    [
      httpApiEvent({
        method: 'POST',
        path: '/api/assessments/jateng/submissions?agency=DINKES',
        headers: { ...admin, 'content-type': XLSX },
        body: decode(template),
      }),
      httpApiEvent({ method: 'GET', path: '/api/assessments/jateng/report.docx?lang=id', headers: admin }),
    ],
    env,
  );
}, 180_000);

afterAll(async () => {
  await dynamo?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('bundled aggregation handler in a fresh Node process', () => {
  it('runs a scheduled invocation against the table', () => {
    expect(aggregate.bytes).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(aggregateRun.results[0]?.response).toEqual({ results: [] });
  });
});

describe('bundled API handler in a fresh Node process', () => {
  it('stays within the 1 MB bundle budget (exceljs and docx, ~1 MB each, cannot be in it)', () => {
    expect(api.bytes).toBeGreaterThan(100_000);
    expect(api.bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('loads neither the S3 SDK nor docx at init: only the DynamoDB client is needed for most requests', () => {
    expect(run.initPackages).toContain('@aws-sdk/client-dynamodb');
    expect(run.initPackages).not.toContain('@aws-sdk/client-s3');
    expect(run.initPackages).not.toContain('@aws-sdk/s3-request-presigner');
    expect(run.initPackages).not.toContain('docx');
  });

  it('answers GET /api/health', () => {
    const res = run.results[0]!.response;
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(decode(res).toString('utf8'))).toEqual({ ok: true });
  });

  it('creates an assessment and an agency in the table', () => {
    expect(run.results[1]!.response.statusCode).toBe(201);
    const agency = run.results[2]!.response;
    expect(agency.statusCode).toBe(201);
    expect(JSON.parse(decode(agency).toString('utf8')).token).toMatch(/\S{32,}/);
  });

  it('serves the Indonesian template as base64 xlsx bytes', async () => {
    const res = run.results[3]!.response;
    expect(res.isBase64Encoded).toBe(true);
    expect(res.headers['content-type']).toBe(XLSX);
    const bytes = decode(res);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const texts = workbook.worksheets.flatMap((sheet) => {
      const out: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value))));
      return out;
    });
    expect(texts).toContain('Jawaban');
    expect(texts).toContain('1.01');
    expect(texts).toContain('6.13');
  });

  it('writes the Word report with its chart (resvg WebAssembly and font read beside the bundle)', () => {
    const res = uploadRun.results[1]!.response;
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const files = unzipSync(new Uint8Array(decode(res)));
    const document = strFromU8(files['word/document.xml']!);
    expect(document).toContain('Lampiran 1: Semua indikator');
    expect(document).toContain('Hak-hak migran');
    expect(files['word/media/image1.png']?.byteLength).toBeGreaterThan(5_000);
  });

  it('reads an uploaded workbook: the blank template is refused as a submission with no answer', () => {
    const res = uploadRun.results[0]!.response;
    expect(res.statusCode).toBe(422);
    const body = JSON.parse(decode(res).toString('utf8')) as { error: { issues: { code: string }[] } };
    expect(body.error.issues.map((issue) => issue.code)).toContain('submission.empty');
  });
});
