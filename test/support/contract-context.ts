/**
 * Shared set-up of the contract suite: one service on the chosen backend, two assessments and
 * three agencies registered through the API, their tokens kept for the cases.
 */
import { afterAll, beforeAll } from 'vitest';
import { createAssessment, registerAgency as registerOn } from './assessment-setup.js';
import { type BackendName, type DynamoBackend, startBackend } from './dynamo-backends.js';
import { type CallOptions, startTestService, type TestService } from './test-service.js';

export interface ContractContext {
  service: TestService;
  backend: DynamoBackend;
  /** Tokens of the registered agencies by code (`A1`, `A2` in `jateng`; `B1` in `other`). */
  tokens: Record<'A1' | 'A2' | 'B1', string>;
  admin(method: string, path: string, options?: Omit<CallOptions, 'token'>): Promise<Response>;
}

export const MAIN = 'jateng';
export const OTHER = 'other';

/** Registers before/after hooks and returns a context filled in by `beforeAll`. */
export function useContractContext(backendName: BackendName): ContractContext {
  const ctx = {} as ContractContext;
  beforeAll(async () => {
    ctx.backend = await startBackend(backendName);
    ctx.service = await startTestService(ctx.backend);
    ctx.admin = (method, path, options = {}) =>
      ctx.service.call(method, path, { ...options, token: ctx.service.adminToken });
    for (const id of [MAIN, OTHER]) await createAssessment(ctx.service, id, `Assessment ${id}`);
    const register = (aid: string, code: string) =>
      registerOn(ctx.service, aid, { code, name: `Agency ${code}`, level: 'provincial' });
    ctx.tokens = {
      A1: await register(MAIN, 'A1'),
      A2: await register(MAIN, 'A2'),
      B1: await register(OTHER, 'B1'),
    };
  });
  afterAll(async () => {
    await ctx.service?.close();
    await ctx.backend?.close();
  });
  return ctx;
}

/** Registers a fresh agency (for cases that need an untouched history) and returns its token. */
export function registerAgency(ctx: ContractContext, code: string, aid = MAIN): Promise<string> {
  return registerOn(ctx.service, aid, { code, name: `Agency ${code}`, level: 'district' });
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads workbook bytes as the raw body. */
export function upload(
  ctx: ContractContext,
  token: string,
  aid: string,
  bytes: Uint8Array,
  options: { agency?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const query = options.agency ? `?agency=${options.agency}` : '';
  return ctx.service.call('POST', `/api/assessments/${aid}/submissions${query}`, {
    token,
    body: bytes as Uint8Array<ArrayBuffer>,
    headers: { 'content-type': XLSX, ...options.headers },
  });
}
