/**
 * Cold start of the API Lambda: bundles the handler exactly as a deploy does (CDK synth, local
 * esbuild), then starts N fresh Node processes per variant and measures the time from process start
 * until the handler module is loaded (Lambda's init before the first request), the first
 * `GET /api/health` answer, and the bundle size. A process that loads an empty module is the
 * baseline (Node's own start-up), so the figures are also given as a ratio to it.
 *
 *   npx tsx bench/cold-start.ts [--runs 15]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { synthFunctionBundles } from '../infra/function-assets.js';
import { httpApiEvent } from '../test/support/http-api-event.js';
import { prepareSandbox, runInFreshNode, type Sandbox } from '../test/support/lambda-sandbox.js';

const TARGET_INIT_MS = 250;
const BUDGET_BYTES = 1024 * 1024;

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number): string => `${x.toFixed(0)} ms`;
const kb = (x: number): string => `${(x / 1024).toFixed(0)} KB`;

const work = mkdtempSync(path.join(os.tmpdir(), 'mgi-cold-start-'));
try {
  const t0 = performance.now();
  const { api } = synthFunctionBundles(path.join(work, 'cdk.out'));
  const synthMs = performance.now() - t0;
  const sandbox = prepareSandbox(api, path.join(work, 'task'));
  const emptyFile = path.join(work, 'empty.mjs');
  writeFileSync(emptyFile, 'export const handler = async () => ({ statusCode: 200 });\n');
  const empty = prepareSandbox(
    { dir: work, file: emptyFile, bytes: 0, mapBytes: 0 },
    path.join(work, 'empty'),
  );

  // What Lambda sets, with placeholder resources: init must not touch them.
  const env = {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    TABLE_NAME: 'mgi-bench-table',
    ARCHIVE_BUCKET: 'mgi-bench-archive',
    LOG_LEVEL: 'info',
  };
  const health = [httpApiEvent({ method: 'GET', path: '/api/health' })];
  // The SDK client the handler loads at init (DynamoDB; S3 loads on first use), from the runtime's node_modules.
  const sdkFile = path.join(work, 'sdk.mjs');
  writeFileSync(
    sdkFile,
    "import '@aws-sdk/client-dynamodb';\nexport const handler = async () => ({ statusCode: 200 });\n",
  );
  const sdk = prepareSandbox({ dir: work, file: sdkFile, bytes: 0, mapBytes: 0 }, path.join(work, 'sdk'));
  const variants: { name: string; sandbox: Sandbox; args: string[] }[] = [
    { name: 'empty module (Node start-up baseline)', sandbox: empty, args: [] },
    { name: 'AWS SDK DynamoDB client alone', sandbox: sdk, args: [] },
    { name: 'API bundle, as deployed (--enable-source-maps)', sandbox, args: ['--enable-source-maps'] },
    { name: 'API bundle, without source maps', sandbox, args: [] },
  ];
  const samples = variants.map(() => ({
    loaded: [] as number[],
    imported: [] as number[],
    first: [] as number[],
  }));
  await runInFreshNode(sandbox, health, env); // warm the file cache once
  for (let i = 0; i < runs; i++) {
    // Interleave the variants so machine load drifts over all of them alike.
    for (const [v, variant] of variants.entries()) {
      const run = await runInFreshNode<{ statusCode: number }>(variant.sandbox, health, env, variant.args);
      if (run.results[0]?.response.statusCode !== 200)
        throw new Error(`${variant.name}: health did not answer 200`);
      samples[v]!.loaded.push(run.loadedAt);
      samples[v]!.imported.push(run.importMs);
      samples[v]!.first.push(run.results[0].ms);
    }
  }

  const bundle = readFileSync(api.file);
  const baseline = median(samples[0]!.loaded);
  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown cpu'} x${os.cpus().length}, ${os.platform()} ${os.release()}, Node ${process.version}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(`synth with bundling: ${ms(synthMs)}`);
  console.log(
    `API bundle: ${kb(api.bytes)} (budget ${kb(BUDGET_BYTES)}: ${api.bytes <= BUDGET_BYTES ? 'within' : 'OVER'}), gzip ${kb(gzipSync(bundle).length)}, source map ${kb(api.mapBytes)}`,
  );
  console.log(`runs per variant: ${runs} (median; min..max)`);
  for (const [v, variant] of variants.entries()) {
    const s = samples[v]!;
    const loaded = median(s.loaded);
    console.log(
      `  ${variant.name}: process start -> handler loaded ${ms(loaded)} (${Math.min(...s.loaded).toFixed(0)}..${Math.max(...s.loaded).toFixed(0)}; ` +
        `${(loaded / baseline).toFixed(2)}x baseline), import ${ms(median(s.imported))}, first health answer ${median(s.first).toFixed(1)} ms`,
    );
  }
  const deployed = median(samples[2]!.loaded);
  console.log(
    `target: init <= ${TARGET_INIT_MS} ms -> ${deployed <= TARGET_INIT_MS ? 'met' : 'NOT met'} (as deployed: ${ms(deployed)})`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
