/** The audit log port every feature writes through (`AppDeps.audit`). */
import type { Actor, AuditDraft, AuditEntry } from './audit-entry.js';
import type { AuditFilter } from './audit-filter.js';

/** A DynamoDB key as the audit log sees a target item. */
export type AuditTargetKey = { PK: { S: string }; SK: { S: string } };

/**
 * What an action adds to its ONE conditional UpdateItem on the target item, so the item carries
 * the entry's id: append ` ADD #auditIds :auditId` (or merge into your own ADD clause).
 */
export interface AuditMark {
  id: string;
  add: {
    expression: 'ADD #auditIds :auditId';
    names: { '#auditIds': 'auditIds' };
    values: { ':auditId': { SS: [string] } };
  };
}

export interface RecordOptions<T> {
  /**
   * Whether the action's result means it changed something (default: yes). An action that found
   * nothing to do (e.g. the same upload again) returns normally and its entry is removed.
   */
  committed?: (result: T) => boolean;
}

/** What a store's write method needs to record its own entry: the log and who acts. */
export interface AuditContext {
  log: AuditLog;
  actor: Actor;
}

export interface AuditLog {
  /**
   * Writes the entry as pending, runs the action (which puts `mark` on the target item in its
   * own conditional write), then commits the entry. A throwing action removes the entry.
   */
  record<T>(
    draft: AuditDraft,
    targetKey: AuditTargetKey,
    action: (mark: AuditMark) => Promise<T>,
    options?: RecordOptions<T>,
  ): Promise<T>;
  /** An event with no state change of its own (a refused upload, a reminder), committed at once. */
  append(draft: AuditDraft): Promise<AuditEntry>;
  /** Committed entries of an assessment (or `_accounts`), newest first. */
  list(assessmentId: string, filter?: AuditFilter): Promise<AuditEntry[]>;
}
