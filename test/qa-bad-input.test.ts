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
  error: { code: string; message: string; issues: { field: string | null; message: string }[] };
}

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
});
