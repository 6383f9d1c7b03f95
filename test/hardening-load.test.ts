/**
 * Issue 17, memory and fairness under attack, on the service as `npm start` runs it (a child
 * process on a temporary DATA_DIR): twelve parallel annotated downloads of a stored rejected file
 * with a million `<hyperlink>` elements each get a specific 4xx (422 upload.too_complex, or 429
 * upload.busy beyond the agency's two parses in flight), the child's peak RSS stays within 300 MB,
 * and another agency's upload during the attack answers within three times its usual time (target two), the usual
 * time measured in the same run first (a ratio, not a wall-clock constant).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hyperlinkBomb } from './fixtures/hostile-files.js';
import {
  callApi,
  HttpSession,
  type LocalChild,
  peakRssMb,
  startLocalChild,
  stopLocalChild,
} from './support/local-child.js';
import { answerRows, filledWorkbook } from './support/workbooks.js';

const AID = 'jateng-2026';
const ADMIN = 'hardening-admin-token-0123456789';
const MAX_RSS_MB = 300;

let dataDir = '';
let service: LocalChild;
const tokens: Record<string, string> = {};

const api = (method: string, path: string, token: string, init?: { json?: unknown; body?: Uint8Array }) =>
  callApi(service.url, method, path, token, init);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mgi-hardening-load-'));
  service = await startLocalChild(dataDir, { ADMIN_TOKEN: ADMIN });
  expect(
    (await api('POST', '/api/assessments', ADMIN, { json: { id: AID, name: AID, frameworkId: 'local-mgi' } }))
      .status,
  ).toBe(201);
  for (const code of ['DINKES', 'BAPPEDA']) {
    const res = await api('PUT', `/api/assessments/${AID}/agencies/${code}`, ADMIN, {
      json: { name: code, level: 'provincial' },
    });
    tokens[code] = ((await res.json()) as { token: string }).token;
  }
}, 120_000);

afterAll(async () => {
  if (service) await stopLocalChild(service.child, 'SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** BAPPEDA files it has not sent before (a repeat would skip the parse), built ahead of timing. */
let seed = 0;
const freshFile = () =>
  filledWorkbook({ assessmentId: AID, agencyCode: 'BAPPEDA', rows: answerRows(`s${seed++}`) });

/** One upload by BAPPEDA; its time in ms. */
async function timedUpload(file: Uint8Array): Promise<number> {
  const started = performance.now();
  const res = await api('POST', `/api/assessments/${AID}/submissions`, tokens.BAPPEDA!, { body: file });
  const elapsed = performance.now() - started;
  expect(res.status, await res.text()).toBe(201);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ROUNDS = 5;

describe('twelve parallel hostile annotated downloads', () => {
  it('each gets a specific 4xx, the service stays within 300 MB, another agency is served within 3x of its usual time (target 2x)', async () => {
    // The hostile file as a stored rejected upload of DINKES (as one kept before the bounds existed).
    const bomb = await hyperlinkBomb();
    const sha = createHash('sha256').update(bomb).digest('hex');
    const folder = join(dataDir, 'archive', 'rejected', AID, 'DINKES');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `${sha}.xlsx`), bomb);
    const attacker = new HttpSession(service.url);
    await attacker.signIn(tokens.DINKES!);
    const atStart = await peakRssMb(service.child.pid!);
    const download = () => attacker.request('GET', `/agency/rejected/${sha}/annotated.xlsx`);
    const files = await Promise.all(Array.from({ length: 2 * ROUNDS + 1 }, freshFile));

    // Both paths once, so neither side is measured cold. Then rounds of: the usual time of an
    // ordinary upload, on this machine, now; the same upload during twelve hostile downloads.
    // Interleaved, so a change in the machine's load touches both series alike.
    await timedUpload(files.pop()!);
    expect((await download()).status).toBe(422);
    const afterWarmUp = await peakRssMb(service.child.pid!);
    const usual: number[] = [];
    const during: number[] = [];
    const statuses: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      usual.push(await timedUpload(files.pop()!));
      const downloads = Array.from({ length: 12 }, download);
      during.push(await timedUpload(files.pop()!));
      for (const res of await Promise.all(downloads)) {
        statuses.push(res.status);
        expect([422, 429]).toContain(res.status);
        if (res.status === 429) expect(res.headers.get('retry-after')).toBe('2');
      }
    }
    // At most two of the agency's opens are admitted at once; each admitted one is refused on the budget.
    expect(statuses.filter((s) => s === 422).length).toBeGreaterThanOrEqual(ROUNDS);
    const peak = await peakRssMb(service.child.pid!);
    console.log(
      JSON.stringify({
        usual: usual.map(Math.round),
        during: during.map(Math.round),
        peakAtStartMb: Math.round(atStart),
        peakAfterWarmUpMb: Math.round(afterWarmUp),
        peakRssMb: Math.round(peak),
        statuses: statuses.sort(),
      }),
    );
    expect(peak).toBeLessThanOrEqual(MAX_RSS_MB);
    // The target is 2x; measured medians run 1.3-2.0x, mostly 1.5-1.7x, when this file runs
    // alone (the one parse worker finishes the hostile check it holds, ~20 ms, before the other
    // agency's turn).
    // CI runs it beside other test files on 2 cores, so the test holds the ratio a regression
    // would break (3x) and docs/PERFORMANCE.md keeps the measured figures.
    expect(median(during)).toBeLessThanOrEqual(3 * median(usual));
    // The service is still answering afterwards.
    expect((await fetch(`${service.url}/api/health`)).status).toBe(200);
  }, 180_000);
});
