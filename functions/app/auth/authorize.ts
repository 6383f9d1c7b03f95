/**
 * Authentication and authorisation in one place: `authenticate` turns the bearer token into a
 * principal (401 otherwise), and `allow(policy)` states per route who may call it — the role of a
 * coordinator account and its assessments, the assessment and agency of an agency token — against
 * the path and query (403 otherwise). The rule itself is `isAllowed` in shared/core/accounts.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AccountStore } from '../../../shared/core/accounts/account-port.js';
import { isAllowed, type Policy, type Principal } from '../../../shared/core/accounts/principal.js';
import type { Actor } from '../../../shared/core/audit/audit-entry.js';
import { fail, issueOf } from '../../../shared/core/errors/index.js';
import type { Issue } from '../../../shared/core/types.js';
import type { TokenStore } from '../../../shared/ports.js';
import type { AppEnv } from '../app-env.js';
import { hashToken } from './tokens.js';

export type { Policy } from '../../../shared/core/accounts/principal.js';
export { isAllowed } from '../../../shared/core/accounts/principal.js';

/**
 * Who a token hash speaks for, or null. An account token counts only while its account is active
 * and still names this hash (revoking or rotating is one write to the account registry).
 */
export async function resolveTokenHash(
  deps: { tokens: TokenStore; accounts: Pick<AccountStore, 'principalForToken'> },
  hash: string,
): Promise<Principal | null> {
  const principal = await deps.tokens.getToken(hash);
  if (!principal || principal.kind === 'agency') return principal;
  return deps.accounts.principalForToken(principal.accountId, hash);
}

/** The audit actor of a request: the signed-in account or agency. */
export function actorOf(c: { get(key: 'principal'): Principal }): Actor {
  const principal = c.get('principal');
  return principal.kind === 'account'
    ? { kind: 'account', id: principal.accountId, name: principal.name }
    : { kind: 'agency', id: principal.agencyCode, name: principal.agencyCode };
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Resolves `Authorization: Bearer <token>` to a principal, or answers 401. */
export function authenticate(deps: Parameters<typeof resolveTokenHash>[0]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw fail('auth.missing_token');
    const match = BEARER.exec(header);
    if (!match?.[1]) throw fail('auth.invalid_token');
    const principal = await resolveTokenHash(deps, hashToken(match[1]));
    if (!principal) throw fail('auth.invalid_token');
    c.set('principal', principal);
    await next();
  };
}

/** The agency a request is about: `:code`, else `?agency=`. */
function requestedAgency(c: Context<AppEnv>): string | undefined {
  // Agency codes are matched case-insensitively: `dinkes` is `DINKES` (stored upper-case).
  return (c.req.param('code') ?? c.req.query('agency'))?.toUpperCase();
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
  const size = { en: `${MAX_ID_LENGTH} characters`, id: `${MAX_ID_LENGTH} karakter` };
  const issues: Issue[] = ids
    .filter(([, value]) => value !== undefined && value.length > MAX_ID_LENGTH)
    .map(([field]) => issueOf('request.invalid', { field }, { field, size }, lang, 'request.field.at_most'));
  if (issues.length > 0) throw fail('request.invalid', {}, { status: 400, issues });
}

/**
 * Route guard: 400 for an id too long to exist, then 403 `auth.forbidden` unless the principal
 * fits the policy.
 */
export function allow(policy: Policy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    checkIdLengths(c);
    const write = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    const scope = { assessmentId: c.req.param('aid'), agencyCode: requestedAgency(c), write };
    if (!isAllowed(c.get('principal'), policy, scope)) throw fail('auth.forbidden');
    await next();
  };
}

/**
 * The agency a scoped request acts on: an agency token's own code, or for the coordinator the
 * `?agency=` the route requires (400 `agency.required` when missing).
 */
export function actingAgency(c: Context<AppEnv>): string {
  const principal = c.get('principal');
  if (principal.kind === 'agency') return principal.agencyCode;
  const code = requestedAgency(c);
  if (!code) throw fail('agency.required');
  return code;
}
