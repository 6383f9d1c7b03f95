/**
 * Server-side web sessions. The browser holds only a random session id (HttpOnly cookie); the
 * session record lives in the blob archive under the SHA-256 of that id (so a reader of the archive
 * cannot sign in with it) and holds the SHA-256 of the access token it was opened with, never the
 * token. Every request re-resolves that hash through the token store, so rotating or revoking a
 * token ends its web sessions at once. The archive has no delete: sign-out overwrites the record
 * as revoked.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as z from 'zod';
import type { BlobArchive } from '../../shared/ports.js';

/** How long a session lives after sign-in (absolute, not sliding: no write per page view). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const sessionSchema = z.object({
  v: z.literal(1),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  csrf: z.string().min(32),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revoked: z.boolean().optional(),
});

export type WebSession = z.infer<typeof sessionSchema>;

/** Session ids are 32 random bytes, base64url: anything else is not looked up. */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Where a session's record is kept. */
function sessionKey(sessionId: string): string {
  return `web/sessions/${sha256(sessionId)}.json`;
}

/** Opens a session for the token whose hash is given; returns its id (for the cookie) and record. */
export async function createSession(
  archive: BlobArchive,
  tokenHash: string,
  now: Date,
): Promise<{ id: string; session: WebSession }> {
  const id = randomBytes(32).toString('base64url');
  const session: WebSession = {
    v: 1,
    tokenHash,
    csrf: randomBytes(32).toString('base64url'),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
  };
  await archive.put(sessionKey(id), new TextEncoder().encode(JSON.stringify(session)), 'application/json');
  return { id, session };
}

/** The session of an id, or null when unknown, malformed, expired or signed out. */
export async function readSession(
  archive: BlobArchive,
  sessionId: string | undefined,
  now: Date,
): Promise<WebSession | null> {
  if (!sessionId || !SESSION_ID.test(sessionId)) return null;
  const bytes = await archive.get(sessionKey(sessionId));
  if (!bytes) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  const result = sessionSchema.safeParse(parsed);
  if (!result.success || result.data.revoked) return null;
  if (Date.parse(result.data.expiresAt) <= now.getTime()) return null;
  return result.data;
}

/** Ends a session: its record is overwritten as revoked, so the id stops working everywhere. */
export async function revokeSession(archive: BlobArchive, sessionId: string, session: WebSession) {
  const revoked: WebSession = { ...session, revoked: true };
  await archive.put(
    sessionKey(sessionId),
    new TextEncoder().encode(JSON.stringify(revoked)),
    'application/json',
  );
}
