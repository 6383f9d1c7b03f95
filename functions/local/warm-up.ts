/**
 * Warms the upload path of a freshly started local service, so the first bursts of uploads do not
 * pay for cold code: rounds of distinct uploads (a first and a second version per agency) sent all
 * at once over loopback HTTP, through the same Node HTTP server code, Hono app, parse workers, SDK
 * client and embedded store as real uploads, with history reads and template downloads between
 * them — each round against a fresh scratch table in the same embedded store (and a scratch archive
 * folder), all removed afterwards. The service's own table is never touched. Then 800 parses
 * through the pool and 400 commits through the store, where V8 keeps optimising longest.
 *
 * Why: V8 keeps optimising the upload path for hundreds of uploads. Measured with the `npm start`
 * layout (docs/perf/upload.md): after a small warm-up (8 uploads through `app.request`) a burst of
 * 58 cost ~15–16 ms of CPU per upload in the first two rounds and ~12 ms from the third on; after
 * this one, ~10 ms from the first round. A parse loop alone shows why: ~140 TurboFan compilations
 * in its first 100 parses, ~40 in the third hundred, ~10 from the seventh on. About 5 s after start
 * on this machine, in the background; shutdown aborts it.
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
import { bearerRequest } from './bearer-request.js';
import { type LoopbackServer, serveOnLoopback } from './loopback-server.js';

export interface WarmUpOptions {
  client: DynamoDBClient;
  /** The parse pool's parse function (its workers get the parses, as real uploads would). */
  parseWorkbook?: ParseWorkbook;
  /** Agencies, each with its own filled file, uploading at once in every round (default 16). */
  agencies?: number;
  /**
   * Rounds, each on a fresh scratch table so every file is new again, each with two uploads per
   * agency, all at once: a first version, then a second (default 4).
   */
  rounds?: number;
  /**
   * Parses through the pool after the rounds (default 800, ~400 per worker): V8 keeps optimising
   * exceljs's code for several hundred parses per thread (measured: ~140 optimisations in the first
   * 100 parses, ~40 in the third, ~10 from the seventh on).
   */
  parses?: number;
  /** Store commits after the rounds (default 400), for the SDK client and dynalite likewise. */
  commits?: number;
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
  /** The scratch table of the round in progress, dropped at the end even when the round fails. */
  let open: string | undefined;
  // Every round's requests go to that round's app, behind one loopback server.
  let app: ReturnType<typeof createApp> | undefined;
  let server: LoopbackServer | undefined;
  try {
    server = await serveOnLoopback((req) => app!.fetch(req));
    const { port } = server;
    // Two versions of every agency's file: each table sees a first upload and a second one (the
    // pointer and the sha256 marks already set), as real agencies send corrections.
    const versions: Uint8Array[][] = [[], []];
    for (const agency of agencies) {
      if (options.signal?.aborted) return;
      const template = await generateTemplate({
        framework,
        assessment: ASSESSMENT,
        agency,
        lang: agency.lang,
      });
      for (const [v, files] of versions.entries()) {
        const rows = toTemplateRows(demoResponses(framework, agency, `warm-up-${v}`), agency.lang);
        files.push(await fillTemplate(template, rows));
      }
    }
    const rounds = options.rounds ?? 4;
    for (let round = 0; round < rounds && !options.signal?.aborted; round++) {
      const table = `${scratch}-${round}`;
      open = table;
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
      for (const files of versions) {
        const statuses = await Promise.all(
          files.map((bytes, i) => call(port, 'POST', 'submissions', tokens[i]!, bytes)),
        );
        if (statuses.some((s) => s !== 201))
          throw new Error(`warm-up uploads answered ${statuses.join(', ')}`);
      }
      // What agencies do between uploads: look at their history, download their pre-filled
      // template (the same SDK and app code then sees every kind of call before real traffic).
      const reads = await Promise.all([
        ...tokens.map((token) => call(port, 'GET', 'submissions', token)),
        ...tokens.slice(0, 4).map((token) => call(port, 'GET', 'template.xlsx', token)),
      ]);
      if (reads.some((s) => s !== 200)) throw new Error(`warm-up reads answered ${reads.join(', ')}`);
      if (round === rounds - 1) await repeatParsesAndCommits(options, store, versions.flat(), agencies);
      await dropTable(options.client, table);
      open = undefined;
    }
  } finally {
    await server?.close();
    if (open) await dropTable(options.client, open);
    await rm(archiveDir, { recursive: true, force: true });
  }
}

/** The parse and commit part of the warm-up, in steps of 16 at once; stops when aborted. */
async function repeatParsesAndCommits(
  options: WarmUpOptions,
  store: DynamoStore,
  files: Uint8Array[],
  agencies: typeof DEMO_AGENCIES,
): Promise<void> {
  const framework = getBuiltInFramework(ASSESSMENT.frameworkId)!;
  const step = 16;
  const parse = options.parseWorkbook;
  const parses = options.parses ?? 800;
  for (let i = 0; parse && i < parses && !options.signal?.aborted; i += step) {
    await Promise.all(
      Array.from({ length: Math.min(step, parses - i) }, (_, j) =>
        parse(files[(i + j) % files.length]!, { framework }),
      ),
    );
  }
  const responses = demoResponses(framework, agencies[0]!, 'warm-up-commits');
  const counts = { yes: 0, partially: 0, no: 0, dont_know: 0, not_applicable: 0, unanswered: 0 };
  const commits = options.commits ?? 400;
  for (let i = 0; i < commits && !options.signal?.aborted; i += step) {
    await Promise.all(
      Array.from({ length: Math.min(step, commits - i) }, (_, j) =>
        store.commitSubmission({
          assessmentId: ASSESSMENT.id,
          agency: agencies[(i + j) % agencies.length]!.code,
          channel: 'form',
          sha256: `${i + j}`.padStart(64, '0'),
          counts,
          warnings: [],
          responses,
        }),
      ),
    );
  }
}

const dropTable = (client: DynamoDBClient, table: string) =>
  client.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);

/** One request of an agency to the scratch assessment over loopback HTTP; resolves its status. */
async function call(port: number, method: 'GET' | 'POST', route: string, token: string, bytes?: Uint8Array) {
  const url = `http://127.0.0.1:${port}/api/assessments/${ASSESSMENT.id}/${route}`;
  return (await bearerRequest(url, { method, token, ...(bytes ? { bytes } : {}) })).status;
}
