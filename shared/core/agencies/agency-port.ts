import type { Agency } from '../../ports.js';
import type { Actor } from '../audit/audit-entry.js';
import type { Lang } from '../types.js';
import type { AgencyContacts } from './agency-fields.js';

/** What a coordinator edits on an agency. Contacts: undefined = unchanged, null = cleared. */
export interface AgencyFields extends Partial<AgencyContacts> {
  name: string;
  level: string;
  lang?: Lang;
}

interface Target {
  assessmentId: string;
  /** Any case: the store normalises it (`dinkes` is `DINKES`). */
  code: string;
  actor: Actor;
}

/**
 * Agency records as coordinators change them. Every write is one conditional UpdateItem on the
 * agency item carrying its audit entry's mark (`agency.created`, `agency.updated`,
 * `agency.token_issued`, `agency.token_revoked`, `agency.disabled`, `agency.enabled`).
 */
export interface AgencyStore {
  /**
   * Registers a new agency; 409 `agency.exists` when the code is taken (any case). With `withToken`
   * its first token is issued in the same write (one audit entry) and returned, the only time.
   */
  create(
    input: Target & { fields: AgencyFields; withToken?: boolean },
  ): Promise<{ agency: Agency; token: string | null }>;
  /**
   * Creates or updates (for scripts); with `expectedVersion`, a changed record is 409
   * `agency.conflict`. `withToken` issues a token only when the agency is created.
   */
  upsert(
    input: Target & { fields: AgencyFields; expectedVersion?: number; withToken?: boolean },
  ): Promise<{ agency: Agency; created: boolean; token: string | null }>;
  /** Edits an existing agency (404 otherwise); fields left undefined are unchanged. */
  update(input: Target & { fields: Partial<AgencyFields>; expectedVersion?: number }): Promise<Agency>;
  /** Disables or enables; a disabled agency's token stops working until it is enabled again. */
  setDisabled(input: Target & { disabled: boolean }): Promise<{ agency: Agency; changed: boolean }>;
  /** A new token for the agency (the old one stops working); 409 `agency.disabled` when disabled. */
  issueToken(input: Target): Promise<{ agency: Agency; token: string }>;
  /** Revokes the agency's token. */
  revokeToken(input: Target): Promise<void>;
}
