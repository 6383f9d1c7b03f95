/** Coordinator accounts: what is stored and shown (never the token), and the rules over them. */
import * as z from 'zod';
import { type AccountPrincipal, COORDINATOR_ROLES, type CoordinatorRole } from './principal.js';

export interface Account {
  id: string;
  name: string;
  email: string;
  role: CoordinatorRole;
  assessments: string[] | '*';
  createdAt: string;
  /** Set when the account was revoked; a revoked account has no working token. */
  revokedAt: string | null;
}

/** Body of `POST /api/accounts`. */
export const newAccountSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().max(254).pipe(z.email()),
  role: z.enum(COORDINATOR_ROLES),
  assessments: z.union([z.literal('*'), z.array(z.string().min(1).max(64)).min(1).max(500)]),
});

export type NewAccount = z.infer<typeof newAccountSchema>;

/** The principal an active account's token speaks for. */
export function principalOf(account: Account): AccountPrincipal {
  return {
    kind: 'account',
    accountId: account.id,
    name: account.name,
    role: account.role,
    assessments: account.assessments,
  };
}

/** Whether revoking `id` would leave no active owner (refused: someone must be able to manage accounts). */
export function isLastOwner(accounts: readonly Account[], id: string): boolean {
  const owners = accounts.filter((a) => a.role === 'owner' && a.revokedAt === null);
  return owners.length === 1 && owners[0]?.id === id;
}
