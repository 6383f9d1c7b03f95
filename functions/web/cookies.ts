/** The web pages' cookies: names and attributes in one place. */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import type { Lang } from '../../shared/core/types.js';
import { SESSION_TTL_MS } from './session.js';

const SESSION_COOKIE = 'mgi_session';
/** Double-submit value of the sign-in form (there is no session yet to tie a token to). */
const SIGNIN_CSRF_COOKIE = 'mgi_signin_csrf';
const LANG_COOKIE = 'mgi_lang';

/** https as the browser sees it: the URL, or the scheme a proxy (API Gateway, a load balancer) reports. */
function isHttps(c: Context): boolean {
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || new URL(c.req.url).protocol === 'https:';
}

function base(c: Context, maxAgeSeconds: number): CookieOptions {
  return { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c), maxAge: maxAgeSeconds };
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over https, as long as the session lives. */
export function setSessionCookie(c: Context, sessionId: string): void {
  setCookie(c, SESSION_COOKIE, sessionId, base(c, Math.floor(SESSION_TTL_MS / 1000)));
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function setSigninCsrfCookie(c: Context, value: string): void {
  setCookie(c, SIGNIN_CSRF_COOKIE, value, base(c, 60 * 60));
}

export function readSigninCsrfCookie(c: Context): string | undefined {
  return getCookie(c, SIGNIN_CSRF_COOKIE);
}

export function clearSigninCsrfCookie(c: Context): void {
  deleteCookie(c, SIGNIN_CSRF_COOKIE, { path: '/', secure: isHttps(c) });
}

/** The language choice is not a secret; a year, so a clerk's choice sticks. */
export function setLangCookie(c: Context, lang: Lang): void {
  setCookie(c, LANG_COOKIE, lang, { ...base(c, 365 * 24 * 60 * 60) });
}

export function readLangCookie(c: Context): string | undefined {
  return getCookie(c, LANG_COOKIE);
}
