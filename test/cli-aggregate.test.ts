/**
 * `mgi aggregate` as a coordinator runs it: through a running service over real HTTP, and offline
 * on the data folder of a stopped local service (and refused, with the reason, while it runs).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalService } from '../functions/local/start-local.js';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import {
  AGENCY,
  ASSESSMENT,
  buildTemplate,
  fillWithExcelJs,
  sampleResponses,
  toRawFields,
} from './fixtures/workbook-builder.js';
import { createAssessment, registerAgency, startAggregatingService } from './support/assessment-setup.js';
import type { DynamoBackend } from './support/dynamo-backends.js';
import { runMgi } from './support/run-mgi.js';
import type { TestService } from './support/test-service.js';
import { answerRows, filledWorkbook } from './support/workbooks.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Runs `mgi` with buffered streams. */
const mgi = (argv: string[], env: Record<string, string> = {}) => runMgi(argv, { env });

describe('mgi aggregate through a running service', () => {
  let backend: DynamoBackend;
  let svc: TestService;

  beforeAll(async () => {
    ({ backend, service: svc } = await startAggregatingService());
    for (const id of ['agg-a', 'agg-b']) {
      await createAssessment(svc, id);
      for (const code of ['DINKES', 'BAPPEDA'])
        await registerAgency(svc, id, { code, name: code, level: 'provincial' });
    }
    const bytes = await filledWorkbook({
      assessmentId: 'agg-a',
      agencyCode: 'DINKES',
      rows: answerRows('7'),
    });
    const upload = await svc.call('POST', '/api/assessments/agg-a/submissions?agency=DINKES', {
      token: svc.adminToken,
      body: bytes as Uint8Array<ArrayBuffer>,
      headers: { 'content-type': XLSX },
    });
    expect(upload.status).toBe(201);
  });

  afterAll(async () => {
    await svc?.close();
    await backend?.close();
  });

  it('aggregates every assessment, prints counts and domain scores, and keeps snapshots', async () => {
    const run = await mgi(['aggregate'], { MGI_URL: svc.url, MGI_TOKEN: svc.adminToken });
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/^agg-a: 1\/2 agencies submitted, \d+\.\d s$/m);
    expect(run.out).toMatch(/^agg-b: 0\/2 agencies submitted/m);
    // Every domain of the framework is listed; agg-a has scores, agg-b has none yet.
    const domainLines = run.out.split('\n').filter((l) => l.startsWith('  '));
    expect(domainLines).toHaveLength(2 * LOCAL_MGI_FRAMEWORK.domains.length);
    expect(
      domainLines.slice(0, LOCAL_MGI_FRAMEWORK.domains.length).some((l) => /\d+\.\d {2}\S/.test(l)),
    ).toBe(true);
    expect(run.out).toContain('2 aggregated, 0 failed.');
    expect(run.err).toContain('[1/2] aggregating agg-a');
    for (const id of ['agg-a', 'agg-b']) {
      expect(await svc.deps.snapshots!.listSnapshots(id)).toHaveLength(1);
    }
  });

  it('runs one assessment as JSON, and exits 1 naming an assessment that failed', async () => {
    const one = await mgi([
      'aggregate',
      '--assessment',
      'agg-a',
      '--json',
      '--url',
      svc.url,
      '--token',
      svc.adminToken,
    ]);
    expect(one.code).toBe(0);
    const [result] = JSON.parse(one.out);
    expect(result).toMatchObject({ assessment: 'agg-a', ok: true, submitted: 1, registered: 2 });
    expect(result.domains).toHaveLength(LOCAL_MGI_FRAMEWORK.domains.length);
    expect(await svc.deps.snapshots!.listSnapshots('agg-a')).toHaveLength(2);

    const missing = await mgi([
      'aggregate',
      '--assessment',
      'nope',
      '--url',
      svc.url,
      '--token',
      svc.adminToken,
    ]);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/^nope: FAILED after .*assessment\.not_found/m);
  });

  it('refuses to mix modes and needs a token for the service', async () => {
    expect((await mgi(['aggregate', '--url', svc.url, '--data-dir', 'x'])).code).toBe(2);
    const noToken = await mgi(['aggregate', '--url', svc.url]);
    expect(noToken.code).toBe(2);
    expect(noToken.err).toContain('missing --token');
  });
});

describe('mgi aggregate --data-dir on a stopped local service', () => {
  let dataDir: string;
  const adminToken = `mgi_adm_cli_aggregate_${'0'.repeat(16)}`;
  /** The local service (`npm start`) on the data folder, without worker threads. */
  const startLocal = () =>
    startLocalService(
      {
        PORT: 0,
        DATA_DIR: dataDir,
        ADMIN_TOKEN: adminToken,
        LOG_LEVEL: 'silent',
        AGGREGATE_INTERVAL_MINUTES: 60,
      },
      { parseInWorkers: false },
    );

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mgi-cli-aggregate-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('says the service is running while it holds the data, then aggregates once it is stopped', async () => {
    const local = await startLocal();
    try {
      const call = (method: string, path: string, init: { json?: unknown; body?: Uint8Array } = {}) =>
        fetch(`${local.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${adminToken}`,
            'content-type': init.json === undefined ? XLSX : 'application/json',
          },
          body: init.json === undefined ? (init.body as Uint8Array<ArrayBuffer>) : JSON.stringify(init.json),
        });
      const created = await call('POST', '/api/assessments', {
        json: { id: ASSESSMENT.id, name: ASSESSMENT.name, frameworkId: 'local-mgi' },
      });
      expect(created.status).toBe(201);
      const agency = await call('PUT', `/api/assessments/${ASSESSMENT.id}/agencies/${AGENCY.code}`, {
        json: { name: AGENCY.name, level: 'provincial' },
      });
      expect(agency.status).toBe(201);
      const workbook = await fillWithExcelJs(await buildTemplate('en'), toRawFields(sampleResponses(), 'en'));
      const upload = await call(
        'POST',
        `/api/assessments/${ASSESSMENT.id}/submissions?agency=${AGENCY.code}`,
        {
          body: workbook,
        },
      );
      expect(upload.status).toBe(201);

      const locked = await mgi(['aggregate', '--data-dir', dataDir]);
      expect(locked.code).toBe(2);
      expect(locked.err).toContain('the service is running; use --url');
    } finally {
      await local.close();
    }

    const snapshotsDir = join(dataDir, 'archive', 'snapshots', ASSESSMENT.id);
    const before = await readdir(snapshotsDir).catch((): string[] => []);
    const run = await mgi(['aggregate', '--data-dir', dataDir]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(new RegExp(`^${ASSESSMENT.id}: 1/1 agencies submitted`, 'm'));
    const after = await readdir(snapshotsDir);
    expect(after).toHaveLength(before.length + 1);
    const added = after.find((d) => !before.includes(d))!;
    expect((await readdir(join(snapshotsDir, added))).sort()).toEqual([
      'consolidated-en.xlsx',
      'consolidated-id.xlsx',
      'report-en.docx',
      'report-id.docx',
    ]);

    // The service started again sees the snapshot the CLI kept.
    const again = await startLocal();
    try {
      const latest = await again.deps.snapshots!.getLatestSnapshot(ASSESSMENT.id);
      expect(latest?.id).toBe(added);
    } finally {
      await again.close();
    }
  });

  it('names a folder without local data', async () => {
    const empty = await mgi(['aggregate', '--data-dir', join(dataDir, 'nothing-here')]);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('no local data');
  });
});
