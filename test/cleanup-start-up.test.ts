/**
 * The start-up sweep of `npm start` (startLocalService on a DATA_DIR with dynalite on disk and the
 * archive folder): what a crash left — an original no submission names and an interrupted write —
 * is gone at once (grace 0) after a restart, the committed original stays, the removal has its one
 * `_system` audit entry for owners, and a restart with nothing to remove writes none.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalService, startLocalService } from '../functions/local/start-local.js';
import { originalFileKey } from '../shared/adapters/archive/blob-keys.js';
import { XLSX_CONTENT_TYPE } from '../shared/core/xlsx.js';
import { answerRows, filledWorkbook } from './support/workbooks.js';

const ADMIN = 'cleanup-start-up-admin-token-0123';
const AID = 'startup';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let dataDir: string;
let service: LocalService | undefined;

const start = async () => {
  service = await startLocalService(
    { PORT: 0, DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN, LOG_LEVEL: 'silent', AGGREGATE_INTERVAL_MINUTES: 60 },
    { parseInWorkers: false },
  );
  return service;
};
const stop = async () => {
  await service?.close();
  service = undefined;
};
const call = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${service?.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${init.token ?? ADMIN}`, ...(init.headers as Record<string, string>) },
  });
const sweepEntries = async () => {
  const res = await call(`/api/assessments/${AID}/audit?action=archive.orphans_removed`);
  expect(res.status).toBe(200);
  return (
    (await res.json()) as { entries: { after: { removed: number; sha256: string[]; graceHours: number } }[] }
  ).entries;
};

let committed: Uint8Array;
let orphan: Uint8Array;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mgi-cleanup-start-up-'));
  await start();
  const json = { 'content-type': 'application/json' };
  const created = await call('/api/assessments', {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ id: AID, name: 'Start-up', frameworkId: 'local-mgi' }),
  });
  expect(created.status).toBe(201);
  const agency = await call(`/api/assessments/${AID}/agencies/DINKES`, {
    method: 'PUT',
    headers: json,
    body: JSON.stringify({ name: 'Dinkes', level: 'provincial' }),
  });
  expect(agency.status).toBe(201);
  const agencyToken = ((await agency.json()) as { token: string }).token;
  const workbook = (seed: string) =>
    filledWorkbook({ assessmentId: AID, agencyCode: 'DINKES', rows: answerRows(seed) });
  [committed, orphan] = await Promise.all([workbook('a'), workbook('b')]);
  const upload = await call(`/api/assessments/${AID}/submissions`, {
    method: 'POST',
    token: agencyToken,
    headers: { 'content-type': XLSX_CONTENT_TYPE },
    body: committed as Uint8Array<ArrayBuffer>,
  });
  expect(upload.status).toBe(201);
  await stop();
  // What a kill between the archive write and the commit leaves, and a write cut before its rename.
  const orphanPath = join(dataDir, 'archive', ...originalFileKey(sha256(orphan)).split('/'));
  await mkdir(join(orphanPath, '..'), { recursive: true });
  await writeFile(orphanPath, orphan);
  await writeFile(`${orphanPath}.0123456789ab.tmp`, orphan.slice(0, 100));
}, 60_000);
afterAll(async () => {
  await stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('start-up sweep', () => {
  it('removes the orphan and the temp file at once, keeps the committed original, audits the removal', async () => {
    await start();
    const committedKey = originalFileKey(sha256(committed));
    const files = await readdir(join(dataDir, 'archive', 'originals'), { recursive: true });
    expect(
      files.filter((f) => f.endsWith('.xlsx') || f.endsWith('.tmp')).map((f) => f.replaceAll('\\', '/')),
    ).toEqual([committedKey.slice('originals/'.length)]);
    const entries = await sweepEntries();
    expect(entries.map((e) => e.after)).toEqual([{ removed: 1, sha256: [sha256(orphan)], graceHours: 0 }]);
  });

  it('a restart with nothing left to remove writes no entry', async () => {
    await stop();
    await start();
    expect(await sweepEntries()).toHaveLength(1);
  });
});
