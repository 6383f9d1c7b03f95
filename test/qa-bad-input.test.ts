/**
 * Bad input found in a QA pass over the running service: ids longer than any stored id (they used
 * to reach DynamoDB's key size limit and come back as a 500) and multipart bodies that cannot be
 * parsed (a 500 from the form parser). Each must be a 4xx with the contract's error body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, registerAgency, startAggregatingService } from './support/assessment-setup.js';
import type { DynamoBackend } from './support/dynamo-backends.js';
import type { TestService } from './support/test-service.js';

interface ErrorBody {
  error: {
    code: string;
    message: string;
    issues: {
      sheet: string | null;
      cell: string | null;
      field: string | null;
      code: string;
      message: string;
    }[];
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const LONG = 'a'.repeat(3000);

describe('QA: bad input is a 4xx with the error body, never a 500', () => {
  let backend: DynamoBackend;
  let service: TestService;
  let agencyToken: string;

  beforeAll(async () => {
    ({ backend, service } = await startAggregatingService());
    await createAssessment(service, 'qa-input');
    agencyToken = await registerAgency(service, 'qa-input', {
      code: 'BAPPEDA',
      name: 'Bappeda',
      level: 'provincial',
    });
  });

  afterAll(async () => {
    await service?.close();
    await backend?.close();
  });

  async function expectInvalid(res: Response, field: string): Promise<ErrorBody> {
    const body = (await res.json()) as ErrorBody;
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error.code).toBe('request.invalid');
    expect(body.error.issues.map((i) => i.field)).toContain(field);
    return body;
  }

  it.each([
    ['GET', `/api/assessments/${LONG}`, 'aid'],
    ['GET', `/api/assessments/${LONG}/agencies`, 'aid'],
    ['GET', `/api/assessments/${LONG}/summary`, 'aid'],
    ['GET', `/api/frameworks/${LONG}`, 'fid'],
    ['POST', `/api/assessments/qa-input/agencies/${LONG}/token`, 'code'],
    ['GET', `/api/assessments/qa-input/template.xlsx?agency=${LONG}`, 'agency'],
    ['GET', `/api/assessments/qa-input/submissions?agency=${LONG}`, 'agency'],
  ])('%s %s… answers 400 naming %s', async (method, path, field) => {
    await expectInvalid(await service.call(method, path, { token: service.adminToken }), field);
  });

  it('says it in Indonesian when asked', async () => {
    const res = await service.call('GET', `/api/assessments/${LONG}`, {
      token: service.adminToken,
      headers: { 'accept-language': 'id' },
    });
    const body = await expectInvalid(res, 'aid');
    expect(body.error.issues[0]?.message).toContain('paling banyak 64 karakter');
  });

  it('an id of 64 characters is still looked up (404, not 400)', async () => {
    const res = await service.call('GET', `/api/assessments/${'a'.repeat(64)}`, {
      token: service.adminToken,
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe('assessment.not_found');
  });

  it.each([
    ['a boundary that is not in the body', 'multipart/form-data; boundary=xyz'],
    ['no boundary at all', 'multipart/form-data'],
  ])('a multipart upload with %s is 400 upload.missing_file', async (_name, contentType) => {
    const res = await service.call('POST', '/api/assessments/qa-input/submissions', {
      token: agencyToken,
      headers: { 'content-type': contentType },
      body: 'garbage',
    });
    const body = (await res.json()) as ErrorBody;
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error.code).toBe('upload.missing_file');
    expect(body.error.issues).toEqual([]);
  });

  async function errorOf(res: Response, status: number): Promise<ErrorBody['error']> {
    const body = (await res.json()) as ErrorBody;
    expect(res.status, JSON.stringify(body)).toBe(status);
    return body.error;
  }

  const messagesByField = (error: ErrorBody['error']) =>
    Object.fromEntries(error.issues.map((i) => [i.field, i.message]));

  it('words each field problem in the language of the request', async () => {
    const bad = { id: 'Bad Id!', name: 'x'.repeat(201), frameworkId: 7 };
    const send = (lang?: string) =>
      service.call('POST', '/api/assessments', {
        token: service.adminToken,
        json: bad,
        headers: lang ? { 'accept-language': lang } : {},
      });
    const en = messagesByField(await errorOf(await send(), 422));
    expect(en).toEqual({
      id: '"id" must use lowercase letters, digits and single dashes, e.g. jatim-2026.',
      name: '"name" has at most 200 character(s).',
      frameworkId: '"frameworkId" must be text.',
    });
    const id = messagesByField(await errorOf(await send('id'), 422));
    expect(id).toEqual({
      id: '"id" harus memakai huruf kecil, angka dan tanda hubung tunggal, misalnya jatim-2026.',
      name: '"name" paling banyak 200 karakter.',
      frameworkId: '"frameworkId" harus berupa teks.',
    });
  });

  it('words a missing field, a bad level and a bad agency code in Indonesian when asked', async () => {
    const put = (code: string, json: unknown, lang: string) =>
      service.call('PUT', `/api/assessments/qa-input/agencies/${code}`, {
        token: service.adminToken,
        json,
        headers: { 'accept-language': lang },
      });
    const missing = messagesByField(await errorOf(await put('DINKES', { level: 'mars' }, 'id'), 422));
    expect(missing.name).toBe('"name" wajib diisi.');
    expect(missing.level).toMatch(/^"level" harus salah satu dari provincial, /);
    const english = messagesByField(await errorOf(await put('DINKES', { level: 'mars' }, 'en'), 422));
    expect(english.name).toBe('"name" is required.');
    expect(english.level).toMatch(/^"level" must be one of provincial, /);
    const code = await errorOf(await put('bad code', { name: 'X', level: 'ngo' }, 'id'), 400);
    expect(messagesByField(code).code).toContain('harus memakai huruf, angka, titik');
  });

  it.each([
    ['text/plain', '/api/assessments', 'adminToken'],
    ['application/x-www-form-urlencoded', '/api/assessments/qa-input/responses', 'agency'],
  ])('a JSON route sent %s is 415 request.unsupported_media_type', async (type, path, who) => {
    const res = await service.call('POST', path, {
      token: who === 'agency' ? agencyToken : service.adminToken,
      headers: { 'content-type': type, 'accept-language': 'id' },
      body: type === 'text/plain' ? JSON.stringify({ id: 'x', name: 'X', frameworkId: 'local-mgi' }) : 'a=1',
    });
    const error = await errorOf(res, 415);
    expect(error.code).toBe('request.unsupported_media_type');
    expect(error.message).toBe('Kirim JSON dengan Content-Type: application/json.');
  });

  it('a JSON route with no body is 400 request.malformed', async () => {
    const error = await errorOf(
      await service.call('POST', '/api/assessments', { token: service.adminToken }),
      400,
    );
    expect(error.code).toBe('request.malformed');
    expect(error.issues).toEqual([]);
    const typed = await service.call('POST', '/api/assessments', {
      token: service.adminToken,
      headers: { 'content-type': 'application/json' },
    });
    expect((await errorOf(typed, 400)).code).toBe('request.malformed');
  });

  it("another agency's template is 422 template.wrong_agency naming the metadata cell", async () => {
    await registerAgency(service, 'qa-input', { code: 'DINSOS', name: 'Dinsos', level: 'provincial' });
    const template = await service.call(
      'GET',
      '/api/assessments/qa-input/template.xlsx?agency=DINSOS&lang=id',
      {
        token: service.adminToken,
      },
    );
    expect(template.status).toBe(200);
    const res = await service.call('POST', '/api/assessments/qa-input/submissions', {
      token: agencyToken,
      headers: { 'content-type': XLSX },
      body: new Uint8Array(await template.arrayBuffer()),
    });
    const error = await errorOf(res, 422);
    expect(error.code).toBe('template.wrong_agency');
    expect(error.issues).toEqual([
      {
        sheet: '_mgi_meta',
        cell: 'B6',
        indicatorId: null,
        field: 'agencyCode',
        code: 'template.wrong_agency',
        message: error.message,
      },
    ]);
    expect(error.message).toContain('bukan instansi Anda "BAPPEDA"');
  });
});
