/** `mgi report` as a coordinator runs it: through a running service, and offline on a stopped local service's folder. */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalService } from '../functions/local/start-local.js';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import { readDocx } from './fixtures/docx-tools.js';
import { createAssessment, registerAgency, startAggregatingService } from './support/assessment-setup.js';
import type { DynamoBackend } from './support/dynamo-backends.js';
import { runMgi } from './support/run-mgi.js';
import type { TestService } from './support/test-service.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mgi-cli-report-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const answers = LOCAL_MGI_FRAMEWORK.indicators.map((i) => ({
  indicatorId: i.id,
  answer: 'yes',
  justificationType: 'regulation',
  justification: `Peraturan Bupati Cilacap No. 7/2025 (${i.id})`,
  evidence: null,
}));

describe('mgi report through a running service', () => {
  let backend: DynamoBackend;
  let svc: TestService;
  beforeAll(async () => {
    ({ backend, service: svc } = await startAggregatingService());
    await createAssessment(svc, 'cli-rep', 'Cilacap 2026');
    const token = await registerAgency(svc, 'cli-rep', {
      code: 'DISNAKER',
      name: 'Disnaker Cilacap',
      level: 'district',
    });
    const res = await svc.call('POST', '/api/assessments/cli-rep/responses', {
      token,
      json: { responses: answers },
    });
    expect(res.status).toBe(201);
  });
  afterAll(async () => {
    await svc?.close();
    await backend?.close();
  });

  it('writes the Indonesian report to --out', async () => {
    const out = join(dir, 'laporan.docx');
    const env = { MGI_URL: svc.url, MGI_TOKEN: svc.adminToken };
    const run = await runMgi(['report', '--assessment', 'cli-rep', '--lang', 'id', '--out', out], { env });
    expect(run.code, run.err).toBe(0);
    const { html, text } = await readDocx(new Uint8Array(await readFile(out)));
    expect(html).toContain('<h1>Dimensi 1: Hak-hak migran');
    expect(text).toContain('Peraturan Bupati Cilacap No. 7/2025 (1.01) — Disnaker Cilacap');
  });

  it('exits 1 naming an unknown assessment and writes nothing', async () => {
    const out = join(dir, 'none.docx');
    const env = { MGI_URL: svc.url, MGI_TOKEN: svc.adminToken };
    const run = await runMgi(['report', '--assessment', 'nope', '--out', out], { env });
    expect(run.code).toBe(1);
    expect(run.err).toContain('assessment.not_found');
    await expect(stat(out)).rejects.toThrow();
  });

  it('exits 2 on a bad --lang or a missing --out', async () => {
    expect(
      (await runMgi(['report', '--assessment', 'cli-rep', '--lang', 'fr', '--out', 'x.docx'])).code,
    ).toBe(2);
    expect((await runMgi(['report', '--assessment', 'cli-rep'])).code).toBe(2);
  });
});

describe('mgi report --data-dir on a stopped local service', () => {
  it('writes the English report from the local folder', async () => {
    const dataDir = join(dir, 'data');
    const adminToken = `mgi_adm_cli_report_${'0'.repeat(16)}`;
    const local = await startLocalService(
      {
        PORT: 0,
        DATA_DIR: dataDir,
        ADMIN_TOKEN: adminToken,
        LOG_LEVEL: 'silent',
        AGGREGATE_INTERVAL_MINUTES: 60,
      },
      { parseInWorkers: false },
    );
    try {
      const res = await fetch(`${local.url}/api/assessments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'offline', name: 'Offline 2026', frameworkId: 'local-mgi' }),
      });
      expect(res.status).toBe(201);
    } finally {
      await local.close();
    }
    const out = join(dir, 'offline.docx');
    const run = await runMgi(['report', '--assessment', 'offline', '--out', out, '--data-dir', dataDir]);
    expect(run.code, run.err).toBe(0);
    const { html, text } = await readDocx(new Uint8Array(await readFile(out)));
    expect(html).toContain('<h1>Domain 6: Safe, orderly and regular migration (proposed)</h1>');
    expect(text).toContain('0 of 0 registered agencies submitted their answers.');
  });
});
