/**
 * Consolidation benchmark: summary + consolidated workbook for (a) 58 agencies × 76 indicators and
 * (b) a national roll-out of 10,000 agencies × 76 = 760,000 responses.
 *
 *   npx tsx bench/consolidate.ts [--scenario small|national|all] [--source memory|store]
 *
 * `memory` regenerates each agency's responses on every read (nothing is held); `store` first loads
 * the same deterministic data into an in-process dynalite (DynamoDB-compatible) store and then
 * reads it back page by page through the store's iterator, as the aggregation run does.
 * Prints one JSON line per scenario: times, rows, output size, peak RSS.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoStore } from '../shared/adapters/dynamodb/dynamo-store.js';
import { ensureTable } from '../shared/adapters/dynamodb/table.js';
import { mapWithConcurrency } from '../shared/core/concurrency.js';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import { consolidate } from '../shared/core/summary/consolidate.js';
import type { AgencyResponses, ConsolidatedAgency } from '../shared/core/summary/consolidated-types.js';
import { readAhead } from '../shared/core/summary/read-ahead.js';
import { loadExcelJs } from '../shared/core/workbook/exceljs.js';
import { sampleAssessment, sampleResponses } from '../test/fixtures/sample-assessment.js';

const { values: args } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'all' },
    source: { type: 'string', default: 'memory' },
    repeat: { type: 'string', default: '1' },
    'serve-store': { type: 'string' },
  },
});

const SCENARIOS = { small: 58, national: 10_000 } as const;
type Scenario = keyof typeof SCENARIOS;

/** Where the responses come from: regenerated in memory, or read back from a loaded store. */
interface Source {
  agencies: ConsolidatedAgency[];
  pages: () => AsyncIterable<AgencyResponses>;
  loadMs: number;
  close(): Promise<void>;
}

async function memorySource(agencies: number): Promise<Source> {
  const sample = sampleAssessment(LOCAL_MGI_FRAMEWORK, agencies);
  return { agencies: sample.agencies, pages: sample.pages, loadMs: 0, close: async () => {} };
}

let peakRss = 0;
const sampler = setInterval(() => {
  if (args['serve-store']) return;
  if (process.env.BENCH_TRACE && Math.random() < 0.02) console.error(JSON.stringify(process.memoryUsage()));
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 25);

async function run(scenario: Scenario, makeSource: (n: number) => Promise<Source>) {
  const n = SCENARIOS[scenario];
  const source = await makeSource(n);
  const framework = LOCAL_MGI_FRAMEWORK;
  const file = path.join(os.tmpdir(), `mgi-bench-consolidated-${process.pid}-${scenario}.xlsx`);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // Exactly what the aggregation run does: one read of the pages feeds summary and workbook.
  const { summary, reports } = await consolidate({
    framework,
    agencies: source.agencies,
    pages: readAhead(source.pages()),
    assessmentId: `bench-${scenario}`,
    generatedAt: new Date(),
    outputs: { en: createWriteStream(file) },
  });
  const report = reports.en!;
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const bytes = (await stat(file)).size;
  await rm(file, { force: true });
  await source.close();
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return {
    scenario,
    source: args.source,
    agencies: n,
    indicators: framework.indicators.length,
    responses: report.responseRows,
    loadIntoStoreMs: Math.round(source.loadMs),
    summaryAndWorkbookMs: Math.round(t2 - t0),
    // CPU of this process only (user + system); in store mode the store's own work is in its process.
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    submitted: summary.agencies.submitted,
    workbookRows: report.totalRows,
    responseRows: report.responseRows,
    matrixLayout: report.matrixLayout,
    outputBytes: bytes,
    peakRssMB: Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1048576),
  };
}

/**
 * The store runs in a child process, as DynamoDB is a remote service: the aggregation's peak RSS
 * is then its own, not the database's. dynalite keeps its data on disk (LevelDB) under a temp dir.
 */
async function startStoreProcess(): Promise<{ endpoint: string; stop(): Promise<void>; dir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mgi-bench-store-'));
  // The store child always runs this file's TypeScript source (also when the bench itself is bundled).
  const self = fileURLToPath(import.meta.url);
  const source = self.endsWith('.ts') ? self : path.resolve('bench/consolidate.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', source, '--serve-store', dir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (data: Buffer) => resolve(JSON.parse(data.toString()).endpoint));
  });
  return {
    endpoint,
    dir,
    stop: async () => {
      child.stdin.end();
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Loads the sample assessment into a fresh store through the store's own commit, then reads it back. */
async function storeSource(n: number): Promise<Source> {
  const server = await startStoreProcess();
  const client = new DynamoDBClient({
    endpoint: server.endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const table = 'mgi-bench';
  await ensureTable(client, table);
  const store = new DynamoStore({ client, tableName: table });
  const assessmentId = `bench-${n}`;
  const sample = sampleAssessment(LOCAL_MGI_FRAMEWORK, n);
  const t0 = performance.now();
  await store.createAssessment({
    id: assessmentId,
    name: `Bench ${n}`,
    frameworkId: 'local-mgi',
    createdAt: new Date().toISOString(),
  });
  await mapWithConcurrency(sample.agencies, 8, async (agency, i) => {
    await store.putAgency({
      assessmentId,
      code: agency.code,
      name: agency.name,
      level: agency.level ?? 'province',
    });
    const responses = sampleResponses(LOCAL_MGI_FRAMEWORK, i);
    await store.commitSubmission({
      assessmentId,
      agency: agency.code,
      channel: agency.current!.channel,
      sha256: createHash('sha256').update(JSON.stringify(responses)).digest('hex'),
      counts: agency.current!.counts,
      warnings: [],
      responses,
    });
  });
  const loadMs = performance.now() - t0;
  const agencies = await store.listAgencies(assessmentId);
  return {
    agencies,
    pages: () => store.iterateCurrentResponses(assessmentId),
    loadMs,
    close: async () => {
      client.destroy();
      await server.stop();
    },
  };
}

/** Child-process mode: serve dynalite on disk until stdin closes. */
async function serveStore(dir: string) {
  // Loaded here only: the measured process never loads dynalite (and a bundle of it need not).
  const { startDynalite } = await import('../shared/adapters/dynalite-server.js');
  const server = await startDynalite({ path: dir });
  process.stdout.write(`${JSON.stringify({ endpoint: server.endpoint })}\n`);
  process.stdin.resume();
  process.stdin.once('end', async () => {
    await server.close();
    process.exit(0);
  });
}

async function main() {
  if (args['serve-store']) return serveStore(args['serve-store']);
  const source = args.source === 'store' ? storeSource : memorySource;
  const scenarios: Scenario[] = args.scenario === 'all' ? ['small', 'national'] : [args.scenario as Scenario];
  // Warm up exceljs's module load (a one-off ~300 ms cold start, not part of a run).
  await loadExcelJs();
  console.log(
    JSON.stringify({
      node: process.version,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      platform: process.platform,
    }),
  );
  for (const scenario of scenarios) {
    for (let i = 0; i < Number(args.repeat); i++)
      console.log(JSON.stringify({ run: i + 1, ...(await run(scenario, source)) }));
  }
  clearInterval(sampler);
}

await main();
