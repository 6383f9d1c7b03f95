/**
 * Coordinator accounts in one registry item (`ACCOUNTS`/`REGISTRY`, versioned): every change is one
 * conditional write of the whole registry, so "never revoke the last owner" cannot be raced. Tokens
 * live in the token items like agency tokens; a token counts only while the registry names its hash
 * for an active account, so revoking or rotating is that one write (the old token item is removed
 * after, as clean-up). Every change is recorded in the audit log (`AUDIT#_accounts`).
 */
import { randomBytes } from 'node:crypto';
import { type DynamoDBClient, GetItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { type Account, isLastOwner, type NewAccount, principalOf } from '../../core/accounts/account.js';
import type { AccountStore } from '../../core/accounts/account-port.js';
import { type AccountPrincipal, BOOTSTRAP_ACCOUNT_ID } from '../../core/accounts/principal.js';
import { ACCOUNTS_AUDIT_ID, type Actor, SYSTEM_ACTOR } from '../../core/audit/audit-entry.js';
import type { AuditLog, AuditMark } from '../../core/audit/audit-port.js';
import { fail } from '../../core/errors/index.js';
import { type Clock, systemClock, type TokenStore } from '../../ports.js';
import { type Item, J, N, readJ, S } from './attribute-values.js';
import { DynamoAuditLog } from './audit-log.js';
import { isConditionFailed } from './batch.js';
import { keys } from './keys.js';

/** An account as stored: the public account plus the hash of its one working token. */
export interface StoredAccount extends Account {
  tokenHash: string | null;
}

const publicAccount = ({ tokenHash: _t, ...account }: StoredAccount): Account => account;

/** A new account id: short, random, safe in URLs and keys. */
function newAccountId(): string {
  return `acct-${randomBytes(5).toString('hex')}`;
}

/** Optimistic retries when two account changes meet on the registry. */
const MAX_ATTEMPTS = 8;

class BootstrapExists extends Error {}

const notFound = (id: string) => fail('account.not_found', { id });

export class DynamoAccountStore implements AccountStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly tokens: TokenStore,
    private readonly audit: AuditLog,
    private readonly clock: Clock = systemClock,
  ) {}

  private async read(): Promise<{ accounts: StoredAccount[]; version: number }> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: keys.accountRegistry(), ConsistentRead: true }),
    );
    const item = out.Item as Item | undefined;
    if (!item) return { accounts: [], version: 0 };
    return { accounts: readJ<StoredAccount[]>(item, 'accounts'), version: Number(item.version?.N ?? '0') };
  }

  /**
   * Applies `change` to the registry in one conditional write (retried when another change came
   * first); `change` returns the changed list and its result, or throws to refuse.
   */
  private async mutate<T>(
    change: (accounts: StoredAccount[]) => { accounts: StoredAccount[]; result: T },
    mark?: AuditMark,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const { accounts, version } = await this.read();
      const { accounts: next, result } = change(accounts.map((a) => ({ ...a })));
      try {
        await this.client.send(
          new UpdateItemCommand({
            TableName: this.table,
            Key: keys.accountRegistry(),
            UpdateExpression: `SET entity = :entity, accounts = :accounts, version = :next${mark ? ` ${mark.add.expression}` : ''}`,
            ConditionExpression: version === 0 ? 'attribute_not_exists(PK)' : 'version = :version',
            ...(mark ? { ExpressionAttributeNames: mark.add.names } : {}),
            ExpressionAttributeValues: {
              ':entity': S('account-registry'),
              ':accounts': J(next),
              ':next': N(version + 1),
              ...(version === 0 ? {} : { ':version': N(version) }),
              ...(mark ? mark.add.values : {}),
            },
          }),
        );
        return result;
      } catch (error) {
        if (!isConditionFailed(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  async list(): Promise<Account[]> {
    return (await this.read()).accounts.map(publicAccount);
  }

  async get(id: string): Promise<Account | null> {
    const found = (await this.read()).accounts.find((a) => a.id === id);
    return found ? publicAccount(found) : null;
  }

  async principalForToken(accountId: string, tokenHash: string): Promise<AccountPrincipal | null> {
    const found = (await this.read()).accounts.find((a) => a.id === accountId);
    if (!found || found.revokedAt !== null || found.tokenHash !== tokenHash) return null;
    return principalOf(found);
  }

  async create(input: NewAccount, tokenHash: string, actor: Actor): Promise<Account> {
    const account: StoredAccount = {
      id: newAccountId(),
      ...input,
      createdAt: this.clock.now().toISOString(),
      revokedAt: null,
      tokenHash,
    };
    // The token item first: once the registry names the account, its token works.
    await this.tokens.putToken(tokenHash, principalOf(account));
    try {
      await this.audit.record(
        { ...this.draft(actor, 'account.created', account.id), before: null, after: publicAccount(account) },
        keys.accountRegistry(),
        (mark) => this.mutate((accounts) => ({ accounts: [...accounts, account], result: undefined }), mark),
      );
    } catch (error) {
      await this.tokens.deleteToken(tokenHash).catch(() => undefined);
      throw error;
    }
    return publicAccount(account);
  }

  async revoke(id: string, actor: Actor): Promise<Account> {
    const current = await this.requireActive(id);
    const revokedAt = this.clock.now().toISOString();
    const draft = {
      ...this.draft(actor, 'account.revoked', id),
      before: current,
      after: { ...current, revokedAt },
    };
    const previous = await this.audit.record(draft, keys.accountRegistry(), (mark) =>
      this.mutate((accounts) => {
        const found = accounts.find((a) => a.id === id);
        if (!found || found.revokedAt !== null) throw notFound(id);
        if (isLastOwner(accounts, id)) {
          throw fail('account.last_owner', { id });
        }
        const hash = found.tokenHash;
        found.revokedAt = revokedAt;
        found.tokenHash = null;
        return { accounts, result: { hash, account: publicAccount(found) } };
      }, mark),
    );
    if (previous.hash) await this.tokens.deleteToken(previous.hash).catch(() => undefined);
    return previous.account;
  }

  async rotate(id: string, tokenHash: string, actor: Actor): Promise<Account> {
    const current = await this.requireActive(id);
    await this.tokens.putToken(tokenHash, principalOf({ ...current }));
    let previous: string | null;
    try {
      previous = await this.audit.record(
        { ...this.draft(actor, 'account.token_issued', id), before: null, after: null },
        keys.accountRegistry(),
        (mark) =>
          this.mutate((accounts) => {
            const found = accounts.find((a) => a.id === id);
            if (!found || found.revokedAt !== null) throw notFound(id);
            const old = found.tokenHash;
            found.tokenHash = tokenHash;
            return { accounts, result: old };
          }, mark),
      );
    } catch (error) {
      await this.tokens.deleteToken(tokenHash).catch(() => undefined);
      throw error;
    }
    if (previous && previous !== tokenHash) await this.tokens.deleteToken(previous).catch(() => undefined);
    return current;
  }

  async setBootstrapToken(tokenHash: string, options: { onlyIfAbsent?: boolean } = {}): Promise<boolean> {
    const { accounts } = await this.read();
    const existing = accounts.find((a) => a.id === BOOTSTRAP_ACCOUNT_ID);
    if (
      existing &&
      (options.onlyIfAbsent || (existing.tokenHash === tokenHash && existing.revokedAt === null))
    ) {
      return false;
    }
    const bootstrap: StoredAccount = {
      id: BOOTSTRAP_ACCOUNT_ID,
      name: existing?.name ?? 'Bootstrap owner',
      email: existing?.email ?? '',
      role: 'owner',
      assessments: '*',
      createdAt: existing?.createdAt ?? this.clock.now().toISOString(),
      revokedAt: null,
      tokenHash,
    };
    await this.tokens.putToken(tokenHash, principalOf(bootstrap));
    const action = existing ? 'account.token_issued' : 'account.created';
    let previous: string | null;
    try {
      previous = await this.audit.record(
        {
          ...this.draft(SYSTEM_ACTOR, action, BOOTSTRAP_ACCOUNT_ID),
          before: null,
          after: publicAccount(bootstrap),
        },
        keys.accountRegistry(),
        (mark) =>
          this.mutate((list) => {
            const found = list.find((a) => a.id === BOOTSTRAP_ACCOUNT_ID);
            // Another start made it meanwhile: change nothing (the audit entry goes with the throw).
            if (found && options.onlyIfAbsent) throw new BootstrapExists();
            const rest = list.filter((a) => a.id !== BOOTSTRAP_ACCOUNT_ID);
            return { accounts: [bootstrap, ...rest], result: found?.tokenHash ?? null };
          }, mark),
      );
    } catch (error) {
      await this.tokens.deleteToken(tokenHash).catch(() => undefined);
      if (error instanceof BootstrapExists) return false;
      throw error;
    }
    if (previous && previous !== tokenHash) await this.tokens.deleteToken(previous).catch(() => undefined);
    return true;
  }

  private async requireActive(id: string): Promise<Account> {
    const found = await this.get(id);
    if (!found || found.revokedAt !== null) throw notFound(id);
    return found;
  }

  private draft(actor: Actor, action: string, id: string) {
    return { assessmentId: ACCOUNTS_AUDIT_ID, actor, action, target: `account:${id}` };
  }
}

/** The audit log and the account store over one table, as every composition root wires them. */
export function accountsAndAudit(
  client: DynamoDBClient,
  table: string,
  tokens: TokenStore,
  clock: Clock = systemClock,
): { accounts: DynamoAccountStore; audit: DynamoAuditLog } {
  const audit = new DynamoAuditLog(client, table, clock);
  return { audit, accounts: new DynamoAccountStore(client, table, tokens, audit, clock) };
}
