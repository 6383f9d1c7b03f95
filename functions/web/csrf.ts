/**
 * CSRF protection of every POST form, in two layers: hono/csrf refuses a form post whose Origin
 * (or Sec-Fetch-Site) is not this site, and a synchronizer token tied to the session must come back
 * in the hidden `_csrf` field. The sign-in form, which has no session yet, uses a double-submit
 * cookie instead (a random value in an HttpOnly cookie and in the form).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { WebEnv } from './web-env.js';

export const CSRF_FIELD = '_csrf';

/** A fresh random value for the sign-in form's double-submit cookie. */
export function newCsrfValue(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison of the expected token with what the form sent. */
export function csrfMatches(expected: string | undefined, given: unknown): boolean {
  if (!expected || typeof given !== 'string' || given.length === 0) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Refuses (403) a POST whose `_csrf` field does not match the session's token. */
export function requireSessionCsrf(): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (c.req.method === 'POST') {
      const body = await c.req.parseBody();
      if (!csrfMatches(c.get('session')?.csrf, body[CSRF_FIELD])) {
        throw new HTTPException(403, { message: 'csrf' });
      }
    }
    await next();
  };
}
