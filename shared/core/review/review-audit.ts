/**
 * The part of the audit log the review, deadline and consultation stores use (the protocol of
 * the plan: a pending entry, the action's one conditional write carrying the entry id, then the
 * flip). Structural, so the shared `DynamoAuditLog` fits it.
 */
import type { ReviewActor } from './review-types.js';

export interface AuditMarkLike {
  id: string;
  add: {
    expression: string;
    names: Record<string, string>;
    values: Record<string, { SS: string[] }>;
  };
}

export interface AuditDraftLike {
  assessmentId: string;
  actor: ReviewActor;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

export interface AuditRecorder {
  record<T>(
    draft: AuditDraftLike,
    targetKey: { PK: { S: string }; SK: { S: string } },
    action: (mark: AuditMarkLike) => Promise<T>,
  ): Promise<T>;
}

/** Until an audit log is wired: runs the action with a mark of a fresh id, writes no entry. */
export const NO_AUDIT: AuditRecorder = {
  record: (_draft, _key, action) =>
    action({
      id: globalThis.crypto.randomUUID(),
      add: {
        expression: 'ADD #auditIds :auditId',
        names: { '#auditIds': 'auditIds' },
        values: { ':auditId': { SS: [globalThis.crypto.randomUUID()] } },
      },
    }),
};
