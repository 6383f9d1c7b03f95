/**
 * The audit log in the table. dynalite has no transactions, so an entry and its action are tied by
 * a protocol: 1) the entry is put `pending` (invisible), 2) the action's own conditional write adds
 * the entry id to the target item's `auditIds`, 3) the entry is flipped to `committed`. A failed
 * action deletes the entry. Readers resolve a pending entry: the target carries its id → committed;
 * older than the grace period and not carried → deleted (the action never happened); else hidden.
 */
import { randomBytes } from 'node:crypto';
import {
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { type AuditDraft, type AuditEntry, redactSecrets } from '../../core/audit/audit-entry.js';
import { type AuditFilter, matchesFilter } from '../../core/audit/audit-filter.js';
import type { AuditLog, AuditMark, AuditTargetKey, RecordOptions } from '../../core/audit/audit-port.js';
import { type Clock, systemClock } from '../../ports.js';
import { type Item, J, readJ, readS, S } from './attribute-values.js';
import { isConditionFailed } from './batch.js';
import { keys } from './keys.js';

/** How long a pending entry may wait for its action before a reader treats it as failed. */
export const AUDIT_GRACE_MS = 2 * 60 * 1000;

/** Failure-injection seams for the crash tests (a throw here stands for the process dying). */
export interface AuditHooks {
  afterPending?: () => void;
  afterAction?: () => void;
}

/** Sortable by time within a millisecond, unguessable enough to never collide. */
function newEntryId(): string {
  return randomBytes(8).toString('hex');
}

/** The mark an action merges into its one conditional UpdateItem on the target. */
export function auditMark(id: string): AuditMark {
  return {
    id,
    add: {
      expression: 'ADD #auditIds :auditId',
      names: { '#auditIds': 'auditIds' },
      values: { ':auditId': { SS: [id] } },
    },
  };
}

function entryToItem(entry: AuditEntry, status: 'pending' | 'committed', target?: AuditTargetKey): Item {
  const item: Item = {
    ...keys.auditEntry(entry.assessmentId, entry.at, entry.id),
    entity: S('audit'),
    status: S(status),
    entry: J(entry),
  };
  if (target) {
    item.targetPK = target.PK;
    item.targetSK = target.SK;
  }
  return item;
}

export class DynamoAuditLog implements AuditLog {
  hooks: AuditHooks | undefined;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly clock: Clock = systemClock,
    options: { hooks?: AuditHooks; graceMs?: number } = {},
  ) {
    this.hooks = options.hooks;
    this.graceMs = options.graceMs ?? AUDIT_GRACE_MS;
  }

  private readonly graceMs: number;

  private draftToEntry(draft: AuditDraft): AuditEntry {
    return {
      ...draft,
      id: newEntryId(),
      at: this.clock.now().toISOString(),
      before: redactSecrets(draft.before ?? null),
      after: redactSecrets(draft.after ?? null),
    };
  }

  /** Writes the entry pending, runs the action, commits the entry; a failed action leaves none. */
  async record<T>(
    draft: AuditDraft,
    targetKey: AuditTargetKey,
    action: (mark: AuditMark) => Promise<T>,
    options: RecordOptions<T> = {},
  ): Promise<T> {
    const entry = this.draftToEntry(draft);
    await this.client.send(
      new PutItemCommand({
        TableName: this.table,
        Item: entryToItem(entry, 'pending', targetKey),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    this.hooks?.afterPending?.();
    let result: T;
    try {
      result = await action(auditMark(entry.id));
    } catch (error) {
      await this.remove(entry).catch(() => undefined);
      throw error;
    }
    if (options.committed && !options.committed(result)) {
      await this.remove(entry).catch(() => undefined);
      return result;
    }
    this.hooks?.afterAction?.();
    // The action is done; should this flip fail, readers commit the entry from the target's mark.
    await this.flip(entry).catch(() => undefined);
    return result;
  }

  /** Appends an entry for an event with no state change of its own, committed at once. */
  async append(draft: AuditDraft): Promise<AuditEntry> {
    const entry = this.draftToEntry(draft);
    await this.client.send(
      new PutItemCommand({ TableName: this.table, Item: entryToItem(entry, 'committed') }),
    );
    return entry;
  }

  /** Committed entries, newest first; pending ones are resolved on the way. */
  async list(assessmentId: string, filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const items = await this.query(assessmentId, filter);
    const entries: AuditEntry[] = [];
    for (const item of items) {
      const entry = readJ<AuditEntry>(item, 'entry');
      if (readS(item, 'status') === 'pending' && !(await this.resolvePending(item, entry))) continue;
      if (matchesFilter(entry, filter)) entries.push(entry);
    }
    return entries;
  }

  private async query(assessmentId: string, filter: AuditFilter): Promise<Item[]> {
    const lower = filter.since ? new Date(filter.since).toISOString() : '0';
    const upper = filter.until ? `${new Date(filter.until).toISOString()}#\uffff` : '\uffff';
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const params: QueryCommandInput = {
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :lo AND :hi',
        ExpressionAttributeValues: {
          ':pk': S(keys.auditPartition(assessmentId)),
          ':lo': S(lower),
          ':hi': S(upper),
        },
        ScanIndexForward: false,
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      };
      const out = await this.client.send(new QueryCommand(params));
      items.push(...((out.Items as Item[] | undefined) ?? []));
      startKey = out.LastEvaluatedKey as Item | undefined;
    } while (startKey);
    return items;
  }

  /** true when the pending entry's action happened (the entry is committed now). */
  private async resolvePending(item: Item, entry: AuditEntry): Promise<boolean> {
    const target = item.targetPK && item.targetSK ? { PK: item.targetPK, SK: item.targetSK } : null;
    if (target) {
      const out = await this.client.send(
        new GetItemCommand({ TableName: this.table, Key: target, ConsistentRead: true }),
      );
      if (out.Item?.auditIds?.SS?.includes(entry.id)) {
        await this.flip(entry);
        return true;
      }
    }
    if (this.clock.now().getTime() - Date.parse(entry.at) > this.graceMs) await this.remove(entry);
    return false;
  }

  private async flip(entry: AuditEntry): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.table,
        Key: keys.auditEntry(entry.assessmentId, entry.at, entry.id),
        UpdateExpression: 'SET #status = :committed REMOVE targetPK, targetSK',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':committed': S('committed') },
      }),
    );
  }

  /** Deletes a still-pending entry (never a committed one). */
  private async remove(entry: AuditEntry): Promise<void> {
    try {
      await this.client.send(
        new DeleteItemCommand({
          TableName: this.table,
          Key: keys.auditEntry(entry.assessmentId, entry.at, entry.id),
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': S('pending') },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }
}
