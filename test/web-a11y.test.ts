/**
 * Every page in a real browser, in both languages, at 390 px (a phone) and 1280 px (a desktop), on
 * one service filled by the demo (58 agencies, reviews, focus group, findings, consultation): axe-core
 * finds no serious or critical violation, nothing scrolls sideways at 390 px, `lang` is the page's
 * language and no sentence of the other language shows. Screenshots of each go to
 * test-artifacts/a11y/ (gitignored) for people to look at.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceClient } from '../functions/cli/service-client.js';
import { type DemoResult, runDemo } from '../functions/demo/demo-runner.js';
import { fillTemplate } from '../shared/core/demo/fill-template.js';
import type { Lang } from '../shared/core/types.js';
import { launchChromium, startWebTestService, type WebTestService } from './support/browser.js';
import { auditPage } from './support/page-audit.js';
import { answerRows } from './support/workbooks.js';

const AID = 'jateng-2026';
const SHOTS = join(process.cwd(), 'test-artifacts', 'a11y');
const WIDTHS = [390, 1280] as const;
const LANGS: Lang[] = ['en', 'id'];

interface Visit {
  name: string;
  who: 'agency' | 'coordinator' | 'visitor';
  /** Brings the page to the state to check (a GET, or a form posted). */
  open(page: Page, base: string): Promise<unknown>;
  /** Checks of this page beyond the common ones; returns what is wrong. */
  check?(page: Page, lang: Lang): Promise<string[]>;
}

/** The chart on the dashboard: text of at least 12 px, a legend of three colours, a table of the numbers. */
async function checkChart(page: Page): Promise<string[]> {
  const chart = await page.evaluate(() => {
    const sizes = Array.from(
      document.querySelectorAll('#score-chart .bar-label, #score-chart .bar-value, #score-chart .legend li'),
      (el) => Number.parseFloat(getComputedStyle(el).fontSize),
    );
    return {
      smallest: Math.min(...sizes),
      legend: document.querySelectorAll('#score-chart .legend li').length,
      tableRows: document.querySelectorAll('#score-table tbody tr').length,
      bars: document.querySelectorAll('#score-chart .bar-row').length,
      img: document.querySelectorAll('#score-chart[role=img]').length,
    };
  });
  const wrong: string[] = [];
  if (chart.smallest < 12) wrong.push(`chart text ${chart.smallest} px`);
  if (chart.legend !== 3) wrong.push(`legend has ${chart.legend} entries`);
  if (chart.bars !== 6 || chart.tableRows !== 6)
    wrong.push(`${chart.bars} bars, ${chart.tableRows} table rows`);
  if (chart.img > 0) wrong.push('chart is one role=img');
  return wrong;
}

/** After a refused form: focus on the summary, each field described by its error, links land with the label in view. */
async function checkFormErrors(page: Page): Promise<string[]> {
  const wrong: string[] = [];
  const focused = await page.evaluate(() => document.activeElement?.id ?? '');
  if (focused !== 'form-errors') wrong.push(`focus on "${focused}", not the error summary`);
  const described = await page.locator('#f-j-1_03').getAttribute('aria-describedby');
  if (!described?.split(' ').includes('f-j-1_03-error')) wrong.push(`aria-describedby "${described}"`);
  const summary = (await page.locator('#form-errors-title').textContent()) ?? '';
  if (summary.includes('(s)')) wrong.push(`summary "${summary}"`);
  await page.locator('#error-links a').first().click();
  const labelTop = await page.evaluate(() => {
    const label = document.querySelector('label[for="f-j-1_03"]');
    return label ? label.getBoundingClientRect().top : -1;
  });
  if (labelTop < 0) wrong.push(`label ${labelTop} px above the viewport after the error link`);
  return wrong;
}

const get =
  (path: string) =>
  (page: Page, base: string): Promise<unknown> =>
    page.goto(`${base}${path}`);

describe('every page: axe, phone width, one language', () => {
  let web: WebTestService;
  let browser: Browser;
  let demo: DemoResult;
  const contexts: Partial<Record<Visit['who'], BrowserContext>> = {};
  let temp: string;
  let agencyCode = '';

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebTestService(), launchChromium()]);
    temp = await mkdtemp(join(tmpdir(), 'mgi-a11y-'));
    demo = await runDemo(new ServiceClient(web.svc.url, web.svc.adminToken), { outDir: temp });
    // An agency the coordinator returned with comments (then fixed by web form).
    agencyCode = demo.review!.returned[0]!;
    const issued = await web.svc.call('POST', `/api/assessments/${AID}/agencies/${agencyCode}/token`, {
      token: web.svc.adminToken,
    });
    const agencyToken = ((await issued.json()) as { token: string }).token;
    for (const [who, token] of [
      ['agency', agencyToken],
      ['coordinator', web.svc.adminToken],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${web.svc.url}/?lang=en`);
      await page.getByLabel('Access token').fill(token);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(who === 'agency' ? /\/agency$/ : /\/coordinator$/);
      await page.close();
      contexts[who] = context;
    }
    contexts.visitor = await browser.newContext();
    await mkdir(SHOTS, { recursive: true });
    // The demo's 58 agencies through the real API: about a minute on a quiet machine.
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('passes on every page in both languages at 390 and 1280 px', async () => {
    const a = `/coordinator/a/${AID}`;
    const badFile = join(temp, 'broken.xlsx');
    const bigFile = join(temp, 'big.xlsx');
    const [latest] = await web.svc.store.listSubmissions(AID, agencyCode);
    const visits: Visit[] = [
      { name: 'sign-in', who: 'visitor', open: get('/') },
      { name: 'agency-status', who: 'agency', open: get('/agency') },
      { name: 'agency-upload', who: 'agency', open: get('/agency/upload') },
      {
        name: 'agency-upload-rejected',
        who: 'agency',
        open: async (page, base) => {
          await page.goto(`${base}/agency/upload`);
          await page.locator('#file').setInputFiles(badFile);
          await page.locator('form[action="/agency/upload"] button[type=submit]').click();
          await page.locator('#upload-error').waitFor();
        },
      },
      { name: 'agency-form', who: 'agency', open: get('/agency/form') },
      {
        name: 'agency-form-errors',
        who: 'agency',
        open: async (page, base) => {
          await page.goto(`${base}/agency/form`);
          await page.locator('#f-a-1_03 input[value="yes"]').check();
          await page.locator('#f-j-1_03').fill('too short');
          await page.locator('#submit-form').click();
          await page.locator('#form-errors').waitFor();
        },
        check: checkFormErrors,
      },
      {
        name: 'agency-upload-too-large',
        who: 'agency',
        open: async (page, base) => {
          await page.goto(`${base}/agency/upload`);
          await page.locator('#file').setInputFiles(bigFile);
          await page.locator('form[action="/agency/upload"] button[type=submit]').click();
          await page.locator('main .notice.bad').waitFor();
        },
        // The error page after a too-large file keeps the menu and Sign out.
        check: async (page) =>
          (await page.locator('nav.main a[href="/agency/upload"]').count()) === 1 &&
          (await page.locator('header form[action="/signout"] button').count()) === 1
            ? []
            : ['no menu or Sign out'],
      },
      {
        name: 'agency-form-draft',
        who: 'agency',
        open: async (page, base) => {
          await page.goto(`${base}/agency/form`);
          await page.locator('#f-e-1_01').fill('Draft: Perda 5/2024');
          await page.locator('#save-draft').click();
          await page.locator('#draft-notice').waitFor();
        },
      },
      { name: 'agency-history', who: 'agency', open: get('/agency/history') },
      {
        name: 'agency-receipt',
        who: 'agency',
        open: get(`/agency/submissions/${latest!.id}/receipt`),
        // Printed, the receipt is the submission and its answers without the site's menus.
        check: async (page) => {
          await page.emulateMedia({ media: 'print' });
          const shown = await page.evaluate(() =>
            ['header.top', 'nav.main', '#receipt-sha', '[data-indicator="1.01"]'].map(
              (sel) => getComputedStyle(document.querySelector(sel)!).display !== 'none',
            ),
          );
          await page.emulateMedia({ media: 'screen' });
          return shown.join() === 'false,false,true,true' ? [] : [`printed: ${shown.join()}`];
        },
      },
      { name: 'agency-consultation', who: 'agency', open: get('/agency/consultation') },
      { name: 'coord-assessments', who: 'coordinator', open: get('/coordinator') },
      { name: 'coord-dashboard', who: 'coordinator', open: get(a), check: checkChart },
      {
        name: 'coord-dashboard-filtered',
        who: 'coordinator',
        open: get(`${a}?status=missing&level=&q=`),
        check: async (page) => {
          const rows = await page.locator('#progress tbody tr').count();
          return rows === 5 && (await page.locator('details#agencies').getAttribute('open')) !== null
            ? []
            : [`${rows} rows for status=missing`];
        },
      },
      { name: 'coord-agencies', who: 'coordinator', open: get(`${a}/agencies`) },
      { name: 'coord-agency-review', who: 'coordinator', open: get(`${a}/agencies/${agencyCode}/answers`) },
      { name: 'coord-focus-group', who: 'coordinator', open: get(`${a}/focus-group`) },
      { name: 'coord-findings', who: 'coordinator', open: get(`${a}/findings/1`) },
      { name: 'coord-accounts', who: 'coordinator', open: get('/coordinator/accounts') },
      { name: 'coord-audit', who: 'coordinator', open: get(`${a}/audit`) },
      { name: 'coord-reminders', who: 'coordinator', open: get(`${a}/reminders`) },
      { name: 'coord-schedule', who: 'coordinator', open: get(`${a}/schedule`) },
    ];

    // The agency's own template with one answer no list allows: a rejection that names cells.
    const agencyPage = await contexts.agency!.newPage();
    const template = await agencyPage.request.get(`${web.svc.url}/agency/template.xlsx?lang=en`);
    const rows = answerRows('a11y');
    rows[0] = { ...rows[0]!, answer: 'Maybe', justificationType: null, justification: null };
    await writeFile(badFile, await fillTemplate(new Uint8Array(await template.body()), rows));
    // Larger than the pages' 4 MB body limit.
    await writeFile(bigFile, new Uint8Array(5 * 1024 * 1024).fill(0x41));
    await agencyPage.close();

    const failures: string[] = [];
    // A11Y_ONLY=name,name re-checks some pages while fixing them (the full list is the default).
    const only = process.env.A11Y_ONLY?.split(',');
    for (const visit of visits.filter((v) => !only || only.includes(v.name))) {
      const page = await contexts[visit.who]!.newPage();
      for (const lang of LANGS) {
        // The language is chosen once (`?lang=` sets the cookie) and kept by every page after.
        const home = { agency: '/agency', coordinator: '/coordinator', visitor: '/' }[visit.who];
        await page.goto(`${web.svc.url}${home}?lang=${lang}`);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await visit.open(page, web.svc.url);
          const where = `${visit.name} ${lang} ${width}px`;
          const t0 = performance.now();
          const found = await auditPage(page, lang, { contrast: width === 1280 });
          const t1 = performance.now();
          if (found.lang !== lang) failures.push(`${where}: lang="${found.lang}"`);
          for (const v of found.violations) failures.push(`${where}: ${v}`);
          if (width === 390 && found.scrollWidth > found.innerWidth) {
            failures.push(`${where}: scrolls sideways (${found.scrollWidth} > ${found.innerWidth})`);
          }
          for (const f of found.foreign) failures.push(`${where}: other language "${f}"`);
          for (const w of (await visit.check?.(page, lang)) ?? []) failures.push(`${where}: ${w}`);
          await page.screenshot({ path: join(SHOTS, `${visit.name}-${lang}-${width}.png`), fullPage: true });
          if (process.env.A11Y_LOG) {
            const t2 = performance.now();
            console.log(`${where}: audit ${Math.round(t1 - t0)} ms, screenshot ${Math.round(t2 - t1)} ms`);
            console.log(failures.filter((f) => f.startsWith(where)).join('\n'));
          }
        }
      }
      await page.close();
    }
    expect(failures).toEqual([]);
  }, 900_000);
});
