/**
 * The validation and findings stores on both DynamoDB-compatible servers: one conditional write
 * per decision, two coordinators at once never lose an edit silently, one audit entry per success.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoAuditLog } from '../shared/adapters/dynamodb/audit-log.js';
import { DynamoFindingsStore } from '../shared/adapters/dynamodb/findings-store.js';
import { ensureTable } from '../shared/adapters/dynamodb/table.js';
import { DynamoValidationStore } from '../shared/adapters/dynamodb/validation-store.js';
import { AppError } from '../shared/core/app-error.js';
import type { ChangeActor } from '../shared/core/validation/validation-types.js';
import { type BackendName, type DynamoBackend, startBackend } from './support/dynamo-backends.js';

const ANA: ChangeActor = { kind: 'account', id: 'a-ana', name: 'Ana' };
const BUDI: ChangeActor = { kind: 'account', id: 'a-budi', name: 'Budi' };

function errorOf(result: PromiseSettledResult<unknown>): AppError {
  if (result.status !== 'rejected') throw new Error('expected a rejection');
  expect(result.reason).toBeInstanceOf(AppError);
  return result.reason as AppError;
}

describe.each<BackendName>(['dynalite', 'dynamodb-local'])('focus-group stores on %s', (backendName) => {
  let backend: DynamoBackend;
  let audit: DynamoAuditLog;
  let validation: DynamoValidationStore;
  let findings: DynamoFindingsStore;
  const table = `fg-${backendName}`;

  beforeAll(async () => {
    backend = await startBackend(backendName);
    await ensureTable(backend.client, table);
    audit = new DynamoAuditLog(backend.client, table, { now: () => new Date() });
    validation = new DynamoValidationStore(backend.client, table, audit);
    findings = new DynamoFindingsStore(backend.client, table, audit);
  }, 60_000);
  afterAll(async () => {
    await backend?.close();
  });

  const actions = async (aid: string, action: string) =>
    (await audit.list(aid)).filter((e) => e.action === action);

  it('sets, changes and clears a validated answer, each write one audit entry with before and after', async () => {
    const aid = 'val-basic';
    const first = await validation.set({
      assessmentId: aid,
      indicatorId: '1.01',
      answer: 'yes',
      note: 'Perda 2/2021',
      sources: ['Perda 2/2021'],
      expectedVersion: 0,
      actor: ANA,
    });
    expect(first).toMatchObject({ indicatorId: '1.01', answer: 'yes', version: 1, updatedBy: ANA });
    const second = await validation.set({
      assessmentId: aid,
      indicatorId: '1.01',
      answer: 'partially',
      note: null,
      sources: [],
      expectedVersion: 1,
      actor: BUDI,
    });
    expect(second.version).toBe(2);
    expect(await validation.list(aid)).toEqual([second]);
    const sets = await actions(aid, 'validation.set');
    expect(sets.map((e) => [e.before, e.after, e.actor.name, e.target])).toEqual([
      [
        { answer: 'yes', note: 'Perda 2/2021', sources: ['Perda 2/2021'] },
        { answer: 'partially', note: null, sources: [] },
        'Budi',
        'indicator:1.01',
      ],
      [null, { answer: 'yes', note: 'Perda 2/2021', sources: ['Perda 2/2021'] }, 'Ana', 'indicator:1.01'],
    ]);
    await validation.clear({ assessmentId: aid, indicatorId: '1.01', expectedVersion: 2, actor: ANA });
    expect(await validation.list(aid)).toEqual([]);
    expect((await validation.get(aid, '1.01')).version).toBe(3);
    const cleared = await actions(aid, 'validation.cleared');
    expect(cleared).toHaveLength(1);
    expect(cleared[0]!.before).toEqual({ answer: 'partially', note: null, sources: [] });
    // Nothing left to clear: 404, no entry.
    const gone = await validation
      .clear({ assessmentId: aid, indicatorId: '1.01', actor: ANA })
      .catch((e) => e);
    expect(gone).toMatchObject({ code: 'validation.not_found', status: 404 });
    expect(await actions(aid, 'validation.cleared')).toHaveLength(1);
  });

  it('two coordinators validate the same indicator at once: one wins, the other gets 409 with the current value', async () => {
    const aid = 'val-race';
    for (const expectedVersion of [0, 1]) {
      if (expectedVersion === 1) {
        await validation.set({
          assessmentId: `${aid}-1`,
          indicatorId: '2.03',
          answer: 'no',
          note: null,
          sources: [],
          actor: ANA,
        });
      }
      const id = `${aid}-${expectedVersion}`;
      const results = await Promise.allSettled([
        validation.set({
          assessmentId: id,
          indicatorId: '2.03',
          answer: 'yes',
          note: 'Ana',
          sources: [],
          expectedVersion,
          actor: ANA,
        }),
        validation.set({
          assessmentId: id,
          indicatorId: '2.03',
          answer: 'partially',
          note: 'Budi',
          sources: [],
          expectedVersion,
          actor: BUDI,
        }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      const winner = (won[0] as PromiseFulfilledResult<{ note: string | null; version: number }>).value;
      expect(winner.version).toBe(expectedVersion + 1);
      const error = errorOf(results.find((r) => r.status === 'rejected')!);
      expect(error.status).toBe(409);
      expect(error.code).toBe('validation.conflict');
      expect(error.details).toMatchObject({ current: { note: winner.note, version: winner.version } });
      expect(await validation.list(id)).toMatchObject([{ note: winner.note, version: expectedVersion + 1 }]);
      expect(await actions(id, 'validation.set')).toHaveLength(expectedVersion + 1);
    }
  });

  it('writes without a version (scripts) are last-writer-wins but never collide: both land, versions count up', async () => {
    const aid = 'val-scripts';
    const results = await Promise.all(
      [ANA, BUDI, ANA].map((actor, i) =>
        validation.set({
          assessmentId: aid,
          indicatorId: '3.01',
          answer: 'yes',
          note: `run ${i}`,
          sources: [],
          actor,
        }),
      ),
    );
    expect(results.map((r) => r.version).sort()).toEqual([1, 2, 3]);
    const [stored] = await validation.list(aid);
    expect(stored!.version).toBe(3);
    expect(stored!.note).toBe(results.find((r) => r.version === 3)!.note);
    expect(await actions(aid, 'validation.set')).toHaveLength(3);
  });

  it('a stale version is refused before writing: data and audit log unchanged', async () => {
    const aid = 'val-stale';
    await validation.set({
      assessmentId: aid,
      indicatorId: '1.02',
      answer: 'no',
      note: null,
      sources: [],
      actor: ANA,
    });
    const stale = await validation
      .set({
        assessmentId: aid,
        indicatorId: '1.02',
        answer: 'yes',
        note: null,
        sources: [],
        expectedVersion: 0,
        actor: BUDI,
      })
      .catch((e: AppError) => e);
    expect(stale).toMatchObject({ code: 'validation.conflict', status: 409 });
    expect(await validation.list(aid)).toMatchObject([{ answer: 'no', version: 1 }]);
    expect(await actions(aid, 'validation.set')).toHaveLength(1);
    const clear = await validation
      .clear({ assessmentId: aid, indicatorId: '1.02', expectedVersion: 7, actor: BUDI })
      .catch((e: AppError) => e);
    expect(clear).toMatchObject({ code: 'validation.conflict', details: { currentVersion: 1 } });
  });

  it('two coordinators save the same domain findings at once: one wins, the other 409 with the current findings', async () => {
    const aid = 'find-race';
    const pick = (id: string) => ({ indicatorId: id });
    const results = await Promise.allSettled([
      findings.save({
        assessmentId: aid,
        domainId: '1',
        highlights: ['1.01', '1.02', '1.03'].map(pick),
        gaps: [pick('1.04')],
        status: 'final',
        expectedVersion: 0,
        actor: ANA,
      }),
      findings.save({
        assessmentId: aid,
        domainId: '1',
        highlights: [{ indicatorId: '1.05', text: { en: 'Best practice', id: 'Praktik baik' } }],
        gaps: [],
        status: 'draft',
        expectedVersion: 0,
        actor: BUDI,
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const error = errorOf(results.find((r) => r.status === 'rejected')!);
    expect(error).toMatchObject({ status: 409, code: 'findings.conflict' });
    const stored = await findings.list(aid);
    expect(stored).toHaveLength(1);
    expect(error.details).toMatchObject({ current: { status: stored[0]!.status, version: 1 } });
    const saved = await actions(aid, 'findings.saved');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.after).toEqual({
      highlights: stored[0]!.highlights,
      gaps: stored[0]!.gaps,
      status: stored[0]!.status,
    });
    const next = await findings.save({
      assessmentId: aid,
      domainId: '1',
      highlights: [],
      gaps: [],
      status: 'draft',
      expectedVersion: 1,
      actor: ANA,
    });
    expect(next.version).toBe(2);
    expect((await actions(aid, 'findings.saved'))[0]!.before).toEqual(saved[0]!.after);
  });
});
