/** The coordinator menu's entries for the audit log (owner, editor) and the accounts (owner). */
import { type AccountPrincipal, isAllowed } from '../../shared/core/accounts/principal.js';
import type { Lang } from '../../shared/core/types.js';
import type { NavItem } from './layout.js';
import { ACCOUNT_TEXTS } from './texts/account-texts.js';
import { translator } from './texts/translate.js';

/** Menu items of the signed-in account on `path` (`aid` when the page is about an assessment). */
export function accountNav(
  principal: AccountPrincipal,
  path: string,
  aid: string | undefined,
  lang: Lang,
): NavItem[] {
  const tr = translator(ACCOUNT_TEXTS, lang);
  const items: NavItem[] = [];
  if (aid && isAllowed(principal, 'editor', { assessmentId: decodeURIComponent(aid), write: false })) {
    const href = `/coordinator/a/${aid}/audit`;
    items.push({ href, label: tr('navAudit'), current: path.startsWith(href) });
  }
  if (principal.role === 'owner') {
    items.push({
      href: '/coordinator/accounts',
      label: tr('navAccounts'),
      current: path.startsWith('/coordinator/accounts'),
    });
  }
  return items;
}
