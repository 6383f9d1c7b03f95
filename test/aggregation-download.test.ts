/**
 * The consolidated workbook download: from the latest snapshot it is a `303` to a presigned S3 URL
 * (signed by the real S3 adapter: signing is local computation, no network), or the snapshot's
 * bytes when the archive is a folder; a small live workbook is always answered inline.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAggregationService, runAggregation } from '../functions/aggregate/aggregation-service.js';
import type { AppEnv } from '../functions/app/app-env.js';
import { ensureAdminToken } from '../functions/app/auth/tokens.js';
import type { AppDeps } from '../functions/app/deps.js';
import { consolidatedWorkbookResponse } from '../functions/app/routes/aggregation.js';
import { buildLocalDeps } from '../functions/composition/local.js';
import { createApp } from '../functions/create-app.js';
import { FolderArchive } from '../shared/adapters/archive/folder-archive.js';
import { S3Archive } from '../shared/adapters/archive/s3-archive.js';
import { DynamoSnapshotStore } from '../shared/adapters/dynamodb/snapshot-store.js';
import { ensureTable } from '../shared/adapters/dynamodb/table.js';
import type { Clock, SnapshotMeta } from '../shared/ports.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { answerRows, filledWorkbook } from './support/workbooks.js';

const AID = 'download-test';
const BUCKET = 'mgi-archive-test';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const adminToken = `mgi_adm_download_${randomBytes(12).toString('hex')}`;
/** Each reading one second later, so a workbook written now differs from the snapshot's. */
let tick = Date.UTC(2026, 2, 1, 8, 0, 0);
const clock: Clock = {
  now: () => {
    tick += 1000;
    return new Date(tick);
  },
};
// Static credentials: presigning only signs; nothing here reaches AWS.
const s3Archive = new S3Archive(
  new S3Client({
    region: 'ap-southeast-3',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
  }),
  BUCKET,
);

let backend: DynamoBackend;
let archiveDir: string;
let base: Omit<AppDeps, 'archive'>;
let folder: FolderArchive;
let snapshot: SnapshotMeta;

/** The app with a given archive and live limit; snapshots always live in the folder on dynalite. */
function app(archive: AppDeps['archive'], liveWorkbookMaxAgencies: number) {
  const deps: AppDeps = { ...base, archive };
  deps.aggregation = createAggregationService({ ...base, liveWorkbookMaxAgencies });
  return createApp(deps);
}

const download = (a: Hono<AppEnv>, lang = 'en') =>
  a.request(`/api/assessments/${AID}/consolidated.xlsx?lang=${lang}`, {
    headers: { authorization: `Bearer ${adminToken}` },
  });

beforeAll(async () => {
  backend = await startDynaliteBackend();
  const table = `mgi-dl-${randomBytes(4).toString('hex')}`;
  await ensureTable(backend.client, table);
  archiveDir = await mkdtemp(join(tmpdir(), 'mgi-download-'));
  folder = new FolderArchive(archiveDir);
  // The local composition root over this table and folder (every store the routes need).
  const {
    archive: _a,
    aggregation: _g,
    ...built
  } = buildLocalDeps(
    { LOG_LEVEL: 'silent' },
    { client: backend.client, tableName: table, archiveDir, clock },
  );
  const snapshots = new DynamoSnapshotStore(backend.client, table, folder);
  base = { ...built, snapshots };
  await ensureAdminToken(base.tokens, base.accounts, adminToken);
  const setup = app(folder, 0);
  const admin = (method: string, path: string, init: { json?: unknown; body?: Uint8Array } = {}) =>
    setup.request(path, {
      method,
      headers: {
        authorization: `Bearer ${adminToken}`,
        'content-type': init.json === undefined ? XLSX : 'application/json',
      },
      body: init.json === undefined ? (init.body as Uint8Array<ArrayBuffer>) : JSON.stringify(init.json),
    });
  expect(
    (
      await admin('POST', '/api/assessments', {
        json: { id: AID, name: 'Download', frameworkId: 'local-mgi' },
      })
    ).status,
  ).toBe(201);
  expect(
    (
      await admin('PUT', `/api/assessments/${AID}/agencies/DINKES`, {
        json: { name: 'Dinkes', level: 'provincial' },
      })
    ).status,
  ).toBe(201);
  const bytes = await filledWorkbook({ assessmentId: AID, agencyCode: 'DINKES', rows: answerRows('5') });
  expect(
    (await admin('POST', `/api/assessments/${AID}/submissions?agency=DINKES`, { body: bytes })).status,
  ).toBe(201);
  snapshot = (await runAggregation({ store: base.store, snapshots, clock }, AID)).snapshot!;
});

afterAll(async () => {
  await backend?.close();
  if (archiveDir) await rm(archiveDir, { recursive: true, force: true });
});

describe('consolidated workbook download', () => {
  it('redirects to a presigned S3 URL of the snapshot workbook above the live limit', async () => {
    const res = await download(app(s3Archive, 0), 'id');
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    const url = new URL(location);
    expect(`${url.origin}${url.pathname}`).toBe(
      `https://${BUCKET}.s3.ap-southeast-3.amazonaws.com/${snapshot.workbookKeys.id}`,
    );
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename="mgi-${AID}-consolidated-id.xlsx"`,
    );
    expect(await res.json()).toEqual({ url: location });
  });

  it('streams the snapshot bytes from the folder archive, which cannot presign', async () => {
    const res = await download(app(folder, 0));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    const stored = new Uint8Array(await readFile(join(archiveDir, ...snapshot.workbookKeys.en!.split('/'))));
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(stored);
  });

  it('answers a small workbook written now inline, even when the archive could presign', async () => {
    const res = await download(app(s3Archive, 1000));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="mgi-${AID}-consolidated-en.xlsx"`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip (xlsx) container
    const stored = new Uint8Array(await readFile(join(archiveDir, ...snapshot.workbookKeys.en!.split('/'))));
    expect(bytes).not.toEqual(stored); // written now, with a later timestamp than the snapshot
  });

  it('streams a workbook above the inline limit from a folder archive without writing a copy', async () => {
    const service = createAggregationService({ ...base, liveWorkbookMaxAgencies: 1000 });
    const tiny = new Hono<AppEnv>().get('/', (c) =>
      consolidatedWorkbookResponse(c, { archive: folder }, service, AID, 'en', { inlineMaxBytes: 1000 }),
    );
    const res = await tiny.request('/');
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect(await readdir(archiveDir)).not.toContain('downloads');
  });

  it('serves the summary of a large assessment from the latest snapshot, a small one live', async () => {
    const summaryOf = async (liveMax: number) => {
      const res = await app(folder, liveMax).request(`/api/assessments/${AID}/summary`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(res.status).toBe(200);
      return (await res.json()) as { generatedAt: string; agencies: { submitted: number } };
    };
    const large = await summaryOf(0);
    expect(large.generatedAt).toBe(snapshot.generatedAt);
    expect(large.agencies.submitted).toBe(1);
    const small = await summaryOf(1000);
    expect(Date.parse(small.generatedAt)).toBeGreaterThan(Date.parse(snapshot.generatedAt));
    expect(small.agencies.submitted).toBe(1);
  });
});
