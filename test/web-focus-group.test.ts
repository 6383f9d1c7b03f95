/**
 * The focus-group workspace and the findings page in chromium against the real app on dynalite:
 * the coordinator validates a contested indicator with the keyboard alone (with the shortcut
 * script, and again without JavaScript), then makes a domain final. Screenshots at 390 and
 * 1280 px in both languages go to test-artifacts/screenshots/focus-group/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, registerAgency } from './support/assessment-setup.js';
import {
  launchChromium,
  SCREENSHOT_DIR,
  startWebTestService,
  type WebTestService,
} from './support/browser.js';

const AID = 'jateng-fg';
const DIR = join(SCREENSHOT_DIR, 'focus-group');

type Row = [answer: 'yes' | 'partially' | 'no', type: 'regulation' | 'programme' | 'practice' | null];
/** Per agency: its answers to 1.01–1.04 (1.01 is split 2 yes / 2 no / 1 partially: contested). */
const ANSWERS: Record<string, Row[]> = {
  DINSOS: [
    ['yes', 'regulation'],
    ['yes', 'practice'],
    ['yes', 'programme'],
    ['no', null],
  ],
  BAPPEDA: [
    ['yes', 'practice'],
    ['yes', 'practice'],
    ['yes', 'regulation'],
    ['no', null],
  ],
  BP3MI: [
    ['no', null],
    ['yes', 'programme'],
    ['partially', 'programme'],
    ['yes', 'regulation'],
  ],
  DINKES: [
    ['no', null],
    ['yes', 'regulation'],
    ['yes', 'practice'],
    ['no', null],
  ],
  DISNAKER: [
    ['partially', 'programme'],
    ['yes', 'practice'],
    ['yes', 'regulation'],
    ['no', null],
  ],
};

async function shot(page: Page, name: string) {
  await mkdir(DIR, { recursive: true });
  await page.screenshot({ path: join(DIR, `${name}.png`), fullPage: true });
}

/** Presses Tab until the element with `id` has the focus (keyboard only), at most 60 times. */
async function tabTo(page: Page, id: string, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 60; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach #${id} with ${key}`);
}

describe('focus-group pages in chromium', () => {
  let web: WebTestService;
  let browser: Browser;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebTestService(), launchChromium()]);
    await createAssessment(web.svc, AID, 'Jawa Tengah 2026');
    for (const [code, rows] of Object.entries(ANSWERS)) {
      const token = await registerAgency(web.svc, AID, {
        code,
        name: `${code} Jawa Tengah`,
        level: 'provincial',
      });
      const responses = rows.map(([answer, type], i) => ({
        indicatorId: `1.0${i + 1}`,
        answer,
        justificationType: type,
        justification: type
          ? `${code}: Peraturan Gubernur Nomor ${10 + i} Tahun 2024 tentang perlindungan`
          : null,
        evidence: type ? `https://jdih.jatengprov.go.id/${code.toLowerCase()}/${i}` : null,
      }));
      const res = await web.svc.call('POST', `/api/assessments/${AID}/responses`, {
        token,
        json: { responses },
      });
      expect(res.status, await res.clone().text()).toBe(201);
    }
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function signedIn(options: { width: number; javaScript?: boolean; lang?: 'en' | 'id' }) {
    const context = await browser.newContext({
      viewport: { width: options.width, height: 900 },
      javaScriptEnabled: options.javaScript ?? true,
    });
    const page = await context.newPage();
    await page.goto(`${web.svc.url}/?lang=${options.lang ?? 'en'}`);
    await page.locator('input[name=token]').fill(web.svc.adminToken);
    await page.locator('form[action="/signin"] button[type=submit]').click();
    await page.waitForURL(/\/coordinator$/);
    return { context, page };
  }

  it('validates the contested indicator with the keyboard alone, using the shortcut keys', async () => {
    const { context, page } = await signedIn({ width: 1280 });
    await page.goto(`${web.svc.url}/coordinator/a/${AID}`);
    await tabTo(page, 'focus-group-link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/focus-group$/);
    // Contested first: 1.01 (split 0.4) is on the screen.
    await expect(page.locator('.fg-id').textContent()).resolves.toBe('1.01');
    await expect(page.locator('#fg-split').textContent()).resolves.toBe('0.400');
    const fontSize = await page.evaluate(
      () => getComputedStyle(document.querySelector('.fg-list li p')!).fontSize,
    );
    expect(Number.parseFloat(fontSize)).toBeGreaterThanOrEqual(24);
    expect(await page.locator('.fg-group[data-type=regulation] li').count()).toBe(1);
    await expect(page.locator('.fg-group[data-type=practice]').textContent()).resolves.toContain(
      'BAPPEDA Jawa Tengah',
    );
    await shot(page, 'workspace-1280-en');

    // Next in discussion order: 1.04 (1 yes / 4 no, split 0.2, contested too).
    await page.keyboard.press('j');
    await page.waitForURL(/\/focus-group\/1\.04$/);
    await page.keyboard.press('k');
    await page.waitForURL(/\/focus-group\/1\.01$/);
    await page.keyboard.press('2');
    expect(await page.locator('#fg-answer-partially').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fg-save');
    await tabTo(page, 'fg-note', 'Shift+Tab');
    await page.keyboard.type('Programmes exist in two districts only.');
    await tabTo(page, 'fg-save');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/focus-group\/1\.04\?saved=1\.01$/);
    await expect(page.locator('.notice.ok').textContent()).resolves.toContain('1.01');
    const stored = await web.svc.deps.validation!.get(AID, '1.01');
    expect(stored.value).toMatchObject({
      answer: 'partially',
      note: 'Programmes exist in two districts only.',
    });
    await expect(page.locator('.fg-domains li[data-domain="1"]').textContent()).resolves.toContain(
      '1 of 14 validated',
    );
    await context.close();
  });

  it('works without JavaScript: Tab to the answers, arrows to choose, Enter to save', async () => {
    const { context, page } = await signedIn({ width: 1280, javaScript: false });
    await page.goto(`${web.svc.url}/coordinator/a/${AID}/focus-group/1.04`);
    await tabTo(page, 'fg-answer-yes');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#fg-answer-no').isChecked()).toBe(true);
    await tabTo(page, 'fg-save');
    await page.keyboard.press('Enter');
    await page.waitForURL(/saved=1\.04$/);
    expect((await web.svc.deps.validation!.get(AID, '1.04')).value?.answer).toBe('no');
    // Next and previous are plain links.
    await tabTo(page, 'fg-prev');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/focus-group\/[\d.]+$/);
    await context.close();
  });

  it('makes domain 1 final: too few highlights first (an error), then three with texts', async () => {
    const { context, page } = await signedIn({ width: 1280 });
    await page.goto(`${web.svc.url}/coordinator/a/${AID}/findings/1`);
    // The automatic proposals are ticked.
    expect(await page.locator('#h-1\\.02').isChecked()).toBe(true);
    for (const id of ['1.02', '1.03']) await page.locator(`#h-${id.replace('.', '\\.')}`).check();
    await page.locator('#save-final').click();
    await expect(page.locator('#findings-errors').textContent()).resolves.toContain('3 to 5 highlights');
    expect((await web.svc.deps.findings!.get(AID, '1')).version).toBe(0);
    // 1.01 was proposed as a gap (consensus partially): picking it as a highlight too is refused.
    await page.locator('#h-1\\.01').check();
    await page.locator('#save-final').click();
    await expect(page.locator('#findings-errors').textContent()).resolves.toContain('picked twice');
    await page.locator('#g-1\\.01').uncheck();
    await page.locator('#g-1\\.04').check();
    await page.locator('#h-1\\.02 >> xpath=ancestor::li').locator('summary').click();
    await page.locator('#en-1\\.02').fill('=Every district has a one-stop service centre');
    await page.locator('#id-1\\.02').fill('Setiap kabupaten memiliki layanan terpadu satu atap');
    await page.locator('#save-final').click();
    await page.waitForURL(/saved=final$/);
    await expect(page.locator('#findings-status').textContent()).resolves.toBe('Final');
    const saved = (await web.svc.deps.findings!.get(AID, '1')).value!;
    expect(saved.status).toBe('final');
    expect(saved.highlights.map((h) => h.indicatorId).sort()).toEqual(['1.01', '1.02', '1.03']);
    expect(saved.highlights.find((h) => h.indicatorId === '1.02')!.text).toEqual({
      en: '=Every district has a one-stop service centre',
      id: 'Setiap kabupaten memiliki layanan terpadu satu atap',
    });
    await shot(page, 'findings-1280-en');
    await page.goto(`${web.svc.url}/coordinator/a/${AID}`);
    await expect(page.locator('#focus-group-domains tr[data-domain="1"]').textContent()).resolves.toContain(
      'Final',
    );
    await shot(page, 'dashboard-1280-en');
    await context.close();
  });

  it('screenshots at 390 and 1280 px in both languages', async () => {
    for (const lang of ['en', 'id'] as const) {
      for (const width of [390, 1280]) {
        const { context, page } = await signedIn({ width, lang });
        await page.goto(`${web.svc.url}/coordinator/a/${AID}/focus-group/1.01?lang=${lang}`);
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
        await shot(page, `workspace-${width}-${lang}`);
        await page.goto(`${web.svc.url}/coordinator/a/${AID}/findings/1?lang=${lang}`);
        await shot(page, `findings-${width}-${lang}`);
        await page.goto(`${web.svc.url}/coordinator/a/${AID}?lang=${lang}`);
        await page.locator('#fg-card-h').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(DIR, `dashboard-card-${width}-${lang}.png`) });
        await context.close();
      }
    }
  });
});
