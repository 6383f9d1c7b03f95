/** The frame of every page: header with who is signed in, language switch, sign-out, menu. */
import type { Child } from 'hono/jsx';
import type { Lang } from '../../shared/core/types.js';
import { CSRF_FIELD } from './csrf.js';
import { COMMON_TEXTS } from './texts/common-texts.js';
import { translator } from './texts/translate.js';

export interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

export interface LayoutProps {
  lang: Lang;
  title: string;
  /** The same page in the other language. */
  switchHref: string;
  /** Who is signed in (shown in the header), when someone is. */
  who?: string;
  /** The session's CSRF token, for the sign-out form. */
  csrf?: string;
  nav?: NavItem[];
  children?: Child;
}

/** Hidden CSRF field of a POST form. */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.token} />;
}

/** The page frame. */
export function Layout(props: LayoutProps) {
  const tr = translator(COMMON_TEXTS, props.lang);
  const other: Lang = props.lang === 'en' ? 'id' : 'en';
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${tr('appName')}`}</title>
        <link rel="stylesheet" href="/assets/web.css" />
      </head>
      <body>
        <a class="skip" href="#content">
          {tr('skipToContent')}
        </a>
        <header class="top">
          <a class="brand" href="/">
            {tr('appName')}
          </a>
          {props.who ? <span class="who">{props.who}</span> : null}
          <span class="spacer" />
          <a href={props.switchHref} hreflang={other} lang={other} aria-label={tr('switchLangLabel')}>
            {tr('switchLang')}
          </a>
          {props.csrf ? (
            <form method="post" action="/signout">
              <CsrfField token={props.csrf} />
              <button type="submit" class="linkbtn">
                {tr('signOut')}
              </button>
            </form>
          ) : null}
        </header>
        {props.nav && props.nav.length > 0 ? (
          <nav class="main" aria-label={tr('mainNav')}>
            {props.nav.map((item) => (
              <a href={item.href} aria-current={item.current ? 'page' : undefined}>
                {item.label}
              </a>
            ))}
          </nav>
        ) : null}
        <main id="content">
          <h1 id="page-title">{props.title}</h1>
          {props.children}
        </main>
        <footer>{tr('tagline')}</footer>
      </body>
    </html>
  );
}
