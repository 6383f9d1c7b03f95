/** Coordinator accounts (owner only): create with a token shown once, list, revoke, rotate. */
import { Hono } from 'hono';
import { type NewAccount, newAccountSchema } from '../../../shared/core/accounts/account.js';
import type { AccountPrincipal } from '../../../shared/core/accounts/principal.js';
import { fail, issueOf } from '../../../shared/core/errors/index.js';
import type { Lang } from '../../../shared/core/types.js';
import type { AppEnv } from '../app-env.js';
import { actorOf, allow } from '../auth/authorize.js';
import { generateToken, hashToken } from '../auth/tokens.js';
import type { AppDeps } from '../deps.js';
import { jsonValidator } from '../json-validator.js';

/**
 * Checks the assessments a new account is given: each must exist (422 naming `assessments`), and
 * an owner limited to some assessments may give only those (403).
 */
export async function checkAccountScope(
  deps: Pick<AppDeps, 'store'>,
  creator: AccountPrincipal,
  input: NewAccount,
  lang: Lang,
): Promise<void> {
  if (input.assessments === '*') {
    if (creator.assessments !== '*') throw fail('account.outside_scope', { id: '*' });
    return;
  }
  const known = new Set((await deps.store.listAssessments()).map((a) => a.id));
  const unknown = input.assessments.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const issues = unknown.map((id) =>
      issueOf('account.unknown_assessment', { field: 'assessments' }, { id }, lang),
    );
    throw fail('account.unknown_assessment', { id: unknown[0] ?? '' }, { issues });
  }
  const outside = input.assessments.find(
    (id) => creator.assessments !== '*' && !creator.assessments.includes(id),
  );
  if (outside) throw fail('account.outside_scope', { id: outside });
}

/** A token response is never cached by a browser or proxy. */
const NO_STORE = { 'Cache-Control': 'no-store' };

export function accountRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/accounts', allow('owner'), async (c) => c.json({ accounts: await deps.accounts.list() }))
    .post('/accounts', allow('owner'), jsonValidator(newAccountSchema), async (c) => {
      const input = c.req.valid('json');
      await checkAccountScope(deps, c.get('principal') as AccountPrincipal, input, c.get('lang'));
      const token = generateToken('admin');
      const account = await deps.accounts.create(input, hashToken(token), actorOf(c));
      return c.json({ account, token }, 201, NO_STORE);
    })
    .delete('/accounts/:id', allow('owner'), async (c) => {
      const account = await deps.accounts.revoke(c.req.param('id'), actorOf(c));
      return c.json({ account });
    })
    .post('/accounts/:id/token', allow('owner'), async (c) => {
      const token = generateToken('admin');
      const account = await deps.accounts.rotate(c.req.param('id'), hashToken(token), actorOf(c));
      return c.json({ account, token }, 200, NO_STORE);
    });
}
