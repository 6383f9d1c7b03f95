/**
 * Agency records over real HTTP (contacts, case-insensitive codes, versions, disable/enable, the
 * audit entries of every write), run against dynalite and DynamoDB Local.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAggregationService } from '../../functions/aggregate/aggregation-service.js';
import type { DynamoAuditLog } from '../../shared/adapters/dynamodb/audit-log.js';
import type { AuditEntry } from '../../shared/core/audit/audit-entry.js';
import { createAssessment } from './assessment-setup.js';
import { type BackendName, type DynamoBackend, startBackend } from './dynamo-backends.js';
import { startTestService, type TestService } from './test-service.js';

const AID = 'jateng-ops';
const path = (code: string, tail = '') => `/api/assessments/${AID}/agencies/${code}${tail}`;

/** The shared cases; one describe per backend calls this. */
export function agencyOpsCases(backendName: BackendName): void {
  let backend: DynamoBackend;
  let service: TestService;
  const admin = () => service.adminToken;
  const put = (code: string, json: unknown) => service.call('PUT', path(code), { token: admin(), json });
  const audit = (action?: string): Promise<AuditEntry[]> =>
    service.deps.audit.list(AID).then((all) => all.filter((e) => !action || e.action === action));

  beforeAll(async () => {
    backend = await startBackend(backendName);
    service = await startTestService(backend);
    service.deps.aggregation = createAggregationService(service.deps);
    await createAssessment(service, AID);
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    await backend?.close();
  });

  it('registers with contacts under an upper-case code, once, and shows them in the list', async () => {
    const res = await put('dinkes', {
      name: 'Dinas Kesehatan',
      level: 'provincial',
      contactName: ' Ibu Sari ',
      email: 'sari@dinkes.jatengprov.go.id',
      phone: '+62 24 3511 234',
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { agency: Record<string, unknown>; token: string };
    expect(body.token).toMatch(/^mgi_agy_/);
    expect(body.agency).toMatchObject({
      code: 'DINKES',
      contactName: 'Ibu Sari',
      version: 1,
      disabled: false,
    });
    // The same code in another case is the same agency: an update, no second token.
    const again = await put('DinKes', { name: 'Dinas Kesehatan Provinsi', level: 'provincial' });
    expect(again.status).toBe(200);
    expect(await again.json()).not.toHaveProperty('token');
    const list = (await (
      await service.call('GET', `/api/assessments/${AID}/agencies`, { token: admin() })
    ).json()) as {
      agencies: Record<string, unknown>[];
    };
    expect(list.agencies).toHaveLength(1);
    expect(list.agencies[0]).toMatchObject({
      code: 'DINKES',
      name: 'Dinas Kesehatan Provinsi',
      contactName: 'Ibu Sari',
      email: 'sari@dinkes.jatengprov.go.id',
      phone: '+62 24 3511 234',
      lang: 'id',
      version: 2,
      submitted: false,
    });
    // The token works on the agency's own routes whatever case the path uses.
    const own = await service.call('GET', `/api/assessments/${AID}/submissions?agency=dinkes`, {
      token: body.token,
    });
    expect(own.status).toBe(200);
    const [created, updated] = [await audit('agency.created'), await audit('agency.updated')];
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      target: 'agency:DINKES',
      before: null,
      after: { email: 'sari@dinkes.jatengprov.go.id' },
    });
    expect(updated[0]).toMatchObject({
      before: { name: 'Dinas Kesehatan' },
      after: { name: 'Dinas Kesehatan Provinsi' },
    });
    expect(JSON.stringify(await audit())).not.toMatch(/mgi_agy_|tokenHash/);
  });

  it('refuses a malformed e-mail, phone or contact name naming the field, and changes nothing', async () => {
    const before = await service.scanAll();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ email: 'sari(at)dinkes' }, 'email', 'agency.email_invalid'],
      [{ email: 'a@b' }, 'email', 'agency.email_invalid'],
      [{ phone: '12345' }, 'phone', 'agency.phone_invalid'],
      [{ phone: '0812-ABC-99' }, 'phone', 'agency.phone_invalid'],
      [{ contactName: 'x'.repeat(201) }, 'contactName', 'agency.contact_too_long'],
    ];
    for (const [fields, field, code] of cases) {
      const res = await put('DINKES', { name: 'Dinas Kesehatan', level: 'provincial', ...fields });
      expect(res.status, JSON.stringify(fields)).toBe(422);
      const { error } = (await res.json()) as {
        error: { code: string; issues: { field: string; code: string }[] };
      };
      expect(error.code).toBe('agency.invalid');
      expect(error.issues).toEqual([expect.objectContaining({ field, code })]);
    }
    const bad = await put('DINKES', { name: '', level: 'provincial' });
    expect(bad.status).toBe(422);
    const { error } = (await bad.json()) as { error: { issues: { field: string }[] } };
    expect(error.issues[0]!.field).toBe('name');
    const badCode = await put('DIN KES', { name: 'x', level: 'provincial' });
    expect(badCode.status).toBe(400);
    expect(await service.scanAll()).toEqual(before);
  });

  it('answers 409 agency.conflict with the current record for a stale version', async () => {
    const before = await service.scanAll();
    const res = await put('dinkes', { name: 'Stale', level: 'provincial', version: 1 });
    expect(res.status).toBe(409);
    const { error } = (await res.json()) as {
      error: { code: string; current: { version: number; name: string } };
    };
    expect(error.code).toBe('agency.conflict');
    expect(error.current).toMatchObject({ version: 2, name: 'Dinas Kesehatan Provinsi' });
    expect(await service.scanAll()).toEqual(before);
    const ok = await put('dinkes', {
      name: 'Dinas Kesehatan Provinsi',
      level: 'provincial',
      email: null,
      version: 2,
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { agency: { email: unknown; version: number } }).agency).toMatchObject({
      email: null,
      version: 3,
    });
  });

  it('disables an agency: its token stops working, it leaves missing and registered; enable restores both', async () => {
    const tokenRes = await put('bappeda', { name: 'Bappeda', level: 'provincial' });
    const token = ((await tokenRes.json()) as { token: string }).token;
    const own = () => service.call('GET', `/api/assessments/${AID}/submissions?agency=BAPPEDA`, { token });
    const summary = async () =>
      (await (await service.call('GET', `/api/assessments/${AID}/summary`, { token: admin() })).json()) as {
        agencies: { registered: number; missing: string[] };
      };
    expect((await summary()).agencies).toMatchObject({ registered: 2, missing: ['BAPPEDA', 'DINKES'] });

    const off = await service.call('POST', path('bappeda', '/disable'), { token: admin() });
    expect(off.status).toBe(200);
    expect(((await off.json()) as { agency: { disabled: boolean } }).agency.disabled).toBe(true);
    expect((await own()).status).toBe(401);
    expect((await summary()).agencies).toMatchObject({ registered: 1, missing: ['DINKES'] });
    const rotate = await service.call('POST', path('BAPPEDA', '/token'), { token: admin() });
    expect(rotate.status).toBe(409);
    expect(((await rotate.json()) as { error: { code: string } }).error.code).toBe('agency.disabled');

    const on = await service.call('POST', path('Bappeda', '/enable'), { token: admin() });
    expect(on.status).toBe(200);
    expect((await own()).status).toBe(200);
    expect((await summary()).agencies.registered).toBe(2);
    expect((await audit('agency.disabled')).length).toBe(1);
    expect((await audit('agency.enabled')).length).toBe(1);
  });

  it('rotates and revokes tokens with one audit entry each, never the token', async () => {
    const rotated = await service.call('POST', path('dinkes', '/token'), { token: admin() });
    expect(rotated.status).toBe(200);
    const { token } = (await rotated.json()) as { token: string };
    expect(
      (await service.call('GET', `/api/assessments/${AID}/agencies/DINKES/responses`, { token })).status,
    ).not.toBe(401);
    const revoked = await service.call('DELETE', path('DINKES', '/token'), { token: admin() });
    expect(revoked.status).toBe(204);
    const after = await service.call('GET', `/api/assessments/${AID}/submissions?agency=DINKES`, { token });
    expect(after.status).toBe(401);
    const issued = await audit('agency.token_issued');
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({ before: { hasToken: true }, after: { hasToken: true } });
    expect((await audit('agency.token_revoked'))[0]).toMatchObject({ after: { hasToken: false } });
    expect(JSON.stringify(await audit())).not.toContain(token);
  });

  it('answers 404 for an unknown agency on every write', async () => {
    for (const [method, tail] of [
      ['POST', '/token'],
      ['DELETE', '/token'],
      ['POST', '/disable'],
      ['POST', '/enable'],
    ] as const) {
      const res = await service.call(method, path('NOPE', tail), { token: admin() });
      expect(res.status, `${method} ${tail}`).toBe(404);
    }
  });
  it('a crash between the audit entry and the write leaves neither; a crash after the write keeps both', async () => {
    const log = service.deps.audit as DynamoAuditLog;
    const crash = () => {
      throw new Error('simulated crash');
    };
    const listed = async () =>
      (
        (await (
          await service.call('GET', `/api/assessments/${AID}/agencies`, { token: admin() })
        ).json()) as {
          agencies: { code: string }[];
        }
      ).agencies.map((a) => a.code);
    log.hooks = { afterPending: crash };
    expect((await put('CRASH1', { name: 'Crash before', level: 'ngo' })).status).toBe(500);
    log.hooks = { afterAction: crash };
    expect((await put('CRASH2', { name: 'Crash after', level: 'ngo' })).status).toBe(500);
    log.hooks = undefined;
    expect(await listed()).not.toContain('CRASH1');
    expect(await listed()).toContain('CRASH2');
    const created = (await audit('agency.created')).map((e) => e.target);
    expect(created.filter((t) => t === 'agency:CRASH1')).toEqual([]);
    expect(created.filter((t) => t === 'agency:CRASH2')).toEqual(['agency:CRASH2']);
  });
}
