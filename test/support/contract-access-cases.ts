/** Contract cases: every route and role, tokens, scopes, JSON errors. */
import { expect, it } from 'vitest';
import { type ContractContext, MAIN, OTHER, registerAgency, XLSX } from './contract-context.js';
import { roleMatrixCases } from './contract-role-matrix.js';

/** Every authenticated route of the contract, with a path valid for agency A1 of MAIN. */
const ROUTES: [string, string][] = [
  ['GET', '/api/frameworks/local-mgi'],
  ['GET', '/api/assessments'],
  ['POST', '/api/assessments'],
  ['GET', `/api/assessments/${MAIN}`],
  ['PUT', `/api/assessments/${MAIN}/agencies/A1`],
  ['POST', `/api/assessments/${MAIN}/agencies/A1/token`],
  ['GET', `/api/assessments/${MAIN}/agencies`],
  ['GET', `/api/assessments/${MAIN}/template.xlsx?agency=A1&lang=en`],
  ['POST', `/api/assessments/${MAIN}/submissions?agency=A1`],
  ['POST', `/api/assessments/${MAIN}/responses`],
  ['GET', `/api/assessments/${MAIN}/submissions?agency=A1`],
  ['GET', `/api/assessments/${MAIN}/summary`],
  ['GET', `/api/assessments/${MAIN}/consolidated.xlsx?lang=en`],
  ['POST', `/api/assessments/${MAIN}/aggregate`],
];

const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

export function accessCases(ctx: ContractContext): void {
  roleMatrixCases(ctx);

  it('answers health without a token and nothing else', async () => {
    const health = await ctx.service.call('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    for (const [method, path] of ROUTES) {
      const res = await ctx.service.call(method, path);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect((await errorOf(res)).code).toBe('auth.missing_token');
    }
    const bad = await ctx.service.call('GET', `/api/assessments/${MAIN}`, {
      token: 'mgi_agy_not-a-real-token',
    });
    expect(bad.status).toBe(401);
    expect((await errorOf(bad)).code).toBe('auth.invalid_token');
  });

  it('keeps agency tokens to their own agency and assessment (403)', async () => {
    const a1 = ctx.tokens.A1;
    const forbidden: [string, string, unknown?][] = [
      ['GET', '/api/assessments'],
      ['POST', '/api/assessments', { id: 'x', name: 'x', frameworkId: 'local-mgi' }],
      ['GET', `/api/assessments/${OTHER}`],
      ['PUT', `/api/assessments/${MAIN}/agencies/A1`, { name: 'x', level: 'other' }],
      ['POST', `/api/assessments/${MAIN}/agencies/A2/token`],
      ['GET', `/api/assessments/${MAIN}/agencies`],
      ['GET', `/api/assessments/${MAIN}/template.xlsx?agency=A2`],
      ['GET', `/api/assessments/${OTHER}/template.xlsx?agency=B1`],
      ['POST', `/api/assessments/${MAIN}/submissions?agency=A2`],
      ['POST', `/api/assessments/${OTHER}/submissions`],
      ['POST', `/api/assessments/${OTHER}/responses`, { responses: [] }],
      ['GET', `/api/assessments/${MAIN}/submissions?agency=A2`],
      ['GET', `/api/assessments/${OTHER}/submissions`],
      ['GET', `/api/assessments/${MAIN}/summary`],
      ['GET', `/api/assessments/${MAIN}/consolidated.xlsx`],
      ['POST', `/api/assessments/${MAIN}/aggregate`],
    ];
    for (const [method, path, json] of forbidden) {
      const res = await ctx.service.call(method, path, { token: a1, json });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect((await errorOf(res)).code).toBe('auth.forbidden');
    }
    // The web form is the agencies' channel: the coordinator uploads workbooks on their behalf instead.
    const adminForm = await ctx.admin('POST', `/api/assessments/${MAIN}/responses`, {
      json: { responses: [] },
    });
    expect(adminForm.status).toBe(403);
  });

  it('lets an agency read its assessment, the framework and its own template', async () => {
    const a1 = ctx.tokens.A1;
    const assessment = await ctx.service.call('GET', `/api/assessments/${MAIN}`, { token: a1 });
    expect(assessment.status).toBe(200);
    expect(await assessment.json()).toMatchObject({ id: MAIN, frameworkId: 'local-mgi' });
    const framework = await ctx.service.call('GET', '/api/frameworks/local-mgi', { token: a1 });
    const body = (await framework.json()) as { domains: unknown[]; indicators: unknown[] };
    expect([body.domains.length, body.indicators.length]).toEqual([6, 76]);
    const template = await ctx.service.call('GET', `/api/assessments/${MAIN}/template.xlsx?lang=id`, {
      token: a1,
    });
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toBe(XLSX);
    expect(template.headers.get('content-disposition')).toContain(`mgi-${MAIN}-A1-id.xlsx`);
    const bytes = new Uint8Array(await template.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it('rotates a token (the old one stops with 401) and revokes one', async () => {
    const old = await registerAgency(ctx, 'ROT');
    const rotated = await ctx.admin('POST', `/api/assessments/${MAIN}/agencies/ROT/token`);
    expect(rotated.status).toBe(200);
    const { token } = (await rotated.json()) as { token: string };
    expect(token).toMatch(/^mgi_agy_[A-Za-z0-9_-]{43}$/);
    const before = await ctx.service.call('GET', `/api/assessments/${MAIN}`, { token: old });
    expect(before.status).toBe(401);
    expect((await errorOf(before)).code).toBe('auth.invalid_token');
    expect((await ctx.service.call('GET', `/api/assessments/${MAIN}`, { token })).status).toBe(200);
    expect((await ctx.admin('DELETE', `/api/assessments/${MAIN}/agencies/ROT/token`)).status).toBe(204);
    expect((await ctx.service.call('GET', `/api/assessments/${MAIN}`, { token })).status).toBe(401);
    // Tokens are stored only as hashes: no item holds the token text.
    expect(JSON.stringify(await ctx.service.scanAll())).not.toContain(token);
  });

  it('creates, lists and updates assessments and agencies as the coordinator', async () => {
    const list = (await (await ctx.admin('GET', '/api/assessments')).json()) as {
      assessments: { id: string }[];
    };
    expect(list.assessments.map((a) => a.id)).toEqual(expect.arrayContaining([MAIN, OTHER]));
    const dup = await ctx.admin('POST', '/api/assessments', {
      json: { id: MAIN, name: 'x', frameworkId: 'local-mgi' },
    });
    expect(dup.status).toBe(409);
    expect((await errorOf(dup)).code).toBe('assessment.exists');
    const badFw = await ctx.admin('POST', '/api/assessments', {
      json: { id: 'new-one', name: 'x', frameworkId: 'nope' },
    });
    expect([badFw.status, (await errorOf(badFw)).code]).toEqual([422, 'framework.not_found']);
    const update = await ctx.admin('PUT', `/api/assessments/${MAIN}/agencies/A2`, {
      json: { name: 'Dinas Tenaga Kerja', level: 'Kabupaten/Kota' },
    });
    expect(update.status).toBe(200);
    const updated = (await update.json()) as Record<string, unknown>;
    expect(updated.token).toBeUndefined();
    expect(updated.agency).toMatchObject({ code: 'A2', name: 'Dinas Tenaga Kerja', level: 'district' });
    const agencies = await ctx.admin('GET', `/api/assessments/${MAIN}/agencies`);
    const rows = ((await agencies.json()) as { agencies: { code: string; submitted: boolean }[] }).agencies;
    expect(rows.find((a) => a.code === 'A2')).toMatchObject({ submitted: false });
    expect((await ctx.admin('GET', '/api/assessments/nope')).status).toBe(404);
  });

  it('answers every error as JSON in the contract shape, in the user language', async () => {
    const invalid = await ctx.admin('POST', '/api/assessments', {
      json: { id: 'Bad Id!', name: '' },
      headers: { 'accept-language': 'id-ID,id;q=0.9,en;q=0.5' },
    });
    expect(invalid.status).toBe(422);
    const body = (await invalid.json()) as {
      error: { code: string; message: string; issues: { field: string }[] };
    };
    expect(body.error.code).toBe('request.invalid');
    expect(body.error.message).toContain('Permintaan tidak valid');
    expect(body.error.issues.map((i) => i.field)).toEqual(
      expect.arrayContaining(['id', 'name', 'frameworkId']),
    );
    const malformed = await ctx.service.call('POST', '/api/assessments', {
      token: ctx.service.adminToken,
      body: '{not json',
      headers: { 'content-type': 'application/json' },
    });
    expect([malformed.status, (await errorOf(malformed)).code]).toEqual([400, 'request.malformed']);
    const missing = await ctx.admin('GET', '/api/nowhere');
    expect([missing.status, (await errorOf(missing)).code]).toEqual([404, 'not_found']);
    const noAgency = await ctx.admin('GET', `/api/assessments/${MAIN}/template.xlsx`);
    expect([noAgency.status, (await errorOf(noAgency)).code]).toEqual([400, 'agency.required']);
  });

  it('answers a history of an unknown assessment or agency with 404, the assessment named first', async () => {
    const cases: [string, string][] = [
      [`/api/assessments/${MAIN}/submissions?agency=NOPE`, 'agency.not_found'],
      ['/api/assessments/nope/submissions?agency=A1', 'assessment.not_found'],
      ['/api/assessments/nope/submissions?agency=NOPE', 'assessment.not_found'],
      ['/api/assessments/nope/submissions', 'assessment.not_found'],
    ];
    for (const [path, code] of cases) {
      const res = await ctx.admin('GET', path);
      expect([res.status, (await errorOf(res)).code], path).toEqual([404, code]);
    }
  });

  it('answers summary, consolidated workbook and aggregation honestly when no aggregation is wired', async () => {
    for (const [method, path] of ROUTES.slice(-3)) {
      const res = await ctx.admin(method, path!);
      expect([res.status, (await errorOf(res)).code]).toEqual([501, 'not_implemented']);
    }
  });
}
