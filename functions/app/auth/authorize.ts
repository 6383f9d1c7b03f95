/**
 * Authentication and authorisation in one place: `authenticate` turns the bearer token into a
 * principal (401 otherwise), and `allow(policy)` states per route who may call it, checking the
 * assessment and agency scope of agency tokens against the path and query (403 otherwise).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Issue } from '../../../shared/core/types.js';
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

/**
 * Longest id the API takes in a path or `?agency=`. Assessment ids and agency codes are at most
 * 64 characters when created, framework ids too; a longer one cannot exist, and passing it on
 * would hit DynamoDB's key size limit (a 500) instead of a clear 400.
 */
export const MAX_ID_LENGTH = 64;

/** 400 `request.invalid` naming each path or query id longer than any stored id can be. */
function checkIdLengths(c: Context<AppEnv>): void {
  const ids: [string, string | undefined][] = [
    ['aid', c.req.param('aid')],
    ['fid', c.req.param('fid')],
    ['code', c.req.param('code')],
    ['agency', c.req.query('agency')],
  ];
  const lang = c.get('lang');
  const issues: Issue[] = ids
    .filter(([, value]) => value !== undefined && value.length > MAX_ID_LENGTH)
    .map(([field]) => ({
      sheet: null,
      cell: null,
      indicatorId: null,
      field,
      code: 'request.invalid',
      message:
        lang === 'id'
          ? `${field} paling banyak ${MAX_ID_LENGTH} karakter.`
          : `${field} has at most ${MAX_ID_LENGTH} characters.`,
    }));
  if (issues.length > 0) throw appError('request.invalid', lang, {}, { status: 400, issues });
}

/**
 * Route guard: 400 for an id too long to exist, then 403 `auth.forbidden` unless the principal
 * fits the policy.
 */
export function allow(policy: Policy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    checkIdLengths(c);
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
