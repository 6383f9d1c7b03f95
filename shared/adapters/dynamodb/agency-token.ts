import { createHash, randomBytes } from 'node:crypto';

/**
 * An agency bearer token: the `mgi_agy_` prefix (log redaction and secret scanners find it) and
 * 32 random bytes, base64url. Same format as `functions/app/auth/tokens.ts` issues.
 */
export function generateAgencyToken(): string {
  return `mgi_agy_${randomBytes(32).toString('base64url')}`;
}

/** What the table keeps instead of a token: its SHA-256, hex. */
export function hashAgencyToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
