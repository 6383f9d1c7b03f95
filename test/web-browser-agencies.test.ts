/**
 * The coordinator's agency and reminder pages in a real browser (Debian chromium via
 * playwright-core) against the real app over HTTP on dynalite: add with contacts, the token shown
 * once (a reload shows none), an existing code refused, edit, a confirmed new token, disable and
 * enable, reminders previewed and sent to the outbox folder; axe finds no serious problem.
 * Screenshots go to test-artifacts/screenshots/.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMailer } from '../shared/adapters/mail/outbox-mailer.js';
import { createAssessment } from './support/assessment-setup.js';
import { launchChromium, screenshot, startWebTestService, type WebTestService } from './support/browser.js';

const AID = 'jateng-agencies';

async function seriousA11yProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('agency and reminder pages in chromium', () => {
  let web: WebTestService;
  let browser: Browser;
  let page: Page;
  let outbox: string;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebTestService(), launchChromium()]);
    outbox = await mkdtemp(join(tmpdir(), 'mgi-outbox-'));
    web.svc.deps.mailer = new OutboxMailer(outbox, 'MGI <mgi@example.org>', web.svc.deps.clock);
    await createAssessment(web.svc, AID, 'Jawa Tengah 2026');
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    await page.goto(`${web.svc.url}/?lang=en`);
    await page.getByLabel('Access token').fill(web.svc.adminToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/coordinator$/);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await rm(outbox, { recursive: true, force: true });
  });

  it('adds an agency with contacts, shows its token once, and refuses the same code again', async () => {
    await page.goto(`${web.svc.url}/coordinator/a/${AID}/agencies`);
    expect(await seriousA11yProblems(page)).toEqual([]);
    await page.getByLabel('Code (letters, digits, . _ -)').fill('dinkes');
    await page.getByLabel('Agency name').fill('Dinas Kesehatan Provinsi');
    await page.getByLabel('Contact person (optional)').fill('Ibu Sari');
    await page.getByLabel('E-mail (optional)').fill('sari@dinkes.go.id');
    await page.getByRole('button', { name: 'Add agency and issue its token' }).click();
    await page.waitForURL(/\/agencies\/DINKES\/token\/shown$/);
    const token = await page.locator('#new-token').inputValue();
    expect(token).toMatch(/^mgi_agy_/);
    await screenshot(page, '30-agency-token-once');
    await page.reload();
    expect(await page.content()).not.toContain(token);
    expect(await page.getByText('This token was already shown').count()).toBe(1);

    await page.goto(`${web.svc.url}/coordinator/a/${AID}/agencies`);
    expect(await page.locator('tr[data-agency="DINKES"]').textContent()).toContain('sari@dinkes.go.id');
    await page.getByLabel('Code (letters, digits, . _ -)').fill('DinKes');
    await page.getByLabel('Agency name').fill('Something else');
    await page.getByRole('button', { name: 'Add agency and issue its token' }).click();
    expect(await page.locator('#add-code-error').textContent()).toContain(
      'Agency DINKES is already registered',
    );
    await screenshot(page, '31-agency-exists');
  });

  it('edits the agency, confirms a new token, disables and enables it', async () => {
    await page.goto(`${web.svc.url}/coordinator/a/${AID}/agencies`);
    await page.getByRole('link', { name: 'Edit DINKES' }).click();
    await page.getByLabel('Phone (optional)').fill('(024) 351-1234');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await page.getByRole('status').first().textContent()).toContain(
      'The details of agency DINKES were saved.',
    );
    expect(await page.locator('tr[data-agency="DINKES"]').textContent()).toContain('(024) 351-1234');

    await page.getByRole('link', { name: 'New token for DINKES' }).click();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, issue a new token' }).click();
    expect(await page.locator('#new-token').inputValue()).toMatch(/^mgi_agy_/);
    await page.getByRole('link', { name: 'Back to the agencies' }).click();

    await page.getByRole('button', { name: 'Disable DINKES' }).click();
    expect(await page.getByText('Agency DINKES is disabled').count()).toBe(1);
    await screenshot(page, '32-agency-disabled');
    await page.getByRole('button', { name: 'Enable DINKES' }).click();
    expect(await page.getByText('Agency DINKES is enabled again').count()).toBe(1);
  });

  it('previews and sends reminders to the outbox folder, with the result per agency', async () => {
    await page.getByRole('link', { name: 'Reminders' }).click();
    expect(await page.locator('#delivery').textContent()).toContain(outbox);
    expect(await page.getByLabel(/DINKES/).isChecked()).toBe(true);
    expect(await seriousA11yProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Preview the e-mail' }).click();
    expect(await page.locator('#preview pre').textContent()).toContain('Yth. Ibu Sari,');
    expect(await readdir(outbox)).toEqual([]);
    await screenshot(page, '33-reminder-preview');
    await page.getByRole('button', { name: 'Send reminders' }).click();
    expect(await page.locator('#results-summary').textContent()).toBe(
      '1 sent, 0 failed, 0 without an address.',
    );
    expect(await readdir(outbox)).toHaveLength(1);
    await screenshot(page, '34-reminders-sent');
  });
});
