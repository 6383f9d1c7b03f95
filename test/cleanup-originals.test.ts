/**
 * The sweep of orphan originals (issue 17, "on AWS a scheduled cleanup after a grace period,
 * audited") on real dynalite, with the archive in a bucket on the real s3rver and in a folder:
 * a committed original stays, an orphan within the grace stays, an old orphan goes, an orphan
 * uploaded again between the listing and its removal stays (and is then committed), the one audit
 * entry of a run that removed something is listed to an owner through the API and not to an
 * editor, and a run that removes nothing writes no entry. Time is the injected clock, moved past
 * the grace period; the archive's own last-modified times are real.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminToken } from '../functions/app/auth/tokens.js';
import type { AppDeps } from '../functions/app/deps.js';
import { type SweepOriginalsResult, sweepOrphanOriginals } from '../functions/cleanup/sweep-originals.js';
import { buildLocalDeps } from '../functions/composition/local.js';
import { createApp } from '../functions/create-app.js';
import { originalFileKey } from '../shared/adapters/archive/blob-keys.js';
import { FolderArchive } from '../shared/adapters/archive/folder-archive.js';
import { S3Archive } from '../shared/adapters/archive/s3-archive.js';
import { ensureTable } from '../shared/adapters/dynamodb/table.js';
import type { OriginalsArchive } from '../shared/core/cleanup/orphan-originals.js';
import { XLSX_CONTENT_TYPE } from '../shared/core/xlsx.js';
import type { BlobArchive, Clock } from '../shared/ports.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { type LocalS3, startLocalS3 } from './support/s3-server.js';
import { answerRows, filledWorkbook } from './support/workbooks.js';

const HOUR = 3_600_000;
const GRACE_MS = 24 * HOUR;
const AID = 'jateng';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Entry {
  assessmentId: string;
  action: string;
  actor: { kind: string; id: string };
  target: string;
  after: { removed: number; sha256: string[]; graceHours: number };
}

let backend: DynamoBackend;
let s3: LocalS3;
let folderRoot: string;

beforeAll(async () => {
  [backend, s3, folderRoot] = await Promise.all([
    startDynaliteBackend(),
    startLocalS3(),
    mkdtemp(join(tmpdir(), 'mgi-cleanup-test-')),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([backend?.close(), s3?.close()]);
  if (folderRoot) await rm(folderRoot, { recursive: true, force: true });
});

describe.each([
  ['an S3 bucket (s3rver)', () => new S3Archive(s3.client, s3.bucket)],
  ['a folder', () => new FolderArchive(join(folderRoot, 'archive'))],
] as const)('sweep of orphan originals in %s', (_, archiveOf) => {
  let archive: BlobArchive & OriginalsArchive;
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;
  let tableName: string;
  const admin = `mgi_adm_cleanup_${randomBytes(12).toString('hex')}`;
  let agencyToken = '';
  let editorToken = '';
  // The clock of the app and of the sweep: real time plus an offset the test moves.
  let offsetMs = 0;
  const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
  // The workbooks: committed through the API, and two orphans (archived, never committed).
  let committed: Uint8Array;
  let orphanOld: Uint8Array;
  let orphanReuploaded: Uint8Array;

  const call = (
    method: string,
    path: string,
    token: string,
    init: { json?: unknown; body?: Uint8Array } = {},
  ) =>
    app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.body ? { 'content-type': XLSX_CONTENT_TYPE } : {}),
      },
      body: init.json !== undefined ? JSON.stringify(init.json) : (init.body as Uint8Array<ArrayBuffer>),
    });
  const upload = (bytes: Uint8Array) =>
    call('POST', `/api/assessments/${AID}/submissions`, agencyToken, { body: bytes });
  const auditAs = async (token: string): Promise<Entry[]> => {
    const res = await call('GET', `/api/assessments/${AID}/audit`, token);
    expect(res.status).toBe(200);
    return ((await res.json()) as { entries: Entry[] }).entries;
  };
  const sweepEntries = async () =>
    (await auditAs(admin)).filter((e) => e.action === 'archive.orphans_removed');
  const sweep = (over: OriginalsArchive = archive): Promise<SweepOriginalsResult> =>
    sweepOrphanOriginals(
      { archive: over, client: backend.client, tableName, audit: deps.audit, clock },
      { graceMs: GRACE_MS },
    );

  beforeAll(async () => {
    archive = archiveOf();
    tableName = `mgi-cleanup-${randomBytes(4).toString('hex')}`;
    await ensureTable(backend.client, tableName);
    deps = buildLocalDeps(
      { LOG_LEVEL: 'silent' },
      { client: backend.client, tableName, archiveDir: join(folderRoot, 'archive'), archive, clock },
    );
    app = createApp(deps);
    await ensureAdminToken(deps.store as never, deps.accounts, admin);
    expect(
      (
        await call('POST', '/api/assessments', admin, {
          json: { id: AID, name: 'Jateng', frameworkId: 'local-mgi' },
        })
      ).status,
    ).toBe(201);
    const agency = await call('PUT', `/api/assessments/${AID}/agencies/DINKES`, admin, {
      json: { name: 'Dinkes', level: 'provincial' },
    });
    expect(agency.status).toBe(201);
    agencyToken = ((await agency.json()) as { token: string }).token;
    const editor = await call('POST', '/api/accounts', admin, {
      json: { name: 'Eka', email: 'eka@example.org', role: 'editor', assessments: [AID] },
    });
    expect(editor.status).toBe(201);
    editorToken = ((await editor.json()) as { token: string }).token;

    const workbook = (seed: string) =>
      filledWorkbook({ assessmentId: AID, agencyCode: 'DINKES', rows: answerRows(seed) });
    let orphans: Uint8Array[];
    [committed, ...orphans] = await Promise.all([workbook('a'), workbook('b'), workbook('c')]);
    // The sweep works through the keys in order: the orphan uploaded again is the later key, so
    // the clock's return to real time at its re-upload (below) changes no other verdict.
    [orphanOld, orphanReuploaded] = orphans.sort((x, y) => sha256(x).localeCompare(sha256(y))) as [
      Uint8Array,
      Uint8Array,
    ];
    expect((await upload(committed)).status).toBe(201);
    // What a crash between the archive write and the commit leaves: an original no submission names.
    for (const orphan of [orphanOld, orphanReuploaded]) {
      await archive.put(originalFileKey(sha256(orphan)), orphan, XLSX_CONTENT_TYPE);
    }
  }, 60_000);

  it('within the grace period keeps every orphan and writes no audit entry', async () => {
    offsetMs = 0;
    expect(await sweep()).toEqual({ listed: 3, removed: 0, young: 2, committed: 1, gone: 0 });
    for (const bytes of [committed, orphanOld, orphanReuploaded]) {
      expect(await archive.get(originalFileKey(sha256(bytes)))).toEqual(bytes);
    }
    expect(await sweepEntries()).toEqual([]);
  });

  it('past the grace removes an old orphan, keeps the committed original and one uploaded again meanwhile', async () => {
    offsetMs = 48 * HOUR;
    const reuploadedKey = originalFileKey(sha256(orphanReuploaded));
    let reupload: Response | undefined;
    // The real archive, with the agency uploading the very same bytes again at the worst moment:
    // after the sweep listed and picked the orphan, right before it re-checks it. The archive
    // stamps that write with the real time (to the second, like S3), so from then on the clock is
    // real time again: the re-upload is "now", as it would be on AWS a day after the orphan.
    const racing: OriginalsArchive = {
      listOriginals: () => archive.listOriginals(),
      lastModified: async (key) => {
        if (key === reuploadedKey) {
          offsetMs = 0;
          reupload = await upload(orphanReuploaded);
        }
        return archive.lastModified(key);
      },
      remove: (key) => archive.remove(key),
    };
    expect(await sweep(racing)).toEqual({ listed: 3, removed: 1, young: 1, committed: 1, gone: 0 });
    expect(reupload?.status).toBe(201);
    expect(await archive.get(originalFileKey(sha256(orphanOld)))).toBeNull();
    expect(await archive.get(originalFileKey(sha256(committed)))).toEqual(committed);
    expect(await archive.get(reuploadedKey)).toEqual(orphanReuploaded);
    // The re-uploaded submission is whole: listed, and its original downloads.
    const list = await call('GET', `/api/assessments/${AID}/submissions`, admin);
    expect(await list.text()).toContain(sha256(orphanReuploaded));
  });

  it('the run that removed something left one system entry, listed to owners and not to editors', async () => {
    const entries = await sweepEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      assessmentId: '_system',
      actor: { kind: 'system', id: 'system' },
      target: 'archive:originals',
      after: { removed: 1, sha256: [sha256(orphanOld)], graceHours: 24 },
    });
    expect((await auditAs(editorToken)).some((e) => e.action === 'archive.orphans_removed')).toBe(false);
  });

  it('a later run with nothing left to remove writes no entry', async () => {
    offsetMs = 48 * HOUR;
    expect(await sweep()).toEqual({ listed: 2, removed: 0, young: 0, committed: 2, gone: 0 });
    expect(await sweepEntries()).toHaveLength(1);
  });
});
