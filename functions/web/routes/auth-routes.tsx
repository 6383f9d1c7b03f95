/** Sign-in with a token, sign-out, and the stylesheet. */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Principal } from '../../../shared/ports.js';
import { resolveTokenHash } from '../../app/auth/authorize.js';
import { hashToken } from '../../app/auth/tokens.js';
import type { AppDeps } from '../../app/deps.js';
import {
  clearSessionCookie,
  clearSigninCsrfCookie,
  readSigninCsrfCookie,
  setSessionCookie,
  setSigninCsrfCookie,
} from '../cookies.js';
import { CSRF_FIELD, csrfMatches, newCsrfValue } from '../csrf.js';
import { renderPage, type WebContext } from '../page-context.js';
import { SignInPage } from '../pages/sign-in.js';
import { createSession, revokeSession } from '../session.js';
import { WEB_CSS } from '../style.js';
import { COMMON_TEXTS } from '../texts/common-texts.js';
import { translator } from '../texts/translate.js';
import type { WebEnv } from '../web-env.js';

/** Where a signed-in principal starts. */
function homeOf(principal: Principal): string {
  return principal.kind === 'account' ? '/coordinator' : '/agency';
}

function signInPage(c: WebContext, options: { error?: string; notice?: string; status?: number } = {}) {
  const tr = translator(COMMON_TEXTS, c.get('lang'));
  // One double-submit value per browser, reused across tabs until sign-in succeeds.
  const csrf = readSigninCsrfCookie(c) ?? newCsrfValue();
  setSigninCsrfCookie(c, csrf);
  return renderPage(
    c,
    tr('signInTitle'),
    <SignInPage lang={c.get('lang')} csrf={csrf} error={options.error} notice={options.notice} />,
    options.status ?? 200,
  );
}

/** `/`, `/signin`, `/signout`, `/assets/web.css`, `/favicon.ico`. */
export function authRoutes(deps: AppDeps): Hono<WebEnv> {
  return (
    new Hono<WebEnv>()
      .get('/assets/web.css', (c) =>
        c.body(WEB_CSS, 200, {
          'Content-Type': 'text/css; charset=utf-8',
          'Cache-Control': 'public, max-age=3600',
        }),
      )
      // Browsers ask for it on every first visit; no icon, and no JSON 404 in their console.
      .get('/favicon.ico', (c) => c.body(null, 204, { 'Cache-Control': 'public, max-age=86400' }))
      .get('/', async (c) => {
        if (c.get('session')) return c.redirect(homeOf(c.get('principal')), 303);
        const tr = translator(COMMON_TEXTS, c.get('lang'));
        const notice =
          c.req.query('out') !== undefined
            ? tr('signedOut')
            : c.req.query('expired') !== undefined
              ? tr('sessionEnded')
              : undefined;
        return signInPage(c, { notice });
      })
      .get('/signin', (c) => c.redirect('/', 303))
      .get('/signout', (c) => c.redirect('/', 303))
      .post('/signin', async (c) => {
        const body = await c.req.parseBody();
        if (!csrfMatches(readSigninCsrfCookie(c), body[CSRF_FIELD])) {
          throw new HTTPException(403, { message: 'csrf' });
        }
        const token = typeof body.token === 'string' ? body.token.trim() : '';
        const tokenHash = hashToken(token);
        const principal = token ? await resolveTokenHash(deps, tokenHash) : null;
        if (!principal) {
          const tr = translator(COMMON_TEXTS, c.get('lang'));
          return signInPage(c, { error: tr('signInFailed'), status: 401 });
        }
        const { id } = await createSession(deps.archive, tokenHash, deps.clock.now());
        setSessionCookie(c, id);
        clearSigninCsrfCookie(c);
        return c.redirect(homeOf(principal), 303);
      })
      .post('/signout', async (c) => {
        const session = c.get('session');
        const sessionId = c.get('sessionId');
        // Without a live session there is nothing to end: the cookie is just dropped.
        if (session && sessionId) {
          const body = await c.req.parseBody();
          if (!csrfMatches(session.csrf, body[CSRF_FIELD])) throw new HTTPException(403, { message: 'csrf' });
          await revokeSession(deps.archive, sessionId, session);
        }
        clearSessionCookie(c);
        return c.redirect(session ? '/?out=1' : '/', 303);
      })
  );
}
