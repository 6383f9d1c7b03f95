/**
 * The DynamoDB adapter of `AgencyStore`: agency records as coordinators change them, each write one
 * conditional UpdateItem on the agency item that carries its audit entry (see audit-log.ts).
 */

import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { type DynamoDBClient, GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { contactsOf } from '../../core/agencies/agency-fields.js';
import type { AgencyFields, AgencyStore } from '../../core/agencies/agency-port.js';
import type { OneTimeSecrets } from '../../core/agencies/one-time-secret-port.js';
import type { Actor } from '../../core/audit/audit-entry.js';
import type { AuditLog, AuditMark } from '../../core/audit/audit-port.js';
import { fail } from '../../core/errors/index.js';
import type { Agency, Clock, TokenStore } from '../../ports.js';
import { agencyRecordParams, agencyTokenParams } from './agency-params.js';
import { generateAgencyToken, hashAgencyToken } from './agency-token.js';
import type { Item } from './attribute-values.js';
import { isConditionFailed } from './batch.js';
import { agencyFromItem, agencyKeyCode, keys, type StoredAgency, toPublicAgency } from './keys.js';
import { DynamoOneTimeSecrets } from './one-time-secrets.js';

/** Attempts of an unconditional (script) write that keeps meeting concurrent edits. */
const MAX_ATTEMPTS = 5;

const CONTACTS = ['contactName', 'email', 'phone'] as const;

/** What the audit log shows of an agency: never its token or token hash. */
function auditView(a: StoredAgency | null) {
  if (!a) return null;
  return {
    code: a.code,
    name: a.name,
    level: a.level,
    ...contactsOf(a),
    lang: a.lang ?? 'id',
    disabled: a.disabled === true,
  };
}

type Change = Partial<AgencyFields> & { disabled?: boolean };

export class DynamoAgencyStore implements AgencyStore {
  constructor(
    private readonly deps: {
      client: DynamoDBClient;
      table: string;
      clock: Clock;
      audit: AuditLog;
      tokens: Pick<TokenStore, 'putToken' | 'deleteToken'>;
    },
  ) {}

  private async read(assessmentId: string, code: string): Promise<StoredAgency | null> {
    const out = await this.deps.client.send(
      new GetItemCommand({
        TableName: this.deps.table,
        Key: keys.agency(assessmentId, code),
        ConsistentRead: true,
      }),
    );
    return out.Item ? agencyFromItem(out.Item as Item) : null;
  }

  /**
   * Reads, decides and writes the record conditionally on what was read, with its audit entry; a
   * concurrent edit makes a versioned write a 409 and an unversioned one (scripts) retry.
   */
  private async write(input: {
    assessmentId: string;
    code: string;
    actor: Actor;
    expectedVersion?: number;
    /** Issue the first token in the creating write. */
    withToken?: boolean;
    /** 'absent': only create; 'present': only update; 'any': upsert. */
    exists: 'absent' | 'present' | 'any';
    change: (before: StoredAgency | null) => Change | null;
    action: (before: StoredAgency | null, after: StoredAgency) => string;
  }): Promise<{ before: StoredAgency | null; after: StoredAgency; token: string | null }> {
    const { assessmentId, actor } = input;
    const code = agencyKeyCode(input.code);
    for (let attempt = 1; ; attempt++) {
      const before = await this.read(assessmentId, code);
      if (before && input.exists === 'absent') throw fail('agency.exists', { code });
      if (!before && input.exists === 'present') throw fail('agency.not_found', { code, id: assessmentId });
      if (before && input.expectedVersion !== undefined && input.expectedVersion !== before.version) {
        throw this.conflict(before);
      }
      const change = input.change(before);
      if (change === null) return { before, after: before!, token: null };
      const now = this.deps.clock.now().toISOString();
      const after = this.merge(before, assessmentId, code, change, now);
      const { set, remove } = this.attributes(after, before === null);
      // A new agency's first token: its item first, then the one record write names its hash.
      const token = !before && input.withToken ? generateAgencyToken() : null;
      if (token) {
        after.tokenHash = hashAgencyToken(token);
        set.tokenHash = { S: after.tokenHash };
        await this.deps.tokens.putToken(after.tokenHash, { kind: 'agency', assessmentId, agencyCode: code });
      }
      try {
        await this.deps.audit.record(
          {
            assessmentId,
            actor,
            action: input.action(before, after),
            target: `agency:${code}`,
            before: auditView(before),
            after: auditView(after),
          },
          keys.agency(assessmentId, code),
          (mark: AuditMark) =>
            this.deps.client.send(
              new UpdateItemCommand(
                agencyRecordParams(this.deps.table, {
                  assessmentId,
                  code,
                  set,
                  remove,
                  observedVersion: before ? (before.version ?? 0) : null,
                  mark,
                }),
              ),
            ),
        );
        return { before, after, token };
      } catch (error) {
        if (after.tokenHash && token) await this.deps.tokens.deleteToken(after.tokenHash);
        if (!isConditionFailed(error)) throw error;
        const scripted = input.expectedVersion === undefined && input.exists === 'any';
        if (scripted && attempt < MAX_ATTEMPTS) continue;
        const current = await this.read(assessmentId, code);
        if (!current) throw fail('agency.not_found', { code, id: assessmentId });
        if (input.exists === 'absent') throw fail('agency.exists', { code });
        throw this.conflict(current);
      }
    }
  }

  private conflict(current: StoredAgency) {
    return fail(
      'agency.conflict',
      { code: current.code, current: current.version ?? 0 },
      { details: { current: toPublicAgency(current) } },
    );
  }

  private merge(
    before: StoredAgency | null,
    assessmentId: string,
    code: string,
    change: Change,
    now: string,
  ): StoredAgency {
    const base: StoredAgency = before ?? {
      assessmentId,
      code,
      name: '',
      level: 'other',
      createdAt: now,
      updatedAt: now,
      current: null,
      contactName: null,
      email: null,
      phone: null,
      lang: 'id',
      disabled: false,
      version: 0,
      tokenHash: null,
      pointer: null,
    };
    const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
    return { ...base, ...defined, code, updatedAt: now, version: (base.version ?? 0) + 1 };
  }

  private attributes(a: StoredAgency, created: boolean) {
    const set: Record<string, AttributeValue> = {
      entity: { S: 'agency' },
      assessmentId: { S: a.assessmentId },
      code: { S: a.code },
      name: { S: a.name },
      level: { S: a.level },
      lang: { S: a.lang ?? 'id' },
      updatedAt: { S: a.updatedAt },
      version: { N: String(a.version) },
    };
    if (created) set.createdAt = { S: a.createdAt };
    const remove: string[] = [];
    for (const field of CONTACTS) {
      const value = a[field];
      if (value) set[field] = { S: value };
      else remove.push(field);
    }
    if (a.disabled) set.disabled = { BOOL: true };
    else remove.push('disabled');
    return { set, remove };
  }

  async create(input: Parameters<AgencyStore['create']>[0]) {
    const { after, token } = await this.write({
      ...input,
      exists: 'absent',
      change: () => ({ contactName: null, email: null, phone: null, ...input.fields }),
      action: () => 'agency.created',
    });
    return { agency: toPublicAgency(after), token };
  }

  async upsert(input: Parameters<AgencyStore['upsert']>[0]) {
    const { before, after, token } = await this.write({
      ...input,
      exists: 'any',
      change: () => input.fields,
      action: (b) => (b ? 'agency.updated' : 'agency.created'),
    });
    return { agency: toPublicAgency(after), created: before === null, token };
  }

  async update(input: Parameters<AgencyStore['update']>[0]): Promise<Agency> {
    const { after } = await this.write({
      ...input,
      exists: 'present',
      change: () => input.fields,
      action: () => 'agency.updated',
    });
    return toPublicAgency(after);
  }

  async setDisabled(input: Parameters<AgencyStore['setDisabled']>[0]) {
    const { before, after } = await this.write({
      ...input,
      exists: 'present',
      change: (b) => (b?.disabled === input.disabled ? null : { disabled: input.disabled }),
      action: () => (input.disabled ? 'agency.disabled' : 'agency.enabled'),
    });
    // The token item follows the flag, also when the flag was already set (a retry after a crash).
    const hash = after.tokenHash;
    if (hash && input.disabled) await this.deps.tokens.deleteToken(hash);
    if (hash && !input.disabled) {
      await this.deps.tokens.putToken(hash, {
        kind: 'agency',
        assessmentId: after.assessmentId,
        agencyCode: after.code,
      });
    }
    return { agency: toPublicAgency(after), changed: before?.disabled !== after.disabled };
  }

  async issueToken(input: Parameters<AgencyStore['issueToken']>[0]) {
    const code = agencyKeyCode(input.code);
    const { assessmentId } = input;
    const before = await this.read(assessmentId, code);
    if (!before) throw fail('agency.not_found', { code, id: assessmentId });
    if (before.disabled) throw fail('agency.disabled', { code });
    const token = generateAgencyToken();
    const hash = hashAgencyToken(token);
    await this.deps.tokens.putToken(hash, { kind: 'agency', assessmentId, agencyCode: code });
    let old: Item | undefined;
    try {
      old = await this.tokenWrite(input.actor, assessmentId, code, hash, 'agency.token_issued', before);
    } catch (error) {
      await this.deps.tokens.deleteToken(hash);
      if (!isConditionFailed(error)) throw error;
      const current = await this.read(assessmentId, code);
      if (!current) throw fail('agency.not_found', { code, id: assessmentId });
      throw fail('agency.disabled', { code });
    }
    const previous = old?.tokenHash?.S;
    if (previous && previous !== hash) await this.deps.tokens.deleteToken(previous);
    return { agency: toPublicAgency(before), token };
  }

  async revokeToken(input: Parameters<AgencyStore['revokeToken']>[0]): Promise<void> {
    const code = agencyKeyCode(input.code);
    const before = await this.read(input.assessmentId, code);
    if (!before) throw fail('agency.not_found', { code, id: input.assessmentId });
    let old: Item | undefined;
    try {
      old = await this.tokenWrite(
        input.actor,
        input.assessmentId,
        code,
        null,
        'agency.token_revoked',
        before,
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      throw fail('agency.not_found', { code, id: input.assessmentId });
    }
    const previous = old?.tokenHash?.S;
    if (previous) await this.deps.tokens.deleteToken(previous);
  }

  private async tokenWrite(
    actor: Actor,
    assessmentId: string,
    code: string,
    hash: string | null,
    action: string,
    before: StoredAgency,
  ): Promise<Item | undefined> {
    return this.deps.audit.record(
      {
        assessmentId,
        actor,
        action,
        target: `agency:${code}`,
        before: { code, hasToken: before.tokenHash !== null },
        after: { code, hasToken: hash !== null },
      },
      keys.agency(assessmentId, code),
      async (mark) => {
        const out = await this.deps.client.send(
          new UpdateItemCommand(agencyTokenParams(this.deps.table, { assessmentId, code, hash, mark })),
        );
        return out.Attributes as Item | undefined;
      },
    );
  }
}

/**
 * The agency store for a composition root; `audit` is read when a write happens (the roots build
 * the audit log in the same object literal).
 */
export function agencyStores(
  client: DynamoDBClient,
  table: string,
  clock: Clock,
  audit: AuditLog,
  tokens: Pick<TokenStore, 'putToken' | 'deleteToken'>,
): { agencies: AgencyStore; oneTime: OneTimeSecrets } {
  return {
    agencies: new DynamoAgencyStore({ client, table, clock, audit, tokens }),
    oneTime: new DynamoOneTimeSecrets(client, table, clock),
  };
}
