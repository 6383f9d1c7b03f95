/**
 * Issue 17, input edge cases and bounded opening, each with the file or request that broke it
 * (built in test/fixtures/hostile-files.ts): two `file` parts, rows written as `<x:row>`, the
 * missing `nosniff` and CSP on /api, formula-like text in the annotated copy, and a stored
 * rejected file with a million `<hyperlink>` elements behind the annotated download.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CSP } from '../functions/app/middleware/security-headers.js';
import { createApp } from '../functions/create-app.js';
import { rejectedFileKey } from '../functions/web/rejected-files.js';
import { SHEET_LIMITS } from '../shared/core/workbook/sheet-bounds.js';
import { XLSX_CONTENT_TYPE } from '../shared/core/xlsx.js';
import {
  filledTemplate,
  formulaLikeAnswers,
  hyperlinkBomb,
  macroWorkbook,
  prefixedRows,
} from './fixtures/hostile-files.js';
import { createAssessment, registerAgency } from './support/assessment-setup.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { startTestService, type TestService } from './support/test-service.js';
import { WebClient } from './support/web-client.js';

const AID = 'jateng-2026';

interface ErrorBody {
  error: { code: string; issues: { field: string | null; cell: string | null; code: string }[] };
}

let backend: DynamoBackend;
let service: TestService;
let agencyToken: string;
let bomb: Uint8Array;

beforeAll(async () => {
  backend = await startDynaliteBackend();
  service = await startTestService(backend);
  await createAssessment(service, AID);
  agencyToken = await registerAgency(service, AID, {
    code: 'DINKES',
    name: 'Dinas Kesehatan',
    level: 'provincial',
  });
  bomb = await hyperlinkBomb();
}, 120_000);

afterAll(async () => {
  await service?.close();
  await backend?.close();
});

/**
 * The table and the archive, to show a refused request changed neither (a refused upload is one
 * `submission.refused` entry in the audit log, by contract, so the log is left out).
 */
async function stored() {
  const items = (await service.scanAll()).filter((item) => !String(item.PK?.S ?? '').startsWith('AUDIT#'));
  return { items, files: (await service.archiveFiles()).sort() };
}

const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_CONTENT_TYPE });

async function upload(bytes: Uint8Array): Promise<Response> {
  return service.call('POST', `/api/assessments/${AID}/submissions`, {
    token: agencyToken,
    headers: { 'content-type': XLSX_CONTENT_TYPE },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
}

describe('a multipart body with two file parts', () => {
  it('is 400 upload.multiple_files naming the field, and nothing is stored (API)', async () => {
    const before = await stored();
    const form = new FormData();
    form.append('file', blob(macroWorkbook()), 'macro.xlsm');
    form.append('file', blob(await filledTemplate()), 'clean.xlsx');
    const res = await service.call('POST', `/api/assessments/${AID}/submissions`, {
      token: agencyToken,
      body: form,
    });
    const body = (await res.json()) as ErrorBody;
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error.code).toBe('upload.multiple_files');
    expect(body.error.issues.map((i) => [i.field, i.code])).toEqual([['file', 'upload.multiple_files']]);
    expect(await stored()).toEqual(before);
  });

  it('is a 400 page on the agency upload form, and nothing is stored', async () => {
    const web = new WebClient(createApp(service.deps));
    await web.signIn(agencyToken);
    const before = await stored();
    const form = new FormData();
    form.set('_csrf', await web.csrf('/agency/upload'));
    form.append('file', blob(macroWorkbook()), 'macro.xlsm');
    form.append('file', blob(await filledTemplate()), 'clean.xlsx');
    const res = await web.request('POST', '/agency/upload', { multipart: form });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('2 fields &quot;file&quot;');
    expect(await stored()).toEqual(before);
  });
});

describe('bounds counted on the XML as written', () => {
  it('300,000 rows written as <x:row> are 422 upload.too_many_rows, nothing stored', async () => {
    const before = await stored();
    const res = await upload(await prefixedRows(300_000));
    const body = (await res.json()) as ErrorBody;
    expect(res.status, JSON.stringify(body)).toBe(422);
    expect(body.error.code).toBe('upload.too_many_rows');
    expect(await stored()).toEqual(before);
  }, 60_000);

  it('a million <hyperlink> elements are 422 upload.too_complex on upload, nothing stored', async () => {
    const before = await stored();
    const res = await upload(bomb);
    const body = (await res.json()) as ErrorBody & { error: { message: string } };
    expect(res.status, JSON.stringify(body)).toBe(422);
    expect(body.error.code).toBe('upload.too_complex');
    expect(body.error.message).toContain('xl/worksheets/');
    expect(await stored()).toEqual(before);
  }, 60_000);

  it('the same file stored as a rejected upload: the annotated download is 422 upload.too_complex', async () => {
    const sha = 'a'.repeat(64);
    await service.deps.archive.put(rejectedFileKey(AID, 'DINKES', sha), bomb, XLSX_CONTENT_TYPE);
    const web = new WebClient(createApp(service.deps));
    await web.signIn(agencyToken);
    const res = await web.request('GET', `/agency/rejected/${sha}/annotated.xlsx`);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain(String(SHEET_LIMITS.elements));
  }, 60_000);
});

describe('formula-like text in the annotated copy', () => {
  it('gets the apostrophe that keeps it text, and uploads again with the text as typed', async () => {
    const { annotateWorkbook } = await import('../functions/web/annotate-workbook.js');
    const typed = '=HYPERLINK("http://evil.example","click")';
    const annotated = await annotateWorkbook(await formulaLikeAnswers(typed), []);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(annotated) as never);
    const texts: unknown[] = [];
    book.getWorksheet('Responses')!.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain(`'${typed}`);
    expect(texts).not.toContain(typed);
    const res = await upload(annotated);
    expect(res.status, await res.clone().text()).toBe(201);
    const answers = await service.store.getCurrentResponses(AID, 'DINKES');
    expect(answers?.find((r) => r.indicatorId === '1.01')?.justification).toBe(typed);
  }, 60_000);
});

describe('security headers on every response', () => {
  it.each([
    ['GET', '/api/health', undefined, 200],
    ['GET', '/api/assessments', undefined, 401],
    ['GET', '/api/nowhere', 'admin', 404],
    ['GET', `/api/assessments/${AID}/template.xlsx?agency=DINKES`, 'admin', 200],
    ['GET', `/api/assessments/${'x'.repeat(100)}`, 'admin', 400],
  ] as const)('%s %s → nosniff and the API CSP', async (method, path, who, status) => {
    const res = await service.call(method, path, who ? { token: service.adminToken } : {});
    expect(res.status).toBe(status);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe(API_CSP);
  });

  it('the pages keep their own CSP', async () => {
    const res = await service.call('GET', '/');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
