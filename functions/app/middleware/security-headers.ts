import type { MiddlewareHandler } from 'hono';

/**
 * The API's Content-Security-Policy: a JSON or xlsx answer loads nothing and is framed by nobody,
 * so a response opened in a browser (an error body, a download) cannot run or pull in anything.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Headers every response carries, errors and 404s included: `nosniff`, so a browser never guesses
 * a type other than the one sent, and a CSP when the route set none (the pages set their own).
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', API_CSP);
  };
}
