/** Page guards: a signed-in session of the right role, else sign-in (303) or 403. */
import type { MiddlewareHandler } from 'hono';
import type { Principal } from '../../shared/ports.js';
import { readSessionCookie } from './cookies.js';
import { renderMessage } from './page-context.js';
import { COMMON_TEXTS } from './texts/common-texts.js';
import { translator } from './texts/translate.js';
import type { WebEnv } from './web-env.js';

/** Lets only a session of `role` through. */
export function requireRole(role: Principal['role']): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (!c.get('session')) return c.redirect(readSessionCookie(c) ? '/?expired=1' : '/', 303);
    if (c.get('principal').role !== role) {
      const tr = translator(COMMON_TEXTS, c.get('lang'));
      return renderMessage(c, tr('forbiddenTitle'), tr('forbidden'), 403);
    }
    await next();
  };
}
