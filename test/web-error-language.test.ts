/**
 * One language per page (issue 15) and the API contract for error messages: an Indonesian file
 * uploaded from an English page shows its problems and warnings in English, while the API answers
 * about that file in the file's language. Real app through `app.request()`, dynalite store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../functions/create-app.js';
import { createAssessment, registerAgency } from './support/assessment-setup.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { startTestService, type TestService } from './support/test-service.js';
import { WebClient } from './support/web-client.js';
import { answerRows, filledWorkbook } from './support/workbooks.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The stored items an upload could change: everything but sessions and the audit log (a refusal is logged). */
async function dataItems(svc: TestService) {
  return (await svc.scanAll()).filter((item) => !/^(AUDIT#|SESSION)/.test(String(item.PK?.S)));
}
const AID = 'web-lang';

/** The shared browser-like client, with the upload form of the agency pages. */
class Browser extends WebClient {
  async upload(bytes: Uint8Array) {
    const form = new FormData();
    form.set('_csrf', await this.csrf('/agency/upload'));
    form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX }), 'isian.xlsx');
    return this.request('POST', '/agency/upload', { multipart: form });
  }
}

describe('error and issue messages in the language of the page, or of the file for the API', () => {
  let backend: DynamoBackend;
  let svc: TestService;
  let app: ReturnType<typeof createApp>;
  let token: string;

  beforeAll(async () => {
    backend = await startDynaliteBackend();
    svc = await startTestService(backend);
    app = createApp(svc.deps);
    await createAssessment(svc, AID, 'Bahasa');
    token = await registerAgency(svc, AID, { code: 'DINSOS', name: 'Dinas Sosial', level: 'provincial' });
  });
  afterAll(async () => {
    await svc?.close();
    await backend?.close();
  });

  /** An Indonesian template whose fifth answer is not an accepted one. */
  async function badIndonesianFile() {
    const rows = answerRows('lang');
    rows[4] = { ...rows[4]!, answer: 'Mungkin' };
    return filledWorkbook({ assessmentId: AID, agencyCode: 'DINSOS', rows, lang: 'id' });
  }

  it('shows the problems of an Indonesian file in English on an English page; nothing is stored', async () => {
    const before = await dataItems(svc);
    const browser = new Browser(app);
    await browser.request('GET', '/?lang=en');
    await browser.request('POST', '/signin', { form: { _csrf: await browser.csrf('/'), token } });
    const res = await browser.upload(await badIndonesianFile());
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<td data-label="Sheet">Isian</td>');
    expect(html).toContain('<td data-label="Indicator">1.05</td>');
    expect(html).toContain(
      '&quot;Mungkin&quot; is not an accepted answer for indicator 1.05. Choose Yes, Partially',
    );
    expect(html).toContain('Problems found in the workbook: 1. Nothing was saved.');
    expect(html).not.toContain('bukan jawaban yang diterima');
    expect(html).not.toContain('Buku kerja memiliki');
    expect(await svc.store.listSubmissions(AID, 'DINSOS')).toEqual([]);
    expect(await dataItems(svc)).toEqual(before);
  });

  it('shows them in Indonesian on an Indonesian page whatever the page asks of the API', async () => {
    const browser = new Browser(app);
    await browser.request('GET', '/?lang=id');
    await browser.request('POST', '/signin', { form: { _csrf: await browser.csrf('/'), token } });
    const en = await filledWorkbook({
      assessmentId: AID,
      agencyCode: 'DINSOS',
      rows: [{ ...answerRows('lang')[0]!, answer: 'Perhaps' }],
      lang: 'en',
    });
    const html = await (await browser.upload(en)).text();
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('&quot;Perhaps&quot; bukan jawaban yang diterima untuk indikator 1.01');
    expect(html).not.toContain('is not an accepted answer');
  });

  it('answers the API in the file language: code, status, cell, message, and no internal fields', async () => {
    const before = await dataItems(svc);
    const res = await svc.call('POST', `/api/assessments/${AID}/submissions`, {
      token,
      headers: { 'content-type': XLSX, 'accept-language': 'en' },
      body: (await badIndonesianFile()) as Uint8Array<ArrayBuffer>,
    });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: Record<string, unknown> & { issues: object[] } };
    expect(error.code).toBe('upload.invalid');
    expect(error.message).toBe(
      'Buku kerja memiliki 1 masalah; tidak ada yang disimpan. Perbaiki sel yang disebutkan lalu unggah kembali.',
    );
    expect(error.issues).toEqual([
      {
        sheet: 'Isian',
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
        indicatorId: '1.05',
        field: 'answer',
        code: 'answer.invalid',
        message: expect.stringContaining('"Mungkin" bukan jawaban yang diterima untuk indikator 1.05.'),
      },
    ]);
    expect(await dataItems(svc)).toEqual(before);
  });

  it('lists the warnings of an accepted Indonesian file in the page language, and in the file language in the API', async () => {
    const rows = answerRows('warn').map((row, i) => (i < 2 ? { ...row, answer: null } : row));
    const file = await filledWorkbook({ assessmentId: AID, agencyCode: 'DINSOS', rows, lang: 'id' });
    const browser = new Browser(app);
    await browser.request('GET', '/?lang=en');
    await browser.request('POST', '/signin', { form: { _csrf: await browser.csrf('/'), token } });
    const res = await browser.upload(file);
    expect(res.status).toBe(303);
    const page = await (await browser.request('GET', res.headers.get('location')!)).text();
    expect(page).toContain('Indicator 1.01 has no answer and is counted as unanswered.');
    expect(page).not.toContain('belum dijawab');

    const listed = await svc.call('GET', `/api/assessments/${AID}/submissions`, { token });
    const { submissions } = (await listed.json()) as { submissions: { warnings: object[] }[] };
    expect(submissions[0]!.warnings[0]).toEqual({
      sheet: 'Isian',
      cell: expect.any(String),
      indicatorId: '1.01',
      field: 'answer',
      code: 'answer.blank',
      message: expect.stringMatching(/^Indikator 1\.01 belum dijawab/),
    });
  });
});
