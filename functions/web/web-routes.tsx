/**
 * The server-rendered pages, mounted at the root of the one app beside `/api`: sign-in, agency
 * pages (`/agency/...`) and coordinator pages (`/coordinator/...`). Plain HTML forms that work
 * without JavaScript; language from `?lang=`, then the `mgi_lang` cookie, then Accept-Language.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { isAppError } from '../../shared/core/app-error.js';
import { appErrorMessage, errorMessage } from '../../shared/core/errors/index.js';
import { resolveTokenHash } from '../app/auth/authorize.js';
import type { AppDeps } from '../app/deps.js';
import { isLang } from '../app/request-lang.js';
import { clearSessionCookie, readLangCookie, readSessionCookie, setLangCookie } from './cookies.js';
import { renderMessage, type WebContext } from './page-context.js';
import { accountWebRoutes } from './routes/account-web-routes.js';
import { agencyRoutes } from './routes/agency-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { coordinatorRoutes } from './routes/coordinator-routes.js';
import { focusGroupRoutes } from './routes/focus-group-routes.js';
import { agencyReviewWebRoutes, coordinatorReviewWebRoutes } from './routes/review-web-routes.js';
import { readSession } from './session.js';
import { COMMON_TEXTS } from './texts/common-texts.js';
import { translator } from './texts/translate.js';
import type { WebEnv } from './web-env.js';

/** The addresses the pages own; their middleware must not run for `/api`. */
const WEB_PATHS = [
  '/',
  '/favicon.ico',
  '/signin',
  '/signout',
  '/assets/*',
  '/agency/*',
  '/coordinator/*',
] as const;

/** Largest form post or upload (the API's default too): a filled template is ~30 KB. */
const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * Content-Security-Policy of the pages: scripts, styles and forms from this site only. The only
 * script is the focus-group workspace's optional keyboard shortcuts (/assets/focus-group.js).
 */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function notFoundPage(c: WebContext) {
  const tr = translator(COMMON_TEXTS, c.get('lang'));
  return renderMessage(c, tr('notFoundTitle'), tr('notFound'), 404);
}

/** Builds the web pages' routes (mounted with `app.route('/', webRoutes(deps))`). */
export function webRoutes(deps: AppDeps): Hono<WebEnv> {
  const web = new Hono<WebEnv>();
  const limit = deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const use = (handler: MiddlewareHandler<WebEnv>) => {
    for (const path of WEB_PATHS) web.use(path, handler);
  };

  // The web form of 76 indicators is ~100 KB of HTML and ~10 KB gzipped: it matters on a slow line.
  use(compress());
  use(async (c, next) => {
    const chosen = c.req.query('lang');
    if (isLang(chosen)) {
      setLangCookie(c, chosen);
      c.set('lang', chosen);
    } else {
      const saved = readLangCookie(c);
      if (isLang(saved)) c.set('lang', saved);
    }
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
  });

  // A form post from another origin is refused before anything reads its body.
  use(csrf());
  // The session is known before the body limit answers, so a too-large upload's page keeps the
  // menu and Sign out (reading the session cookie does not read the body).
  use(async (c, next) => {
    const sessionId = readSessionCookie(c);
    const session = await readSession(deps.archive, sessionId, deps.clock.now());
    const principal = session ? await resolveTokenHash(deps, session.tokenHash) : null;
    if (session && principal) {
      c.set('session', session);
      c.set('sessionId', sessionId);
      c.set('principal', principal);
    } else if (sessionId) {
      // Expired, signed out, or its token was rotated: forget the cookie.
      clearSessionCookie(c);
    }
    await next();
  });
  use(
    bodyLimit({
      maxSize: limit,
      onError: (c) => {
        const tr = translator(COMMON_TEXTS, c.get('lang'));
        const limitText = `${Math.round(limit / 1024 / 1024)} MB`;
        const message = errorMessage('upload.too_large', { limit: limitText }, c.get('lang'));
        return renderMessage(c, tr('errorTitle'), message, 413);
      },
    }),
  );

  web.route('/', authRoutes(deps));
  web.route('/agency', agencyRoutes(deps));
  web.route('/coordinator', coordinatorRoutes(deps));
  web.route('/coordinator', accountWebRoutes(deps));
  web.route('/coordinator', coordinatorReviewWebRoutes(deps));
  web.route('/agency', agencyReviewWebRoutes(deps));
  web.route('/', focusGroupRoutes(deps));

  web.all('/agency/*', notFoundPage);
  web.all('/coordinator/*', notFoundPage);

  web.onError((err, c) => {
    const tr = translator(COMMON_TEXTS, c.get('lang') ?? 'en');
    if (err instanceof HTTPException && err.status === 403) {
      return renderMessage(c, tr('forbiddenTitle'), tr('csrfFailed'), 403);
    }
    if (isAppError(err) && err.status < 500) {
      const retryAfter = err.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
      return renderMessage(c, tr('errorTitle'), appErrorMessage(err, c.get('lang') ?? 'en'), err.status);
    }
    if (err instanceof HTTPException && err.status < 500) {
      return renderMessage(c, tr('errorTitle'), err.message, err.status);
    }
    deps.logger?.error({ err, path: c.req.path, method: c.req.method }, 'web page failed');
    return renderMessage(
      c,
      tr('errorTitle'),
      errorMessage('internal', { requestId: c.get('requestId') ?? 'none' }, c.get('lang') ?? 'en'),
      500,
    );
  });
  return web;
}
