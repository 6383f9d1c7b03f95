/**
 * The one write of a coordinator's decision (a validated answer, a domain's findings): ONE
 * conditional UpdateItem that states the version it read and carries the audit entry's id.
 * A stated version that is not the stored one is a conflict (409 with the current value); a write
 * without a version (scripts) is last-writer-wins, still conditional on the version it just read,
 * so versions only ever go up by one and no write is lost between the read and the write.
 */
import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AuditDraft } from '../../core/audit/audit-entry.js';
import type { AuditLog } from '../../core/audit/audit-port.js';
import { isConditionFailed } from './batch.js';
import type { Key } from './keys.js';
import { auditedUpdate } from './versioned-update.js';

/** What is stored now: the value (null when none or cleared) and the item's version (0: no item). */
export interface Stored<T> {
  value: T | null;
  version: number;
}

/** How many times a version-less write re-reads after losing a race before giving up. */
const UNVERSIONED_TRIES = 5;

export interface DecisionWrite<T> {
  client: DynamoDBClient;
  table: string;
  audit: AuditLog;
  key: Key;
  read: () => Promise<Stored<T>>;
  expectedVersion?: number;
  /** The audit entry for a write from `before` (what is stored now). */
  draft: (before: T | null) => AuditDraft;
  /** Attributes the write sets; `version` is set here. */
  set: Record<string, AttributeValue>;
  remove?: string[];
  /** The error of a conflict, from what is stored now. */
  conflict: (current: Stored<T>) => Error;
  /** Refuses before writing (e.g. nothing to clear); may throw. */
  precheck?: (current: Stored<T>) => void;
}

/** Writes the decision; returns the version written. */
export async function writeDecision<T>(w: DecisionWrite<T>): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const current = await w.read();
    if (w.expectedVersion !== undefined && w.expectedVersion !== current.version) throw w.conflict(current);
    w.precheck?.(current);
    const version = current.version + 1;
    try {
      await auditedUpdate(w.client, w.table, w.audit, w.draft(current.value), {
        key: w.key,
        expectedVersion: current.version,
        set: { ...w.set, version: { N: String(version) } },
        remove: w.remove,
      });
      return version;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      // Someone wrote between our read and our write.
      if (w.expectedVersion !== undefined) throw w.conflict(await w.read());
      if (attempt >= UNVERSIONED_TRIES) throw w.conflict(await w.read());
    }
  }
}
