/**
 * The web pages in a real browser (Debian chromium via playwright-core) against the real app over
 * HTTP on dynalite: an agency uploads a bad file, sees the cell errors, downloads its file with the
 * problems marked, fixes it and succeeds; fills the web form (an inline error first); the
 * coordinator sees progress change, runs the aggregation, downloads the consolidated workbook and
 * issues a token. Full-page screenshots of each page go to test-artifacts/screenshots/.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_FILL_ARGB } from '../functions/web/annotate-workbook.js';
import { fillTemplate } from '../shared/core/demo/fill-template.js';
import { createAssessment, registerAgency } from './support/assessment-setup.js';
import { launchChromium, screenshot, startWebTestService, type WebTestService } from './support/browser.js';
import { answerRows } from './support/workbooks.js';

const AID = 'jateng-web';

async function downloadBytes(
  page: Page,
  click: () => Promise<unknown>,
): Promise<{ bytes: Uint8Array; name: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, unknown];
  const path = await download.path();
  return { bytes: new Uint8Array(await readFile(path)), name: download.suggestedFilename() };
}

async function loadBook(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  return book;
}

describe('web pages in chromium', () => {
  let web: WebTestService;
  let browser: Browser;
  let agencyContext: BrowserContext;
  let agencyPage: Page;
  const tokens: Record<string, string> = {};
  const temp = join(tmpdir(), `mgi-web-${process.pid}`);

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebTestService(), launchChromium()]);
    await createAssessment(web.svc, AID, 'Jawa Tengah 2026');
    for (const [code, name, level] of [
      ['DINSOS', 'Dinas Sosial Provinsi', 'provincial'],
      ['BAPPEDA', 'Bappeda Kabupaten Cilacap', 'district'],
      ['BP3MI', 'BP3MI Jawa Tengah', 'national'],
    ] as const) {
      tokens[code] = await registerAgency(web.svc, AID, { code, name, level });
    }
    agencyContext = await browser.newContext({
      viewport: { width: 1100, height: 900 },
      acceptDownloads: true,
    });
    agencyPage = await agencyContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await rm(temp, { recursive: true, force: true });
  });

  it('lets an agency sign in, see its cell errors, download them marked, fix the file and succeed', async () => {
    const page = agencyPage;
    await page.goto(`${web.svc.url}/`);
    await screenshot(page, '01-sign-in-en');
    await page.getByRole('link', { name: 'Baca dalam Bahasa Indonesia' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Masuk');
    await screenshot(page, '02-sign-in-id');
    await page.getByRole('link', { name: 'Read in English' }).click();

    await page.getByLabel('Access token').fill(tokens.DINSOS!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/agency$/);
    expect(await page.locator('#status').textContent()).toContain('Nothing submitted yet.');
    expect(await page.content()).not.toContain(tokens.DINSOS!);
    await screenshot(page, '03-agency-home-en');

    const template = await downloadBytes(page, () =>
      page.getByRole('link', { name: 'Download the template (English)' }).click(),
    );
    expect(template.name).toBe(`mgi-${AID}-DINSOS-en.xlsx`);

    // The clerk types answers, two of them wrong.
    const rows = answerRows('dinsos');
    rows[0] = { ...rows[0]!, answer: 'Maybe', justificationType: null, justification: null };
    rows[1] = { ...rows[1]!, answer: 'Yes', justificationType: 'Regulation', justification: 'short' };
    const bad = await fillTemplate(template.bytes, rows);
    const badPath = join(temp, 'dinsos-filled.xlsx');
    await mkdir(temp, { recursive: true });
    await writeFile(badPath, bad);

    await page.getByRole('link', { name: 'Upload a file' }).first().click();
    await page.getByLabel('Filled template (.xlsx)').setInputFiles(badPath);
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.locator('#issues').waitFor();
    expect(await page.locator('#upload-error').textContent()).toContain('Problems found in the workbook: 2.');
    const problemRows = await page
      .locator('#issues tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
      );
    expect(problemRows.map((r) => r[2])).toEqual(['1.01', '1.02']);
    expect(problemRows[0]![3]).toContain('"Maybe" is not an accepted answer');
    const [sheetName, answerCell] = [problemRows[0]![0]!, problemRows[0]![1]!];
    const justificationCell = problemRows[1]![1]!;
    expect(answerCell).toMatch(/^[A-Z]+\d+$/);
    await screenshot(page, '04-agency-upload-rejected-en');
    expect(await web.svc.store.listSubmissions(AID, 'DINSOS')).toEqual([]);

    const annotated = await downloadBytes(page, () => page.locator('#annotated').click());
    const book = await loadBook(annotated.bytes);
    const sheet = book.getWorksheet(sheetName)!;
    for (const ref of [answerCell, justificationCell]) {
      expect(sheet.getCell(ref).fill, ref).toMatchObject({
        pattern: 'solid',
        fgColor: { argb: PROBLEM_FILL_ARGB },
      });
    }
    expect(String(sheet.getCell(answerCell).note)).toContain('"Maybe" is not an accepted answer');
    expect(String(sheet.getCell(justificationCell).note)).toContain('1.02');
    expect(sheet.getCell(answerCell).value).toBe('Maybe');

    // Fix the marked cells in the downloaded file itself and upload it again.
    sheet.getCell(answerCell).value = 'No';
    sheet.getCell(justificationCell).value = 'Provincial regulation 12/2024 protects migrant workers.';
    const fixedPath = join(temp, 'dinsos-fixed.xlsx');
    await writeFile(fixedPath, new Uint8Array(await book.xlsx.writeBuffer()));
    await page.getByLabel('Filled template (.xlsx)').setInputFiles(fixedPath);
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.locator('#result').waitFor();
    expect(await page.locator('#result').textContent()).toContain('Your answers are saved');
    expect(await page.locator('[data-count="no"]').textContent()).toBe(
      String(rows.filter((r) => r.answer === 'No').length + 1),
    );
    await screenshot(page, '05-agency-upload-accepted-en');

    const current = await web.svc.store.getCurrentResponses(AID, 'DINSOS');
    expect(current?.find((r) => r.indicatorId === '1.01')?.answer).toBe('no');
    expect(current?.find((r) => r.indicatorId === '1.02')?.justification).toBe(
      'Provincial regulation 12/2024 protects migrant workers.',
    );

    await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
    expect(await page.locator('#history tbody tr').count()).toBe(1);
    expect(await page.locator('#history tbody tr td').nth(1).textContent()).toBe('Excel upload');
    await screenshot(page, '06-agency-history-en');
  });

  it('lets an agency fill the web form: an inline error first (typed text kept), then a form submission', async () => {
    const page = agencyPage;
    await page.getByRole('link', { name: 'Web form' }).click();
    // Pre-filled with the current answers.
    expect(await page.locator('#f-a-1_01 input[value="no"]').isChecked()).toBe(true);
    await page.locator('#f-a-1_03 input[value="yes"]').check();
    await page.locator('#f-t-1_03').selectOption('practice');
    await page.locator('#f-j-1_03').fill('too short');
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.locator('#form-errors').waitFor();
    expect(await page.locator('#f-j-1_03-error').textContent()).toContain('1.03');
    expect(await page.locator('#error-links a').getAttribute('href')).toBe('#f-j-1_03');
    expect(await page.locator('#f-j-1_03').inputValue()).toBe('too short');
    expect(await page.locator('#f-j-1_03').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-a-1_03 input[value="yes"]').isChecked()).toBe(true);
    await screenshot(page, '07-agency-form-error-en');
    expect((await web.svc.store.listSubmissions(AID, 'DINSOS')).length).toBe(1);

    await page.locator('#f-j-1_03').fill('The regency runs a one-stop service centre for migrant workers.');
    await page.locator('#f-e-1_03').fill('Perbup 7/2023');
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    await page.locator('#result').waitFor();
    await screenshot(page, '08-agency-form-accepted-en');

    const history = await web.svc.store.listSubmissions(AID, 'DINSOS');
    expect(history.map((s) => s.channel)).toEqual(['form', 'xlsx']);
    const current = await web.svc.store.getCurrentResponses(AID, 'DINSOS');
    expect(current?.find((r) => r.indicatorId === '1.03')).toEqual({
      indicatorId: '1.03',
      answer: 'yes',
      justificationType: 'practice',
      justification: 'The regency runs a one-stop service centre for migrant workers.',
      evidence: 'Perbup 7/2023',
    });

    await page.goto(`${web.svc.url}/agency/form?lang=id`);
    expect(await page.locator('h1').textContent()).toBe('Formulir web');
    expect(await page.locator('#f-a-1_03').textContent()).toContain('Sebagian');
    await screenshot(page, '09-agency-form-id');

    // A small phone screen.
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${web.svc.url}/agency`);
    expect(await page.locator('#status').textContent()).toContain('formulir web');
    await screenshot(page, '10-agency-home-id-mobile');
    await page.goto(`${web.svc.url}/coordinator?lang=en`);
    expect(await page.locator('h1').textContent()).toBe('Not allowed');
    await screenshot(page, '11-agency-forbidden-coordinator');
  });

  it('shows the coordinator progress change, consolidation, aggregation and a token shown once', async () => {
    const context = await browser.newContext({
      viewport: { width: 1200, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${web.svc.url}/`);
    await page.getByLabel('Access token').fill(web.svc.adminToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/coordinator$/);
    await page.getByLabel('Id (lowercase letters, digits, dashes)').fill('Jateng 2027');
    await page.getByLabel('Name', { exact: true }).fill('Jawa Tengah 2027');
    await page.getByRole('button', { name: 'Create assessment' }).click();
    expect(await page.locator('#new-id-error').textContent()).toContain('lowercase letters');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Jawa Tengah 2027');
    await screenshot(page, '12-coordinator-assessments-en');
    await page.getByLabel('Id (lowercase letters, digits, dashes)').fill('jateng-2027');
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.waitForURL(/\/coordinator\/a\/jateng-2027$/);
    expect(await web.svc.store.getAssessment('jateng-2027')).toMatchObject({
      name: 'Jawa Tengah 2027',
      frameworkId: 'local-mgi',
    });
    await page.getByRole('link', { name: 'Assessments' }).click();
    await page.getByRole('link', { name: AID }).click();
    expect(await page.locator('#progress-line').textContent()).toBe(
      '1 of 3 agencies have submitted; 2 missing.',
    );
    expect(await page.locator('#missing').textContent()).toContain('BAPPEDA');

    // Another agency submits (through the API, as a script would) and disagrees on every Yes.
    const res = await web.svc.call('POST', `/api/assessments/${AID}/responses`, {
      token: tokens.BAPPEDA,
      json: { responses: answerRows('bappeda', { answer: 'No' }) },
    });
    expect(res.status).toBe(201);
    await page.reload();
    expect(await page.locator('#progress-line').textContent()).toBe(
      '2 of 3 agencies have submitted; 1 missing.',
    );
    expect(await page.locator('tr[data-agency="BAPPEDA"]').textContent()).toContain('Submitted');
    expect(await page.locator('#missing').textContent()).toBe('BP3MI (BP3MI Jawa Tengah)');
    expect(await page.locator('#score-chart .bar-row[data-domain]').count()).toBe(6);
    expect(await page.locator('#disagreements tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, '13-coordinator-dashboard-en');

    await page.getByRole('button', { name: 'Run aggregation now' }).click();
    await page.locator('#aggregated').waitFor();
    expect(await page.locator('#last-snapshot').textContent()).toContain('Latest snapshot');
    expect(await web.svc.deps.snapshots!.listSnapshots(AID)).toHaveLength(1);

    const consolidated = await downloadBytes(page, () => page.locator('#consolidated-en').click());
    expect(consolidated.name).toBe(`mgi-${AID}-consolidated-en.xlsx`);
    const book = await loadBook(consolidated.bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Summary', 'Indicators', 'Matrix', 'Responses', 'Agencies', 'Highlights']),
    );
    const agenciesSheet: string[] = [];
    book.getWorksheet('Agencies')!.eachRow((row) => {
      agenciesSheet.push(row.values ? JSON.stringify(row.values) : '');
    });
    expect(agenciesSheet.join('\n')).toContain('DINSOS');
    expect(agenciesSheet.join('\n')).toContain('BAPPEDA');

    await page.getByRole('link', { name: 'Baca dalam Bahasa Indonesia' }).click();
    expect(await page.locator('#progress-line').textContent()).toBe(
      '2 dari 3 instansi sudah mengirim; 1 belum.',
    );
    const idBook = await downloadBytes(page, () => page.locator('#consolidated-id').click());
    expect(idBook.name).toBe(`mgi-${AID}-consolidated-id.xlsx`);
    await screenshot(page, '14-coordinator-dashboard-id');
    await page.getByRole('link', { name: 'Read in English' }).click();

    await page.getByRole('link', { name: 'Agencies' }).click();
    await page.getByLabel('Code (letters, digits, . _ -)').fill('bad code!');
    await page.getByLabel('Agency name').fill('Dinas Tenaga Kerja');
    await page.getByRole('button', { name: 'Add agency and issue its token' }).click();
    expect(await page.locator('#add-code-error').textContent()).toContain('Use 1 to 64 letters');
    expect(await page.getByLabel('Agency name').inputValue()).toBe('Dinas Tenaga Kerja');
    await page.getByLabel('Code (letters, digits, . _ -)').fill('DISNAKER');
    await page.getByLabel('Level').selectOption('provincial');
    await page.getByRole('button', { name: 'Add agency and issue its token' }).click();
    const token = await page.locator('#new-token').inputValue();
    expect(token).toMatch(/^mgi_agy_/);
    await screenshot(page, '15-coordinator-token-shown');
    await page.getByRole('link', { name: 'Back to the agencies' }).click();
    expect(await page.content()).not.toContain(token);
    await screenshot(page, '16-coordinator-agencies-en');

    // The new token signs its agency in.
    const fresh = await browser.newContext();
    const newPage = await fresh.newPage();
    await newPage.goto(`${web.svc.url}/`);
    await newPage.getByLabel('Access token').fill(token);
    await newPage.getByRole('button', { name: 'Sign in' }).click();
    await newPage.waitForURL(/\/agency$/);
    expect(await newPage.locator('h1').textContent()).toBe('Dinas Tenaga Kerja');
    await fresh.close();

    await page.getByRole('link', { name: 'Dashboard' }).click();
    expect(await page.locator('#progress-line').textContent()).toBe(
      '2 of 4 agencies have submitted; 2 missing.',
    );

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/\?out=1$/);
    await page.goto(`${web.svc.url}/coordinator`);
    expect(page.url()).toBe(`${web.svc.url}/`);
    await context.close();
  });
});
