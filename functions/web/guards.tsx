/** Page guards: a signed-in session of the right kind and role, else sign-in (303) or 403. */
import type { MiddlewareHandler } from 'hono';
import { isAllowed, type Policy } from '../../shared/core/accounts/principal.js';
import { readSessionCookie } from './cookies.js';
import { renderMessage, type WebContext } from './page-context.js';
import { COMMON_TEXTS } from './texts/common-texts.js';
import { translator } from './texts/translate.js';
import type { WebEnv } from './web-env.js';

/** The assessment a coordinator page is about (`/coordinator/a/<aid>/...`). */
export function pageAssessment(c: WebContext): string | undefined {
  const match = /^\/coordinator\/a\/([^/]+)/.exec(c.req.path)?.[1];
  return match === undefined ? undefined : decodeURIComponent(match);
}

function forbidden(c: WebContext) {
  const tr = translator(COMMON_TEXTS, c.get('lang'));
  return renderMessage(c, tr('forbiddenTitle'), tr('forbidden'), 403);
}

/**
 * Lets only a session of `kind` through. For coordinator accounts the page's assessment must be
 * theirs, and a form post needs at least an editor (a viewer reads dashboards, changes nothing).
 * `'admin'` is the coordinator kind's older name.
 */
export function requireRole(kind: 'account' | 'admin' | 'agency'): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (!c.get('session')) return c.redirect(readSessionCookie(c) ? '/?expired=1' : '/', 303);
    const principal = c.get('principal');
    if (kind === 'agency' ? principal.kind !== 'agency' : principal.kind !== 'account') return forbidden(c);
    if (principal.kind === 'account') {
      const write = c.req.method !== 'GET' && c.req.method !== 'HEAD';
      if (!isAllowed(principal, 'admin', { assessmentId: pageAssessment(c), write })) return forbidden(c);
    }
    await next();
  };
}

/** A stricter guard for one page or form (e.g. `owner` for accounts and new assessments). */
export function requirePolicy(policy: Policy): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const write = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if (!isAllowed(c.get('principal'), policy, { assessmentId: pageAssessment(c), write }))
      return forbidden(c);
    await next();
  };
}

/** Whether the signed-in account may change things here (pages hide write buttons otherwise). */
export function canEdit(c: WebContext, policy: Policy = 'editor'): boolean {
  return (
    c.get('session') !== undefined &&
    isAllowed(c.get('principal'), policy, { assessmentId: pageAssessment(c), write: true })
  );
}
