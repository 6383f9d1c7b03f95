/**
 * Warms the upload path of a freshly started local service, so the first burst of uploads does not
 * pay for cold code: a few complete uploads through the app, then parses in every parse worker and
 * commits in the store, all against a scratch table in the same embedded store (and a scratch
 * archive folder), both removed afterwards. The service's own table is never touched.
 *
 * Why: the first 58-at-once burst after start cost ~53 ms of CPU per upload against ~20 ms once
 * warm (interpreted exceljs, SDK and dynalite code in every thread), which doubled its latency.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { FolderArchive } from '../../shared/adapters/archive/folder-archive.js';
import { DynamoStore } from '../../shared/adapters/dynamodb/dynamo-store.js';
import { ensureTable } from '../../shared/adapters/dynamodb/table.js';
import { DEMO_AGENCIES, demoResponses, fillTemplate, toTemplateRows } from '../../shared/core/demo/index.js';
import { getBuiltInFramework } from '../../shared/core/framework.js';
import { generateTemplate } from '../../shared/core/template/generate-template.js';
import { systemClock } from '../../shared/ports.js';
import { issueAgencyToken } from '../app/auth/tokens.js';
import { createApp } from '../app/create-app.js';
import type { AppDeps, ParseWorkbook } from '../app/deps.js';

export interface WarmUpOptions {
  client: DynamoDBClient;
  /** The parse pool's parse function (each worker gets its share of the parses). */
  parseWorkbook?: ParseWorkbook;
  /** Parse workers to keep busy at once (default 2). */
  parallelParses?: number;
  /** Distinct uploads through the app (default 8), parses (default 32), store commits (default 48). */
  uploads?: number;
  parses?: number;
  commits?: number;
}

const ASSESSMENT = { id: 'warm-up', name: 'Warm-up', frameworkId: 'local-mgi' };

/** Runs the warm-up described in the module comment; resolves when the scratch data is gone. */
export async function warmUpUploadPath(options: WarmUpOptions): Promise<void> {
  const framework = getBuiltInFramework(ASSESSMENT.frameworkId)!;
  const table = `warm-up-${randomBytes(4).toString('hex')}`;
  const archiveDir = await mkdtemp(join(tmpdir(), 'mgi-warm-up-'));
  await ensureTable(options.client, table);
  try {
    const store = new DynamoStore({ client: options.client, tableName: table });
    const deps: AppDeps = {
      store,
      tokens: store,
      archive: new FolderArchive(archiveDir),
      clock: systemClock,
      ...(options.parseWorkbook ? { parseWorkbook: options.parseWorkbook } : {}),
    };
    const app = createApp(deps);
    await store.createAssessment({ ...ASSESSMENT, createdAt: systemClock.now().toISOString() });
    // Distinct files (a repeat would only take the duplicate shortcut), two per agency: the
    // second upload moves a pointer that is already set.
    const uploadCount = Math.max(1, options.uploads ?? 8);
    const agencies = DEMO_AGENCIES.slice(0, Math.ceil(uploadCount / 2));
    const files = await Promise.all(
      agencies.map(async (agency, a) => {
        await store.putAgency({ assessmentId: ASSESSMENT.id, ...agency });
        const token = await issueAgencyToken(store, ASSESSMENT.id, agency.code);
        const template = await generateTemplate({
          framework,
          assessment: ASSESSMENT,
          agency,
          lang: agency.lang,
        });
        const filled: { token: string; bytes: Uint8Array }[] = [];
        for (const seed of ['warm-up-1', 'warm-up-2'].slice(0, uploadCount - 2 * a)) {
          const rows = toTemplateRows(demoResponses(framework, agency, seed), agency.lang);
          filled.push({ token, bytes: await fillTemplate(template, rows) });
        }
        return filled;
      }),
    );
    const uploads = files.flat();
    await Promise.all(
      uploads.map(async ({ token, bytes }) => {
        const res = await app.request(`/api/assessments/${ASSESSMENT.id}/submissions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
          body: bytes as Uint8Array<ArrayBuffer>,
        });
        await res.arrayBuffer();
      }),
    );
    const parse = options.parseWorkbook;
    if (parse) {
      const sample = uploads[0]!.bytes;
      const parallel = options.parallelParses ?? 2;
      for (let i = 0; i < (options.parses ?? 32); i += parallel) {
        await Promise.all(Array.from({ length: parallel }, () => parse(sample, { framework })));
      }
    }
    const responses = demoResponses(framework, agencies[0]!, 'warm-up-commits');
    const commits = options.commits ?? 48;
    for (let i = 0; i < commits; i += 8) {
      await Promise.all(
        Array.from({ length: 8 }, (_, j) =>
          store.commitSubmission({
            assessmentId: ASSESSMENT.id,
            agency: agencies[j % agencies.length]!.code,
            channel: 'form',
            sha256: `${i + j}`.padStart(64, '0'),
            counts: { yes: 0, partially: 0, no: 0, dont_know: 0, not_applicable: 0, unanswered: 0 },
            warnings: [],
            responses,
          }),
        ),
      );
    }
  } finally {
    await options.client.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
    await rm(archiveDir, { recursive: true, force: true });
  }
}
