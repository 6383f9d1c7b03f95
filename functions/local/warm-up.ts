/**
 * Warms the upload path of a freshly started local service, so the first bursts of uploads do not
 * pay for cold code: rounds of distinct uploads sent all at once over loopback HTTP, through the
 * same Node HTTP server code, Hono app, parse workers, SDK client and embedded store as real
 * uploads — each round against a fresh scratch table in the same embedded store (and a scratch
 * archive folder), all removed afterwards. The service's own table is never touched.
 *
 * Why: V8 keeps optimising the upload path for about two bursts of 58: measured with the
 * `npm start` layout, a burst cost ~15–16 ms of CPU per upload in the first two rounds after a
 * small warm-up (8 uploads through `app.request`, separate parses and commits) and ~12 ms from the
 * third on, and the first bursts set the p99. About 100 uploads through the real path close most of
 * that gap (docs/perf/upload.md).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { serve } from '@hono/node-server';
import { FolderArchive } from '../../shared/adapters/archive/folder-archive.js';
import { DynamoStore } from '../../shared/adapters/dynamodb/dynamo-store.js';
import { ensureTable } from '../../shared/adapters/dynamodb/table.js';
import { DEMO_AGENCIES, demoResponses, fillTemplate, toTemplateRows } from '../../shared/core/demo/index.js';
import { getBuiltInFramework } from '../../shared/core/framework.js';
import { generateTemplate } from '../../shared/core/template/generate-template.js';
import { XLSX_CONTENT_TYPE } from '../../shared/core/xlsx.js';
import { systemClock } from '../../shared/ports.js';
import { issueAgencyToken } from '../app/auth/tokens.js';
import { createApp } from '../app/create-app.js';
import type { AppDeps, ParseWorkbook } from '../app/deps.js';

export interface WarmUpOptions {
  client: DynamoDBClient;
  /** The parse pool's parse function (its workers get the parses, as real uploads would). */
  parseWorkbook?: ParseWorkbook;
  /** Agencies, each with its own filled file, uploading at once in every round (default 16). */
  agencies?: number;
  /** Rounds, each on a fresh scratch table so every file is new again (default 7). */
  rounds?: number;
  /** Stops the warm-up at the next step (the service is shutting down); scratch data is still removed. */
  signal?: AbortSignal;
}

const ASSESSMENT = { id: 'warm-up', name: 'Warm-up', frameworkId: 'local-mgi' };

/** Runs the warm-up described in the module comment; resolves when the scratch data is gone. */
export async function warmUpUploadPath(options: WarmUpOptions): Promise<void> {
  const framework = getBuiltInFramework(ASSESSMENT.frameworkId)!;
  const agencies = DEMO_AGENCIES.slice(
    0,
    Math.max(1, Math.min(options.agencies ?? 16, DEMO_AGENCIES.length)),
  );
  const scratch = `warm-up-${randomBytes(4).toString('hex')}`;
  const archiveDir = await mkdtemp(join(tmpdir(), 'mgi-warm-up-'));
  const tables: string[] = [];
  // Every round's requests go to that round's app, behind one loopback server.
  let app: ReturnType<typeof createApp> | undefined;
  const server = serve({ fetch: (req) => app!.fetch(req), port: 0, hostname: '127.0.0.1' });
  try {
    await new Promise<void>((resolve, reject) => {
      if (server.listening) resolve();
      server.once('listening', () => resolve());
      server.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    const files = [];
    for (const agency of agencies) {
      if (options.signal?.aborted) return;
      const template = await generateTemplate({
        framework,
        assessment: ASSESSMENT,
        agency,
        lang: agency.lang,
      });
      const rows = toTemplateRows(demoResponses(framework, agency, 'warm-up'), agency.lang);
      files.push(await fillTemplate(template, rows));
    }
    for (let round = 0; round < (options.rounds ?? 7) && !options.signal?.aborted; round++) {
      const table = `${scratch}-${round}`;
      tables.push(table);
      await ensureTable(options.client, table);
      const store = new DynamoStore({ client: options.client, tableName: table });
      const deps: AppDeps = {
        store,
        tokens: store,
        archive: new FolderArchive(archiveDir),
        clock: systemClock,
        ...(options.parseWorkbook ? { parseWorkbook: options.parseWorkbook } : {}),
      };
      await store.createAssessment({ ...ASSESSMENT, createdAt: systemClock.now().toISOString() });
      const tokens = await Promise.all(
        agencies.map(async (agency) => {
          await store.putAgency({ assessmentId: ASSESSMENT.id, ...agency });
          return issueAgencyToken(store, ASSESSMENT.id, agency.code);
        }),
      );
      app = createApp(deps);
      const statuses = await Promise.all(
        files.map((bytes, i) =>
          post(port, `/api/assessments/${ASSESSMENT.id}/submissions`, tokens[i]!, bytes),
        ),
      );
      if (statuses.some((s) => s !== 201)) throw new Error(`warm-up uploads answered ${statuses.join(', ')}`);
      await dropTable(options.client, table);
      tables.pop();
    }
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
    await Promise.all(tables.map((table) => dropTable(options.client, table)));
    await rm(archiveDir, { recursive: true, force: true });
  }
}

const dropTable = (client: DynamoDBClient, table: string) =>
  client.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);

/** One upload over loopback HTTP, as an agency's browser or script sends it; resolves its status. */
function post(port: number, path: string, token: string, bytes: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': XLSX_CONTENT_TYPE,
          'content-length': bytes.byteLength,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(bytes);
  });
}
