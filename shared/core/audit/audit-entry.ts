/**
 * The audit log's entries: who (an account, an agency or the system), when, what action on which
 * target, and the value before and after. Never a token, a token hash or a secret.
 */

export interface Actor {
  kind: 'account' | 'agency' | 'system';
  id: string;
  name: string;
}

/** The system as an actor (start-up, schedules, the CLI). */
export const SYSTEM_ACTOR: Actor = { kind: 'system', id: 'system', name: 'system' };

export interface AuditEntry {
  id: string;
  /** The assessment, `_accounts` for changes to coordinator accounts, or `_system` for housekeeping. */
  assessmentId: string;
  at: string;
  actor: Actor;
  /** Dotted, e.g. `agency.created`, `submission.accepted`, `account.revoked`. */
  action: string;
  /** What was acted on, e.g. `agency:DINKES`, `account:a-12ab`. */
  target: string;
  before: unknown;
  after: unknown;
}

/** An entry as a feature states it; the log gives it an id and a time. */
export type AuditDraft = Omit<AuditEntry, 'id' | 'at'>;

/** The partition of account changes (shown to owners beside every assessment's own entries). */
export const ACCOUNTS_AUDIT_ID = '_accounts';

/** The partition of the system's own housekeeping, e.g. removed orphan originals (shown to owners too). */
export const SYSTEM_AUDIT_ID = '_system';

const SECRET_KEYS = new Set(['token', 'tokenhash', 'secret', 'password']);

/**
 * A copy of `value` without any property named token, tokenHash, secret or password (any case,
 * at any depth), and with any string that looks like an issued token replaced.
 */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (typeof value === 'string') return /mgi_(adm|agy|acc)_/.test(value) ? '[redacted]' : value;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_KEYS.has(k.toLowerCase())) continue;
    out[k] = redactSecrets(v);
  }
  return out;
}
