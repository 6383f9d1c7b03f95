/**
 * Browser-test support: the real app over HTTP on dynalite with the consolidation service wired
 * (as `npm start` wires it), Debian chromium driven by playwright-core, and full-page screenshots
 * under test-artifacts/screenshots/ (gitignored) for people to look at.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startAggregatingService } from './assessment-setup.js';
import type { DynamoBackend } from './dynamo-backends.js';
import type { TestService } from './test-service.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(process.cwd(), 'test-artifacts', 'screenshots');

export interface WebTestService {
  svc: TestService;
  backend: DynamoBackend;
  close(): Promise<void>;
}

/** The service with summary, consolidated workbook and aggregation, on a fresh dynalite table. */
export async function startWebTestService(): Promise<WebTestService> {
  const { backend, service: svc } = await startAggregatingService();
  return {
    svc,
    backend,
    close: async () => {
      await svc.close();
      await backend.close();
    },
  };
}

/** Headless Debian chromium, offline (no background networking, no QUIC, no updates). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot as test-artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
