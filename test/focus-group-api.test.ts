/**
 * The focus-group API over real HTTP on dynalite: validated answers, findings per domain, the
 * summary's additions, who may do what, and every bad input a coordinator can send (status, code,
 * the field it names, data unchanged).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../functions/app/auth/tokens.js';
import { SYSTEM_ACTOR } from '../shared/core/audit/audit-entry.js';
import { summarySchema } from '../shared/core/summary/summary-schema.js';
import { createAssessment, registerAgency, startAggregatingService } from './support/assessment-setup.js';
import type { DynamoBackend } from './support/dynamo-backends.js';
import type { TestService } from './support/test-service.js';

const AID = 'fg-api';
let backend: DynamoBackend;
let svc: TestService;
let editor: string;
let viewer: string;
let agencyToken: string;

interface ErrorBody {
  error: { code: string; message: string; issues: { field: string | null }[]; current?: unknown };
}

async function account(role: 'editor' | 'viewer'): Promise<string> {
  const token = `mgi_acc_test_${role}_${Math.random().toString(36).slice(2)}`;
  await svc.deps.accounts.create(
    { name: `An ${role}`, email: `${role}@example.org`, role, assessments: [AID] },
    hashToken(token),
    SYSTEM_ACTOR,
  );
  return token;
}

/** One agency's answers: yes with a justification for the listed ids, no for the others of domain 1. */
async function submit(token: string, yes: string[], no: string[]) {
  const responses = [
    ...yes.map((indicatorId) => ({
      indicatorId,
      answer: 'yes',
      justificationType: 'regulation',
      justification: 'Peraturan Daerah Nomor 5 Tahun 2020',
      evidence: null,
    })),
    ...no.map((indicatorId) => ({
      indicatorId,
      answer: 'no',
      justificationType: null,
      justification: null,
      evidence: null,
    })),
  ];
  const res = await svc.call('POST', `/api/assessments/${AID}/responses`, { token, json: { responses } });
  expect(res.status, await res.clone().text()).toBe(201);
}

beforeAll(async () => {
  ({ backend, service: svc } = await startAggregatingService());
  await createAssessment(svc, AID);
  agencyToken = await registerAgency(svc, AID, {
    code: 'DINKES',
    name: 'Dinas Kesehatan',
    level: 'province',
  });
  const other = await registerAgency(svc, AID, { code: 'BAPPEDA', name: 'Bappeda', level: 'province' });
  await submit(agencyToken, ['1.01', '1.02', '1.03'], ['1.04']);
  await submit(other, ['1.02', '1.03'], ['1.01', '1.04']);
  editor = await account('editor');
  viewer = await account('viewer');
}, 60_000);

afterAll(async () => {
  await svc?.close();
  await backend?.close();
});

const put = (path: string, json: unknown, token = editor) =>
  svc.call('PUT', `/api/assessments/${AID}${path}`, { token, json });

describe('validated answers', () => {
  it('PUT records the answer; the summary shows validated, final, finalScore and validatedCount', async () => {
    const res = await put('/validation/1.01', {
      answer: 'yes',
      note: '  Perda 5/2020 covers it  ',
      sources: ['Perda 5/2020'],
      version: 0,
    });
    expect(res.status).toBe(200);
    const { validated } = (await res.json()) as { validated: Record<string, unknown> };
    expect(validated).toMatchObject({
      indicatorId: '1.01',
      answer: 'yes',
      note: 'Perda 5/2020 covers it',
      version: 1,
    });
    expect(validated.updatedBy).toMatchObject({ kind: 'account', name: 'An editor' });
    const summary = summarySchema.parse(
      await (await svc.call('GET', `/api/assessments/${AID}/summary`, { token: viewer })).json(),
    );
    expect(summary.indicators[0]).toMatchObject({
      id: '1.01',
      consensus: 'partially',
      split: 0.5,
      contested: true,
      validated: 'yes',
      final: 'yes',
    });
    expect(summary.domains[0]).toMatchObject({ validatedCount: 1, score: 62.5, finalScore: 75 });
    const entries = await svc.deps.audit.list(AID);
    expect(entries.filter((e) => e.action === 'validation.set')).toHaveLength(1);
  });

  it('two coordinators at once: one 200, the other 409 validation.conflict with the current answer', async () => {
    const body = (answer: string) => ({ answer, version: 0 });
    const [a, b] = await Promise.all([
      put('/validation/1.04', body('no')),
      put('/validation/1.04', body('partially')),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? a : b;
    const { validated } = (await winner.json()) as { validated: { answer: string } };
    const error = ((await loser.json()) as ErrorBody).error;
    expect(error.code).toBe('validation.conflict');
    expect(error.current).toMatchObject({ answer: validated.answer, version: 1 });
    // The loser re-reads and writes on top of the winner: nothing is lost.
    const retry = await put('/validation/1.04', { answer: 'no', version: 1 });
    expect(retry.status).toBe(200);
    const audit = (await svc.deps.audit.list(AID)).filter((e) => e.target === 'indicator:1.04');
    expect(audit).toHaveLength(2);
  });

  it('DELETE clears (204); again is 404; a stale version is 409', async () => {
    await put('/validation/1.03', { answer: 'partially' });
    const stale = await svc.call('DELETE', `/api/assessments/${AID}/validation/1.03?version=7`, {
      token: editor,
    });
    expect(stale.status).toBe(409);
    const ok = await svc.call('DELETE', `/api/assessments/${AID}/validation/1.03`, {
      token: editor,
      headers: { 'if-match': '"1"' },
    });
    expect(ok.status).toBe(204);
    const again = await svc.call('DELETE', `/api/assessments/${AID}/validation/1.03`, { token: editor });
    expect(again.status).toBe(404);
    expect(((await again.json()) as ErrorBody).error.code).toBe('validation.not_found');
    const list = (await (
      await svc.call('GET', `/api/assessments/${AID}/validation`, { token: viewer })
    ).json()) as {
      validated: { indicatorId: string }[];
      versions: Record<string, number>;
    };
    expect(list.validated.map((v) => v.indicatorId)).not.toContain('1.03');
    expect(list.versions['1.03']).toBe(2);
  });

  it.each([
    [
      'an unknown indicator',
      '/validation/9.99',
      { answer: 'yes' },
      404,
      'validation.unknown_indicator',
      'indicatorId',
    ],
    ['dont_know', '/validation/1.02', { answer: 'dont_know' }, 422, 'request.invalid', 'answer'],
    ['a label instead of a value', '/validation/1.02', { answer: 'Yes' }, 422, 'request.invalid', 'answer'],
    ['no answer', '/validation/1.02', { note: 'x' }, 422, 'request.invalid', 'answer'],
    [
      'a note of 2,001 characters',
      '/validation/1.02',
      { answer: 'yes', note: 'x'.repeat(2001) },
      422,
      'request.invalid',
      'note',
    ],
    [
      '21 sources',
      '/validation/1.02',
      { answer: 'yes', sources: Array(21).fill('Perda') },
      422,
      'request.invalid',
      'sources',
    ],
    [
      'a source of 501 characters',
      '/validation/1.02',
      { answer: 'yes', sources: ['x'.repeat(501)] },
      422,
      'request.invalid',
      'sources.0',
    ],
    [
      'a negative version',
      '/validation/1.02',
      { answer: 'yes', version: -1 },
      422,
      'request.invalid',
      'version',
    ],
    ['an unknown key', '/validation/1.02', { answer: 'yes', notes: 'typo' }, 422, 'request.invalid', null],
  ])('refuses %s: status, code, field; nothing stored', async (_name, path, body, status, code, field) => {
    const before = await svc.scanAll();
    const res = await put(path, body);
    expect(res.status).toBe(status);
    const error = ((await res.json()) as ErrorBody).error;
    expect(error.code).toBe(code);
    if (field !== null) expect(error.issues.map((i) => i.field)).toContain(field);
    expect(await svc.scanAll()).toEqual(before);
  });
});

describe('findings per domain', () => {
  const picks = (...ids: string[]) => ids.map((indicatorId) => ({ indicatorId }));

  it('saves a draft, then final with 3 highlights and EN/ID texts; the summary and GET findings show them', async () => {
    const draft = await put('/domains/1/findings', {
      highlights: picks('1.02'),
      gaps: [],
      status: 'draft',
      version: 0,
    });
    expect(draft.status).toBe(200);
    const final = await put('/domains/1/findings', {
      highlights: [
        { indicatorId: '1.02', text: { en: 'A regional regulation', id: ' Perda ' } },
        ...picks('1.03', '1.01'),
      ],
      gaps: [{ indicatorId: '1.04', text: { en: '', id: '' } }],
      status: 'final',
      version: 1,
    });
    expect(final.status).toBe(200);
    expect(((await final.json()) as { findings: unknown }).findings).toMatchObject({
      domainId: '1',
      status: 'final',
      version: 2,
      highlights: [
        { indicatorId: '1.02', text: { en: 'A regional regulation', id: 'Perda' } },
        { indicatorId: '1.03' },
        { indicatorId: '1.01' },
      ],
      gaps: [{ indicatorId: '1.04' }],
    });
    const res = await svc.call('GET', `/api/assessments/${AID}/findings`, { token: viewer });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      indicators: { id: string; final: string | null; note: string | null }[];
      domains: { id: string; findings: { status: string } | null; version: number }[];
    };
    expect(body.indicators.find((i) => i.id === '1.01')).toMatchObject({
      final: 'yes',
      note: 'Perda 5/2020 covers it',
    });
    expect(body.domains[0]).toMatchObject({ id: '1', findings: { status: 'final' }, version: 2 });
    expect(body.domains[1]!.findings).toBeNull();
    const audit = (await svc.deps.audit.list(AID)).filter((e) => e.action === 'findings.saved');
    expect(audit).toHaveLength(2);
  });

  it.each([
    [
      'an unknown domain',
      '/domains/9/findings',
      { highlights: [], gaps: [], status: 'draft' },
      404,
      'findings.unknown_domain',
      'domainId',
    ],
    [
      'final with 2 highlights',
      '/domains/2/findings',
      { highlights: picks('2.01', '2.02'), gaps: [], status: 'final' },
      422,
      'findings.invalid',
      'highlights',
    ],
    [
      'final with 6 highlights',
      '/domains/2/findings',
      { highlights: picks('2.01', '2.02', '2.03', '2.04', '2.05', '2.06'), gaps: [], status: 'final' },
      422,
      'request.invalid',
      'highlights',
    ],
    [
      '6 gaps',
      '/domains/2/findings',
      { highlights: [], gaps: picks('2.01', '2.02', '2.03', '2.04', '2.05', '2.06'), status: 'draft' },
      422,
      'request.invalid',
      'gaps',
    ],
    [
      'a highlight of another domain',
      '/domains/2/findings',
      { highlights: picks('2.01', '1.01'), gaps: [], status: 'draft' },
      422,
      'findings.invalid',
      'highlights.1.indicatorId',
    ],
    [
      'an unknown indicator as a gap',
      '/domains/2/findings',
      { highlights: [], gaps: picks('2.99'), status: 'draft' },
      422,
      'findings.invalid',
      'gaps.0.indicatorId',
    ],
    [
      'the same indicator twice',
      '/domains/2/findings',
      { highlights: picks('2.01'), gaps: picks('2.01'), status: 'draft' },
      422,
      'findings.invalid',
      'gaps.0.indicatorId',
    ],
    [
      'a text of 1,001 characters',
      '/domains/2/findings',
      { highlights: [{ indicatorId: '2.01', text: { id: 'x'.repeat(1001) } }], gaps: [], status: 'draft' },
      422,
      'request.invalid',
      'highlights.0.text.id',
    ],
    [
      'an unknown status',
      '/domains/2/findings',
      { highlights: [], gaps: [], status: 'done' },
      422,
      'request.invalid',
      'status',
    ],
    [
      'a stale version',
      '/domains/1/findings',
      { highlights: [], gaps: [], status: 'draft', version: 1 },
      409,
      'findings.conflict',
      null,
    ],
  ])('refuses %s: status, code, field; nothing stored', async (_name, path, body, status, code, field) => {
    const before = await svc.scanAll();
    const res = await put(path, body);
    expect(res.status).toBe(status);
    const error = ((await res.json()) as ErrorBody).error;
    expect(error.code).toBe(code);
    if (field !== null) expect(error.issues.map((i) => i.field)).toContain(field);
    if (code === 'findings.conflict') expect(error.current).toMatchObject({ status: 'final', version: 2 });
    expect(await svc.scanAll()).toEqual(before);
  });
});

describe('who may', () => {
  it('a viewer reads but cannot write; an agency cannot write nor read findings outside a round', async () => {
    expect((await put('/validation/1.02', { answer: 'yes' }, viewer)).status).toBe(403);
    expect(
      (await put('/domains/2/findings', { highlights: [], gaps: [], status: 'draft' }, viewer)).status,
    ).toBe(403);
    expect((await put('/validation/1.02', { answer: 'yes' }, agencyToken)).status).toBe(403);
    const agencyRead = await svc.call('GET', `/api/assessments/${AID}/findings`, { token: agencyToken });
    expect(agencyRead.status).toBe(403);
    expect((await svc.call('GET', `/api/assessments/${AID}/findings`, { token: viewer })).status).toBe(200);
  });

  it('agencies read the findings while a consultation round is open', async () => {
    const closes = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    const opened = await svc.call('POST', `/api/assessments/${AID}/consultation`, {
      token: editor,
      json: { closes },
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    const res = await svc.call('GET', `/api/assessments/${AID}/findings`, { token: agencyToken });
    expect(res.status).toBe(200);
  });
});
