/**
 * Authentication and authorisation in one place: `authenticate` turns the bearer token into a
 * principal (401 otherwise), and `allow(policy)` states per route who may call it, checking the
 * assessment and agency scope of agency tokens against the path and query (403 otherwise).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Principal, TokenStore } from '../../../shared/ports.js';
import type { AppEnv } from '../app-env.js';
import { appError } from '../messages.js';
import { hashToken } from './tokens.js';

/**
 * - `any`: any valid token;
 * - `admin`: the coordinator only;
 * - `member`: the coordinator, or an agency of the `:aid` assessment;
 * - `own-agency`: the coordinator, or an agency of `:aid` acting on itself (`:code` or `?agency=`);
 * - `agency`: an agency of `:aid` acting on itself (the web-form channel).
 */
export type Policy = 'any' | 'admin' | 'member' | 'own-agency' | 'agency';

/** The pure rule behind `allow`: may `principal` call a route with this policy and these ids? */
export function isAllowed(
  principal: Principal,
  policy: Policy,
  scope: { assessmentId?: string; agencyCode?: string },
): boolean {
  if (policy === 'any') return true;
  if (principal.role === 'admin') return policy !== 'agency';
  if (policy === 'admin') return false;
  if (scope.assessmentId !== undefined && scope.assessmentId !== principal.assessmentId) return false;
  if (policy === 'member') return true;
  return scope.agencyCode === undefined || scope.agencyCode === principal.agencyCode;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Resolves `Authorization: Bearer <token>` to a principal, or answers 401. */
export function authenticate(tokens: TokenStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    const lang = c.get('lang');
    if (!header) throw appError('auth.missing_token', lang);
    const match = BEARER.exec(header);
    if (!match?.[1]) throw appError('auth.invalid_token', lang);
    const principal = await tokens.getToken(hashToken(match[1]));
    if (!principal) throw appError('auth.invalid_token', lang);
    c.set('principal', principal);
    await next();
  };
}

/** The agency a request is about: `:code`, else `?agency=`. */
function requestedAgency(c: Context<AppEnv>): string | undefined {
  return c.req.param('code') ?? c.req.query('agency') ?? undefined;
}

/** Route guard: 403 `auth.forbidden` unless the principal fits the policy. */
export function allow(policy: Policy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const scope = { assessmentId: c.req.param('aid'), agencyCode: requestedAgency(c) };
    if (!isAllowed(c.get('principal'), policy, scope)) throw appError('auth.forbidden', c.get('lang'));
    await next();
  };
}

/**
 * The agency a scoped request acts on: an agency token's own code, or for the coordinator the
 * `?agency=` the route requires (400 `agency.required` when missing).
 */
export function actingAgency(c: Context<AppEnv>): string {
  const principal = c.get('principal');
  if (principal.role === 'agency') return principal.agencyCode;
  const code = requestedAgency(c);
  if (!code) throw appError('agency.required', c.get('lang'));
  return code;
}
