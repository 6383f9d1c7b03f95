import { createHash, randomBytes } from 'node:crypto';
import type { Principal, TokenStore } from '../../../shared/ports.js';

/** Token prefixes say what a token is (and let secret scanners and log redaction find them). */
export const TOKEN_PREFIX = { admin: 'mgi_adm_', agency: 'mgi_agy_' } as const;

/** A new bearer token: 32 random bytes (256 bits), base64url, with the role's prefix. */
export function generateToken(role: Principal['role']): string {
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
  await tokens.putToken(hash, { role: 'agency', assessmentId, agencyCode });
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
 * Makes sure an admin token exists. With `configured` (ADMIN_TOKEN) its hash is stored and nothing
 * is printed. Otherwise a token is generated on the very first start only and returned once for
 * printing; later starts return null (the token is stored only as a hash and cannot be shown again).
 */
export async function ensureAdminToken(
  tokens: TokenStore,
  configured: string | undefined,
): Promise<{ token: string; generated: boolean } | null> {
  if (configured) {
    await tokens.putToken(hashToken(configured), { role: 'admin' });
    return { token: configured, generated: false };
  }
  const token = generateToken('admin');
  const hash = hashToken(token);
  await tokens.putToken(hash, { role: 'admin' });
  if (await tokens.claimAdminBootstrap()) return { token, generated: true };
  await tokens.deleteToken(hash);
  return null;
}
