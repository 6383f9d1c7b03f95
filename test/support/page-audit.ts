/**
 * What the accessibility suite checks on every page it visits: axe-core's serious and critical
 * violations, horizontal scrolling, the `lang` attribute, and that no sentence of the other
 * language's texts (page texts and the error catalogue) appears on the page.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { ACCOUNT_TEXTS } from '../../functions/web/texts/account-texts.js';
import { AGENCY_ADMIN_TEXTS } from '../../functions/web/texts/agency-admin-texts.js';
import { AGENCY_TEXTS } from '../../functions/web/texts/agency-texts.js';
import { COMMON_TEXTS } from '../../functions/web/texts/common-texts.js';
import { COORDINATOR_TEXTS } from '../../functions/web/texts/coordinator-texts.js';
import { FOCUS_GROUP_TEXTS } from '../../functions/web/texts/focus-group-texts.js';
import { REVIEW_TEXTS } from '../../functions/web/texts/review-texts.js';
import { ERRORS } from '../../shared/core/errors/index.js';
import type { Lang } from '../../shared/core/types.js';

export interface PageFindings {
  violations: string[];
  scrollWidth: number;
  innerWidth: number;
  lang: string | null;
  foreign: string[];
}

const CATALOGUES: Record<string, { en: string; id: string }>[] = [
  ACCOUNT_TEXTS,
  AGENCY_ADMIN_TEXTS,
  AGENCY_TEXTS,
  COMMON_TEXTS,
  COORDINATOR_TEXTS,
  FOCUS_GROUP_TEXTS,
  REVIEW_TEXTS,
  ERRORS as unknown as Record<string, { en: string; id: string }>,
];

/** Fragments (between placeholders) of at least 18 characters: long enough to be a sentence. */
function fragments(text: string): string[] {
  return text
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 18);
}

/** Sentences only the other language has, per page language. */
function foreignFragments(lang: Lang): string[] {
  const other: Lang = lang === 'en' ? 'id' : 'en';
  const own = CATALOGUES.flatMap((cat) => Object.values(cat).map((e) => e[lang]));
  const candidates = new Set(
    CATALOGUES.flatMap((cat) => Object.values(cat).flatMap((e) => fragments(e[other]))),
  );
  return [...candidates].filter((f) => !own.some((text) => text.includes(f)));
}

const FOREIGN = { en: foreignFragments('en'), id: foreignFragments('id') };

/**
 * Runs every check on the page as it is now. `contrast: false` leaves out axe's colour-contrast
 * rule, by far its slowest on long pages: colours do not change with the width, so the suite
 * checks contrast once per page and language.
 */
export async function auditPage(
  page: Page,
  lang: Lang,
  options: { contrast: boolean },
): Promise<PageFindings> {
  // Violations only: collecting the passes too doubles axe's time on long pages.
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (!options.contrast) builder = builder.disableRules(['color-contrast']);
  const axe = await builder.analyze();
  const violations = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  const measured = await page.evaluate(() => {
    // Text in the page's language only: parts marked with another lang (the switch link) left out.
    const root = document.body.cloneNode(true) as HTMLElement;
    const pageLang = document.documentElement.lang;
    for (const el of Array.from(root.querySelectorAll('[lang]'))) {
      if (el.getAttribute('lang') !== pageLang) el.remove();
    }
    // Form controls' values are people's data, not page texts.
    for (const el of Array.from(root.querySelectorAll('textarea,input'))) el.remove();
    return {
      scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
      innerWidth: window.innerWidth,
      lang: document.documentElement.getAttribute('lang'),
      text: (root.textContent ?? '').replace(/\s+/g, ' '),
    };
  });
  const foreign = FOREIGN[lang].filter((f) => measured.text.includes(f));
  return {
    violations,
    scrollWidth: measured.scrollWidth,
    innerWidth: measured.innerWidth,
    lang: measured.lang,
    foreign,
  };
}
