import { createHash, randomBytes } from 'node:crypto';
import type { AccountStore } from '../../../shared/core/accounts/account-port.js';
import type { TokenStore } from '../../../shared/ports.js';

/** Token prefixes say what a token is (and let secret scanners and log redaction find them). */
export const TOKEN_PREFIX = { admin: 'mgi_adm_', agency: 'mgi_agy_' } as const;

/** A new bearer token: 32 random bytes (256 bits), base64url, with the role's prefix. */
export function generateToken(role: keyof typeof TOKEN_PREFIX): string {
  return `${TOKEN_PREFIX[role]}${randomBytes(32).toString('base64url')}`;
}

/** What the table stores instead of a token: its SHA-256, hex. A leaked table leaks no token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Issues a new token for an agency and makes every earlier token of that agency stop working. */
export async function issueAgencyToken(
  tokens: TokenStore,
  assessmentId: string,
  agencyCode: string,
): Promise<string> {
  const token = generateToken('agency');
  const hash = hashToken(token);
  await tokens.putToken(hash, { kind: 'agency', assessmentId, agencyCode });
  const previous = await tokens.swapAgencyTokenHash(assessmentId, agencyCode, hash).catch(async (error) => {
    await tokens.deleteToken(hash);
    throw error;
  });
  if (previous && previous !== hash) await tokens.deleteToken(previous);
  return token;
}

/** Revokes an agency's token: nothing works for it until a new one is issued. */
export async function revokeAgencyToken(
  tokens: TokenStore,
  assessmentId: string,
  agencyCode: string,
): Promise<void> {
  const previous = await tokens.swapAgencyTokenHash(assessmentId, agencyCode, null);
  if (previous) await tokens.deleteToken(previous);
}

/**
 * Makes sure the bootstrap owner (account `bootstrap`) has a token. With `configured`
 * (ADMIN_TOKEN) that token becomes its one token, so a token of an earlier ADMIN_TOKEN stops
 * working. Otherwise a token is generated when the bootstrap account does not exist yet and
 * returned once for printing; later starts return null (only its hash is stored).
 */
export async function ensureAdminToken(
  tokens: TokenStore,
  accounts: Pick<AccountStore, 'setBootstrapToken'>,
  configured: string | undefined,
): Promise<{ token: string; generated: boolean } | null> {
  if (configured) {
    await accounts.setBootstrapToken(hashToken(configured));
    return { token: configured, generated: false };
  }
  const token = generateToken('admin');
  if (await accounts.setBootstrapToken(hashToken(token), { onlyIfAbsent: true })) {
    // Kept so an older release started on the same data still sees the bootstrap as done.
    await tokens.claimAdminBootstrap();
    return { token, generated: true };
  }
  return null;
}
