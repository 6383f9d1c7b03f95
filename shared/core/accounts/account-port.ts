/** The accounts port (`AppDeps.accounts`); `DynamoAccountStore` implements it. */
import type { Actor } from '../audit/audit-entry.js';
import type { Account, NewAccount } from './account.js';
import type { AccountPrincipal } from './principal.js';

/** Accounts: list, create, revoke, rotate, and the token check behind every coordinator request. */
export interface AccountStore {
  list(): Promise<Account[]>;
  get(id: string): Promise<Account | null>;
  /** The principal of an account token, or null when revoked, rotated or unknown. */
  principalForToken(accountId: string, tokenHash: string): Promise<AccountPrincipal | null>;
  create(input: NewAccount, tokenHash: string, actor: Actor): Promise<Account>;
  revoke(id: string, actor: Actor): Promise<Account>;
  rotate(id: string, tokenHash: string, actor: Actor): Promise<Account>;
  /** Makes `tokenHash` the bootstrap owner's one token (ADMIN_TOKEN / first start). */
  setBootstrapToken(tokenHash: string, options?: { onlyIfAbsent?: boolean }): Promise<boolean>;
}
