/**
 * Setting up assessments through the running test service, as a coordinator would over the API:
 * a service that can aggregate, an assessment, and its registered agencies.
 */
import { expect } from 'vitest';
import { createAggregationService } from '../../functions/aggregate/aggregation-service.js';
import { type DynamoBackend, startDynaliteBackend } from './dynamo-backends.js';
import { startTestService, type TestService } from './test-service.js';

/** A test service on a fresh dynalite backend, with the aggregation service wired in. */
export async function startAggregatingService(): Promise<{ backend: DynamoBackend; service: TestService }> {
  const backend = await startDynaliteBackend();
  const service = await startTestService(backend);
  service.deps.aggregation = createAggregationService(service.deps);
  return { backend, service };
}

/** Creates an assessment on the `local-mgi` framework as the admin; fails the test unless 201. */
export async function createAssessment(service: TestService, id: string, name: string = id): Promise<void> {
  const res = await service.call('POST', '/api/assessments', {
    token: service.adminToken,
    json: { id, name, frameworkId: 'local-mgi' },
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

/** Registers an agency as the admin and returns its new token; fails the test unless 201. */
export async function registerAgency(
  service: TestService,
  assessmentId: string,
  agency: { code: string; name: string; level: string },
): Promise<string> {
  const res = await service.call('PUT', `/api/assessments/${assessmentId}/agencies/${agency.code}`, {
    token: service.adminToken,
    json: { name: agency.name, level: agency.level },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { token: string }).token;
}
