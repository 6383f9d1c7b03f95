/**
 * The audit log's protocol against both DynamoDB-compatible servers: an entry is visible exactly
 * when its action happened, including a crash between the action and the flip, and a crash
 * between the pending write and the action (the entry never shows and is removed after the grace
 * period). Time is an injected clock.
 */
import { randomBytes } from 'node:crypto';
import { GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_GRACE_MS, DynamoAuditLog } from '../shared/adapters/dynamodb/audit-log.js';
import { keys } from '../shared/adapters/dynamodb/keys.js';
import { ensureTable } from '../shared/adapters/dynamodb/table.js';
import type { AuditDraft } from '../shared/core/audit/audit-entry.js';
import type { AuditMark } from '../shared/core/audit/audit-port.js';
import type { Clock } from '../shared/ports.js';
import { type BackendName, type DynamoBackend, startBackend } from './support/dynamo-backends.js';

class TestClock implements Clock {
  constructor(private ms = Date.parse('2026-03-01T08:00:00.000Z')) {}
  now() {
    return new Date(this.ms);
  }
  advance(ms: number) {
    this.ms += ms;
  }
}

const draft = (action: string, after: unknown = { name: 'Dinas Kesehatan' }): AuditDraft => ({
  assessmentId: 'jateng',
  actor: { kind: 'account', id: 'acct-1', name: 'Sari' },
  action,
  target: 'agency:DINKES',
  before: null,
  after,
});

const BACKENDS: BackendName[] = ['dynalite', 'dynamodb-local'];

for (const name of BACKENDS) {
  describe(`audit log on ${name}`, () => {
    let backend: DynamoBackend;
    let table: string;
    const target = keys.agency('jateng', 'DINKES');

    beforeAll(async () => {
      backend = await startBackend(name);
      table = `mgi-audit-${randomBytes(4).toString('hex')}`;
      await ensureTable(backend.client, table);
    }, 60_000);
    afterAll(async () => backend?.close());

    /** The one conditional write of a feature: rename the agency, carrying the entry's mark. */
    const rename = (newName: string) => async (mark: AuditMark) => {
      await backend.client.send(
        new UpdateItemCommand({
          TableName: table,
          Key: target,
          UpdateExpression: `SET #n = :n ${mark.add.expression}`,
          ExpressionAttributeNames: { '#n': 'name', ...mark.add.names },
          ExpressionAttributeValues: { ':n': { S: newName }, ...mark.add.values },
        }),
      );
      return newName;
    };
    const storedName = async () =>
      (await backend.client.send(new GetItemCommand({ TableName: table, Key: target, ConsistentRead: true })))
        .Item?.name?.S;
    let started = Date.parse('2026-03-01T08:00:00.000Z');
    /** A log whose clock starts a minute after the previous test's, so entries sort by time. */
    const fresh = () => {
      started += 60_000;
      const clock = new TestClock(started);
      return { clock, log: new DynamoAuditLog(backend.client, table, clock) };
    };

    it('records an entry with its action; a failed action leaves neither', async () => {
      const { log } = fresh();
      expect(await log.record(draft('agency.updated'), target, rename('A'))).toBe('A');
      await expect(
        log.record(draft('agency.updated'), target, async () => {
          throw new Error('condition failed');
        }),
      ).rejects.toThrow('condition failed');
      const entries = await log.list('jateng');
      expect(entries.map((e) => e.action)).toEqual(['agency.updated']);
      expect(entries[0]).toMatchObject({
        actor: { name: 'Sari' },
        target: 'agency:DINKES',
        after: { name: 'Dinas Kesehatan' },
      });
      // The failed attempt's pending entry was deleted, not just hidden.
      const raw = await log.list('jateng', {});
      expect(raw).toHaveLength(1);
    });

    it('a crash after the action, before the flip: the next list shows the entry (the target carries it)', async () => {
      const { clock, log } = fresh();
      const before = (await log.list('jateng')).length;
      log.hooks = {
        afterAction: () => {
          throw new Error('crash');
        },
      };
      await expect(log.record(draft('agency.renamed'), target, rename('B'))).rejects.toThrow('crash');
      expect(await storedName()).toBe('B');
      clock.advance(1000);
      const reader = new DynamoAuditLog(backend.client, table, clock);
      const entries = await reader.list('jateng');
      expect(entries).toHaveLength(before + 1);
      expect(entries[0]?.action).toBe('agency.renamed');
      // Still there long after the grace period: it is committed now.
      clock.advance(AUDIT_GRACE_MS * 10);
      expect((await reader.list('jateng'))[0]?.action).toBe('agency.renamed');
    });

    it('a crash after the pending write, before the action: never shown, removed after the grace period', async () => {
      const { clock, log } = fresh();
      const before = (await log.list('jateng')).length;
      log.hooks = {
        afterPending: () => {
          throw new Error('crash');
        },
      };
      await expect(log.record(draft('agency.lost'), target, rename('C'))).rejects.toThrow('crash');
      expect(await storedName()).toBe('B');
      const reader = new DynamoAuditLog(backend.client, table, clock);
      expect((await reader.list('jateng')).map((e) => e.action)).not.toContain('agency.lost');
      const pendingCount = async () => {
        const { Items = [] } = await backend.client.send(
          new (await import('@aws-sdk/client-dynamodb')).QueryCommand({
            TableName: table,
            KeyConditionExpression: 'PK = :pk',
            ExpressionAttributeValues: { ':pk': { S: keys.auditPartition('jateng') } },
            ConsistentRead: true,
          }),
        );
        return Items.filter((i) => i.status?.S === 'pending').length;
      };
      expect(await pendingCount()).toBe(1);
      clock.advance(AUDIT_GRACE_MS + 1);
      expect(await reader.list('jateng')).toHaveLength(before);
      expect(await pendingCount()).toBe(0);
    });

    it('appends committed events, lists newest first, filters by action, actor and time', async () => {
      const clock = new TestClock(Date.parse('2026-04-01T00:00:00.000Z'));
      const log = new DynamoAuditLog(backend.client, table, clock);
      await log.append({ ...draft('submission.refused'), assessmentId: 'kudus' });
      clock.advance(60_000);
      await log.append({
        ...draft('reminder.sent'),
        assessmentId: 'kudus',
        actor: { kind: 'system', id: 'system', name: 'system' },
      });
      clock.advance(60_000);
      await log.append({
        ...draft('reminder.failed'),
        assessmentId: 'kudus',
        after: { token: 'mgi_agy_x', to: 'a@b.id' },
      });
      const all = await log.list('kudus');
      expect(all.map((e) => e.action)).toEqual(['reminder.failed', 'reminder.sent', 'submission.refused']);
      expect(all[0]?.after).toEqual({ to: 'a@b.id' });
      expect((await log.list('kudus', { action: 'reminder.' })).length).toBe(2);
      expect((await log.list('kudus', { actor: 'system' })).map((e) => e.action)).toEqual(['reminder.sent']);
      const window = { since: '2026-04-01T07:01:00+07:00', until: '2026-04-01T00:01:30Z' };
      expect((await log.list('kudus', window)).map((e) => e.action)).toEqual(['reminder.sent']);
    });
  });
}
