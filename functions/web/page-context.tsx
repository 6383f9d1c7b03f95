/** What every page handler needs: the language, the switch link, the frame, rendering, dates. */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Lang } from '../../shared/core/types.js';
import { accountNav } from './account-nav.js';
import { Layout, type NavItem } from './layout.js';
import { AGENCY_ADMIN_TEXTS } from './texts/agency-admin-texts.js';
import { AGENCY_TEXTS } from './texts/agency-texts.js';
import { COMMON_TEXTS } from './texts/common-texts.js';
import { COORDINATOR_TEXTS } from './texts/coordinator-texts.js';
import { translate, translator } from './texts/translate.js';
import type { WebEnv } from './web-env.js';

export type WebContext = Context<WebEnv>;

/** The current address with `lang` set to the other language (other query parameters kept). */
export function switchHref(c: WebContext): string {
  const url = new URL(c.req.url);
  url.searchParams.set('lang', c.get('lang') === 'en' ? 'id' : 'en');
  return `${url.pathname}?${url.searchParams.toString()}`;
}

/** A date and time as people in Central Java read it (WIB). */
export function formatWhen(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Jakarta',
    timeZoneName: 'short',
  }).format(date);
}

/** The menu of the signed-in role, with the current page marked. */
function navFor(c: WebContext): NavItem[] {
  const principal = c.get('session') ? c.get('principal') : undefined;
  const path = c.req.path;
  const lang = c.get('lang');
  if (principal?.kind === 'agency') {
    const tr = translator(AGENCY_TEXTS, lang);
    return [
      { href: '/agency', label: tr('navHome'), current: path === '/agency' },
      { href: '/agency/upload', label: tr('navUpload'), current: path.startsWith('/agency/upload') },
      { href: '/agency/form', label: tr('navForm'), current: path.startsWith('/agency/form') },
      { href: '/agency/history', label: tr('navHistory'), current: path.startsWith('/agency/history') },
    ];
  }
  if (principal?.kind === 'account') {
    const tr = translator(COORDINATOR_TEXTS, lang);
    const aid = /^\/coordinator\/a\/([^/]+)/.exec(path)?.[1];
    const items: NavItem[] = [
      { href: '/coordinator', label: tr('navAssessments'), current: path === '/coordinator' },
    ];
    if (aid) {
      items.push(
        {
          href: `/coordinator/a/${aid}`,
          label: tr('navDashboard'),
          current: path === `/coordinator/a/${aid}`,
        },
        {
          href: `/coordinator/a/${aid}/agencies`,
          label: tr('navAgencies'),
          current: path.startsWith(`/coordinator/a/${aid}/agencies`),
        },
        {
          href: `/coordinator/a/${aid}/reminders`,
          label: translate(AGENCY_ADMIN_TEXTS, lang, 'navReminders'),
          current: path.startsWith(`/coordinator/a/${aid}/reminders`),
        },
      );
    }
    items.push(...accountNav(principal, path, aid, lang));
    return items;
  }
  return [];
}

/** Who is signed in, for the header. */
function whoLine(c: WebContext): string | undefined {
  if (!c.get('session')) return undefined;
  const principal = c.get('principal');
  const tr = translator(COMMON_TEXTS, c.get('lang'));
  return principal.kind === 'account'
    ? `${principal.name} (${principal.role})`
    : tr('signedInAsAgency', { code: principal.agencyCode, assessment: principal.assessmentId });
}

/** Renders a page in the frame with a status; pages are never cached (they show private data). */
export async function renderPage(c: WebContext, title: string, body: Child, status = 200) {
  const page = (
    <Layout
      lang={c.get('lang')}
      title={title}
      switchHref={switchHref(c)}
      who={whoLine(c)}
      csrf={c.get('session')?.csrf}
      nav={navFor(c)}
    >
      {body}
    </Layout>
  );
  c.header('Cache-Control', 'no-store');
  return c.html(`<!DOCTYPE html>${await page.toString()}`, status as 200);
}

/** A page that only says what is wrong (errors, refusals). */
export function renderMessage(
  c: WebContext,
  title: string,
  message: string,
  status: number,
  tone: 'bad' | 'warn' | 'ok' = 'bad',
) {
  const tr = translator(COMMON_TEXTS, c.get('lang'));
  return renderPage(
    c,
    title,
    <>
      <p class={`notice ${tone}`} role={tone === 'ok' ? 'status' : 'alert'}>
        {message}
      </p>
      <p>
        <a href="/">{tr('backHome')}</a>
      </p>
    </>,
    status,
  );
}
