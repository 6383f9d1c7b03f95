/**
 * The review loop and the consultation round in a real browser (Debian chromium via playwright-core)
 * against the real app over HTTP on dynalite: the coordinator returns an agency's file with a
 * comment; the agency sees it on its status page, beside the field in the web form and as a note on
 * its pre-filled template, resubmits; the coordinator compares the versions and accepts; a
 * consultation round is opened and the agency comments. Screenshots of these pages at 390 and
 * 1280 px in both languages go to test-artifacts/screenshots/ (gitignored).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../shared/core/demo/fill-template.js';
import { generateTemplate } from '../shared/core/template/generate-template.js';
import { createAssessment, registerAgency } from './support/assessment-setup.js';
import {
  launchChromium,
  SCREENSHOT_DIR,
  screenshot,
  startWebTestService,
  type WebTestService,
} from './support/browser.js';
import { answerRows, FRAMEWORK } from './support/workbooks.js';

const AID = 'jateng-review';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FIRST = FRAMEWORK.indicators[0]!.id;
const COMMENT = 'Name the regulation and its number (e.g. Perda 5/2021).';

async function download(page: Page, click: () => Promise<unknown>): Promise<Uint8Array> {
  const [file] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, unknown];
  return new Uint8Array(await readFile(await file.path()));
}

/** Screenshots of the current page at 390 and 1280 px wide, in English and Indonesian. */
async function shots(page: Page, name: string): Promise<void> {
  const url = new URL(page.url());
  for (const lang of ['en', 'id'] as const) {
    url.searchParams.set('lang', lang);
    await page.goto(url.toString());
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `review-${name}-${lang}-${width}`);
      if (lang === 'en') {
        // The first and last screen as a person sees them (the full pages are long).
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        await page.evaluate('window.scrollTo(0, 0)');
        await page.screenshot({ path: join(SCREENSHOT_DIR, `review-${name}-${lang}-${width}-top.png`) });
        await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
        await page.screenshot({ path: join(SCREENSHOT_DIR, `review-${name}-${lang}-${width}-end.png`) });
      }
    }
  }
  url.searchParams.set('lang', 'en');
  await page.goto(url.toString());
}

async function signIn(page: Page, url: string, token: string): Promise<void> {
  await page.goto(`${url}/?lang=en`);
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('review loop and consultation in chromium', () => {
  let web: WebTestService;
  let browser: Browser;
  let agency: Page;
  let coordinator: Page;
  let token = '';
  const temp = join(tmpdir(), `mgi-review-web-${process.pid}`);

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebTestService(), launchChromium()]);
    await mkdir(temp, { recursive: true });
    await createAssessment(web.svc, AID, 'Jawa Tengah 2026');
    token = await registerAgency(web.svc, AID, {
      code: 'DINSOS',
      name: 'Dinas Sosial Provinsi',
      level: 'provincial',
    });
    await registerAgency(web.svc, AID, { code: 'BAPPEDA', name: 'Bappeda Provinsi', level: 'provincial' });
    // The agency's first version, uploaded as a script would.
    const template = await generateTemplate({
      framework: FRAMEWORK,
      assessment: { id: AID, name: 'Jawa Tengah 2026' },
      agency: { code: 'DINSOS', name: 'Dinas Sosial Provinsi' },
      lang: 'en',
    });
    const res = await web.svc.call('POST', `/api/assessments/${AID}/submissions`, {
      token,
      body: (await fillTemplate(template, answerRows('v1'))) as Uint8Array<ArrayBuffer>,
      headers: { 'content-type': XLSX },
    });
    expect(res.status).toBe(201);
    const aggregated = await web.svc.call('POST', `/api/assessments/${AID}/aggregate`, {
      token: web.svc.adminToken,
    });
    expect(aggregated.status).toBe(200);
    const opts = { viewport: { width: 1280, height: 900 }, acceptDownloads: true };
    agency = await (await browser.newContext(opts)).newPage();
    coordinator = await (await browser.newContext(opts)).newPage();
    await signIn(agency, web.svc.url, token);
    await signIn(coordinator, web.svc.url, web.svc.adminToken);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await rm(temp, { recursive: true, force: true });
  }, 240_000);

  it('the coordinator returns the file with a comment on one indicator', async () => {
    await coordinator.goto(`${web.svc.url}/coordinator/a/${AID}?lang=en`);
    // The agency list is one click below the dashboard's overview.
    await coordinator.locator('#agencies > summary').click();
    const cell = coordinator.locator('tr[data-agency="DINSOS"] td[data-review]');
    expect(await cell.getAttribute('data-review')).toBe('received');
    await cell.getByRole('link').click();
    await coordinator.waitForURL(/\/agencies\/DINSOS\/answers/);
    expect(await coordinator.locator('#review-state').textContent()).toContain('Received, not reviewed yet');
    await shots(coordinator, 'coordinator-agency-received');
    await coordinator.locator(`#ind-${FIRST.replace(/[^A-Za-z0-9]/g, '_')} summary`).click();
    await coordinator.locator(`textarea[name="comment.${FIRST}"]`).fill(COMMENT);
    await coordinator.getByLabel('Return for changes').check();
    await coordinator
      .getByLabel('Note', { exact: true })
      .fill('Two justifications are too thin; see the comment.');
    await coordinator.getByRole('button', { name: 'Save the review' }).click();
    await coordinator.waitForURL(/saved=1/);
    expect(await coordinator.locator('#review-notice').textContent()).toBe('The review was saved.');
    expect(await coordinator.locator('#review-state').textContent()).toContain('Returned for changes');
  }, 240_000);

  it('the agency sees the comment on its status page, beside the field and in its template', async () => {
    await agency.goto(`${web.svc.url}/agency?lang=en`);
    expect(await agency.locator('#review-state').textContent()).toContain('Returned for changes');
    expect(await agency.locator('#review-note').textContent()).toContain('Two justifications are too thin');
    expect(await agency.locator(`#review-comments li[data-indicator="${FIRST}"]`).textContent()).toContain(
      COMMENT,
    );
    await shots(agency, 'agency-home-returned');

    await agency.goto(`${web.svc.url}/agency/form?lang=en`);
    const note = agency.locator(`#review-${FIRST.replace(/[^A-Za-z0-9]/g, '_')}`);
    expect(await note.textContent()).toContain(COMMENT);
    // Beside the field: inside the indicator's block, before its answer choices.
    const block = agency.locator(`#ind-${FIRST.replace(/[^A-Za-z0-9]/g, '_')}`);
    expect(await block.locator('.review-comment').count()).toBe(1);
    await shots(agency, 'agency-form-returned');

    await agency.goto(`${web.svc.url}/agency?lang=en`);
    const bytes = await download(agency, () =>
      agency.getByRole('link', { name: 'Download the template (English)' }).click(),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    const sheet = book.worksheets[1]!;
    const notes: { id: unknown; column: number; note: string }[] = [];
    sheet.eachRow((row) => {
      row.eachCell((c, column) => {
        if (c.note) notes.push({ id: row.getCell(1).value, column, note: JSON.stringify(c.note) });
      });
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ id: FIRST, column: 4 });
    expect(notes[0]!.note).toContain(COMMENT);

    // The clerk fixes the justification in the downloaded template and uploads it.
    const rows = answerRows('v1').map((r) =>
      r.indicatorId === FIRST
        ? { ...r, justification: 'Perda Provinsi Jawa Tengah 5/2021 on social protection.' }
        : r,
    );
    const fixed = join(temp, 'dinsos-fixed.xlsx');
    await writeFile(fixed, await fillTemplate(bytes, rows));
    await agency.goto(`${web.svc.url}/agency/upload?lang=en`);
    await agency.getByLabel('Filled template (.xlsx)').setInputFiles(fixed);
    await agency.getByRole('button', { name: 'Upload and check' }).click();
    await agency.waitForURL(/\/agency\/submissions\//);
    await agency.goto(`${web.svc.url}/agency?lang=en`);
    expect(await agency.locator('#review-state').textContent()).toContain('Received, not reviewed yet');
    expect(await agency.locator('#review-comments').count()).toBe(0);
  }, 240_000);

  it('the coordinator compares the two versions and accepts', async () => {
    await coordinator.goto(`${web.svc.url}/coordinator/a/${AID}/agencies/DINSOS/answers?lang=en`);
    expect(await coordinator.locator('#review-state').textContent()).toContain('Received, not reviewed yet');
    await coordinator.getByRole('button', { name: 'Compare' }).click();
    await coordinator.waitForURL(/from=/);
    const row = coordinator.locator(`#diff tr[data-indicator="${FIRST}"]`);
    expect(await row.locator('.now').textContent()).toContain('Perda Provinsi Jawa Tengah 5/2021');
    await shots(coordinator, 'coordinator-agency-diff');
    await coordinator.getByLabel('Accept').check();
    await coordinator.getByRole('button', { name: 'Save the review' }).click();
    await coordinator.waitForURL(/saved=1/);
    expect(await coordinator.locator('#review-state').textContent()).toContain('Accepted');
    await coordinator.goto(`${web.svc.url}/coordinator/a/${AID}?lang=en`);
    expect(
      await coordinator.locator('tr[data-agency="DINSOS"] td[data-review]').getAttribute('data-review'),
    ).toBe('accepted');
    await shots(coordinator, 'coordinator-dashboard');
    await agency.goto(`${web.svc.url}/agency?lang=en`);
    expect(await agency.locator('#review-state').textContent()).toContain('Accepted');
  }, 240_000);

  it('a consultation round is opened and the agency comments on an indicator', async () => {
    await coordinator.goto(`${web.svc.url}/coordinator/a/${AID}/schedule?lang=en`);
    // Dates from now, as WIB wall-clock values of the datetime-local inputs.
    const wib = (days: number) =>
      new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 16);
    await coordinator.locator('#deadline').fill(`${wib(10).slice(0, 10)}T23:59`);
    await coordinator.getByRole('button', { name: 'Save', exact: true }).click();
    await coordinator.waitForURL(/saved=1/);
    expect(await coordinator.locator('#deadline-state').textContent()).toMatch(/^Deadline: .* at 23:59 WIB$/);
    await agency.goto(`${web.svc.url}/agency?lang=id`);
    expect(await agency.locator('#deadline').textContent()).toMatch(/^Batas waktu: .* pukul 23\.59 WIB$/);
    const closes = wib(2);
    await coordinator.locator('#round-closes').fill(closes);
    await coordinator.getByRole('button', { name: 'Open a round' }).click();
    await coordinator.waitForURL(/saved=1/);
    expect(await coordinator.locator('#round-state').textContent()).toContain('Open until');

    await agency.goto(`${web.svc.url}/agency?lang=en`);
    await agency.getByRole('link', { name: 'Read the findings and comment' }).click();
    await agency.waitForURL(/\/agency\/consultation/);
    await shots(agency, 'agency-consultation');
    const domain = agency.locator('#consult-1');
    await domain.getByLabel('Comment on').selectOption(FIRST);
    await domain
      .getByLabel('Your comment (at most 2,000 characters)')
      .fill('Our 2025 programme also meets this.');
    await domain.getByRole('button', { name: 'Send comment' }).click();
    await agency.waitForURL(/saved=1/);
    expect(await agency.locator('#comment-notice').textContent()).toBe('Thank you: your comment was saved.');
    expect(await agency.locator('#own-comments').textContent()).toContain(
      'Our 2025 programme also meets this.',
    );

    await coordinator.goto(`${web.svc.url}/coordinator/a/${AID}/schedule?lang=en`);
    const table = coordinator.locator('#consultation-comments');
    expect(await table.textContent()).toContain('Dinas Sosial Provinsi');
    expect(await table.textContent()).toContain('Our 2025 programme also meets this.');
    await shots(coordinator, 'coordinator-schedule');
    const exported = await download(coordinator, () =>
      coordinator.getByRole('link', { name: 'Export (English)' }).click(),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exported) as never);
    expect(book.worksheets[0]!.getRow(2).getCell(6).value).toBe('Our 2025 programme also meets this.');
  }, 240_000);
});
