import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { AssessmentSummary } from '../../../shared/core/summary/summary.js';
import { type AggregationDeps, runAggregation } from '../../aggregate/aggregation-service.js';
import { buildAwsDeps } from '../../composition/aws.js';
import { openLocalDeps } from '../../composition/local.js';
import { type CliCommand, EXIT, parseCommandArgs, UsageError } from '../cli-command.js';
import { SERVICE_OPTIONS, type ServiceIo, serviceFromOptions } from '../service-client.js';

const USAGE = `Usage: mgi aggregate [--assessment A] [where] [--json]

Runs the aggregation now: computes the summary and both consolidated workbooks of each
assessment (or only A) and keeps them as a snapshot, like the hourly schedule does.
Exit code: 0 every assessment aggregated, 1 some failed, 2 usage error.

Where (one of):
  --url URL --token T   a running service (default: $MGI_URL or http://localhost:3000,
                        and $MGI_TOKEN, the coordinator token)
  --data-dir DIR        the local service's data folder, while that service is stopped
  --table NAME          a deployed stack's DynamoDB table, with the usual AWS credentials;
    --bucket B          its archive bucket (needed to keep snapshot workbooks)
    --region R          AWS region (default: from the AWS configuration)

Options:
  --assessment A   only this assessment
  --json           print [{ assessment, ok, submitted, registered, domains, durationMs }] as JSON`;

const OPTIONS = {
  assessment: { type: 'string' },
  ...SERVICE_OPTIONS,
  'data-dir': { type: 'string' },
  table: { type: 'string' },
  bucket: { type: 'string' },
  region: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** One assessment's outcome. */
export interface AggregateResult {
  assessment: string;
  ok: boolean;
  durationMs: number;
  submitted?: number;
  registered?: number;
  domains?: { id: string; name: string; score: number | null }[];
  error?: string;
}

/** Runs one assessment; returns its summary or throws. */
type RunOne = (assessmentId: string) => Promise<AssessmentSummary>;

async function runEach(ids: string[], runOne: RunOne, io: ServiceIo): Promise<AggregateResult[]> {
  const results: AggregateResult[] = [];
  for (const [i, assessment] of ids.entries()) {
    io.err(`[${i + 1}/${ids.length}] aggregating ${assessment}...\n`);
    const started = performance.now();
    try {
      const summary = await runOne(assessment);
      results.push({
        assessment,
        ok: true,
        durationMs: Math.round(performance.now() - started),
        submitted: summary.agencies.submitted,
        registered: summary.agencies.registered,
        domains: summary.domains.map((d) => ({ id: d.id, name: d.name, score: d.score })),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({
        assessment,
        ok: false,
        durationMs: Math.round(performance.now() - started),
        error: message,
      });
    }
  }
  return results;
}

/** The human-readable report: one block per assessment. */
export function formatAggregateResults(results: AggregateResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const took = `${(r.durationMs / 1000).toFixed(1)} s`;
    if (!r.ok) {
      lines.push(`${r.assessment}: FAILED after ${took}: ${r.error}`);
      continue;
    }
    lines.push(`${r.assessment}: ${r.submitted}/${r.registered} agencies submitted, ${took}`);
    for (const d of r.domains ?? []) {
      lines.push(`  ${d.score === null ? '   -' : d.score.toFixed(1).padStart(5)}  ${d.name}`);
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  lines.push(
    results.length === 0
      ? 'No assessment to aggregate.'
      : `${results.length - failed} aggregated, ${failed} failed.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Through a running service: its API lists the assessments and runs each aggregation. */
async function viaService(values: { url?: string; token?: string; assessment?: string }, io: ServiceIo) {
  const client = serviceFromOptions(values, io, 'http://localhost:3000');
  let ids: string[];
  if (values.assessment) ids = [values.assessment];
  else {
    const listed = await client.request<{ assessments: { id: string }[] }>('GET', '/api/assessments');
    if (!listed.ok) throw new Error(`${listed.error.code}: ${listed.error.message}`);
    ids = listed.data.assessments.map((a) => a.id);
  }
  return runEach(
    ids,
    async (id) => {
      const res = await client.request<AssessmentSummary>(
        'POST',
        `/api/assessments/${encodeURIComponent(id)}/aggregate`,
      );
      if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
      return res.data;
    },
    io,
  );
}

/** Directly against a store: every assessment (or one) through the aggregation module. */
async function viaStore(deps: AggregationDeps, assessment: string | undefined, io: ServiceIo) {
  const ids = assessment ? [assessment] : (await deps.store.listAssessments()).map((a) => a.id);
  return runEach(ids, async (id) => (await runAggregation(deps, id)).summary, io);
}

/**
 * Fails with a clear message when another process (the running local service) holds the
 * LevelDB lock; dynalite itself would crash the process on its first request.
 */
export async function assertNotLocked(dbPath: string): Promise<void> {
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { Level } = fromDynalite('level') as {
    Level: new (path: string) => { open(): Promise<void>; close(): Promise<void> };
  };
  const db = new Level(dbPath);
  try {
    await db.open();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code === 'LEVEL_LOCKED') {
      throw new UsageError(
        `${dbPath} is locked: the service is running; use --url (and --token) to aggregate through it`,
      );
    }
    throw error;
  }
  await db.close();
}

/** Offline, on the local service's folder: dynalite on DIR/db, archive folder DIR/archive. */
async function viaDataDir(dataDir: string, assessment: string | undefined, io: ServiceIo) {
  const dbPath = join(dataDir, 'db');
  if (!existsSync(dbPath)) throw new UsageError(`no local data in ${dataDir} (no db folder there)`);
  await assertNotLocked(dbPath);
  const local = await openLocalDeps({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, { storeInWorker: false });
  try {
    return await viaStore(local.deps, assessment, io);
  } finally {
    await local.close();
  }
}

/** A deployed stack: its table (and bucket) with the default AWS credential chain. */
async function viaTable(
  values: { table: string; bucket?: string; region?: string; assessment?: string },
  io: ServiceIo,
) {
  const region = values.region ? { region: values.region } : {};
  const dynamo = new DynamoDBClient(region);
  let s3: S3Client | undefined;
  try {
    if (values.bucket) {
      // The S3 SDK costs load time: only --bucket needs it.
      const { S3Client } = await import('@aws-sdk/client-s3');
      s3 = new S3Client(region);
    } else io.err('no --bucket: the summaries are computed but no snapshot is kept\n');
    const { snapshots, ...deps } = buildAwsDeps(
      { TABLE_NAME: values.table, ARCHIVE_BUCKET: values.bucket ?? '', LOG_LEVEL: 'silent' },
      { dynamo, ...(s3 ? { s3 } : {}) },
    );
    return await viaStore({ ...deps, ...(s3 ? { snapshots } : {}) }, values.assessment, io);
  } finally {
    dynamo.destroy();
    s3?.destroy();
  }
}

/** `mgi aggregate`: run the aggregation now, through the service, a stopped local folder, or AWS. */
export const aggregateCommand: CliCommand = {
  name: 'aggregate',
  summary: 'run the aggregation now (summary and consolidated workbooks kept as a snapshot)',
  usage: USAGE,
  async run(argv, io: ServiceIo) {
    const { values } = parseCommandArgs(argv, OPTIONS);
    const modes = [values.url ?? values.token, values['data-dir'], values.table].filter(
      (v) => v !== undefined,
    );
    if (modes.length > 1) throw new UsageError('choose one of --url/--token, --data-dir or --table');
    if ((values.bucket || values.region) && !values.table)
      throw new UsageError('--bucket and --region go with --table');
    if (values.assessment === '') throw new UsageError('--assessment needs a value');

    let results: AggregateResult[];
    if (values['data-dir'] !== undefined) {
      results = await viaDataDir(resolve(io.cwd, values['data-dir']), values.assessment, io);
    } else if (values.table !== undefined) {
      results = await viaTable({ ...values, table: values.table }, io);
    } else {
      results = await viaService(values, io);
    }
    io.out(values.json ? `${JSON.stringify(results, null, 2)}\n` : formatAggregateResults(results));
    return results.every((r) => r.ok) ? EXIT.ok : EXIT.problems;
  },
};
