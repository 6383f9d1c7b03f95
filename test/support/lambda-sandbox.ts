import { spawn } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import type { FunctionBundle } from '../../infra/function-assets.js';

const REPO_NODE_MODULES = path.resolve(import.meta.dirname, '..', '..', 'node_modules');

/**
 * Runs inside the fresh process: imports the bundle (timed), then calls `handler` once per event
 * with a Lambda-like context, and prints one JSON line. Plain JavaScript, no loader, like Lambda.
 */
const RUNNER = `
const startedAt = performance.now();
const mod = await import(new URL('./index.mjs', import.meta.url).href);
const loadedAt = performance.now();
// The packages init loaded from node_modules (the runtime's AWS SDK is CommonJS: require's cache).
const { createRequire } = await import('node:module');
const initPackages = [...new Set(Object.keys(createRequire(import.meta.url).cache).flatMap((file) => {
  const m = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(file);
  return m ? [m[1]] : [];
}))].sort();
const events = JSON.parse(process.env.MGI_SANDBOX_EVENTS ?? '[]');
const results = [];
for (const [i, event] of events.entries()) {
  const t = performance.now();
  const context = {
    awsRequestId: 'sandbox-' + i, functionName: 'sandbox', functionVersion: '$LATEST',
    memoryLimitInMB: '1024', getRemainingTimeInMillis: () => 29000, callbackWaitsForEmptyEventLoop: true,
  };
  const response = await mod.handler(event, context);
  results.push({ ms: performance.now() - t, response });
}
const { writeFileSync } = await import('node:fs');
writeFileSync(process.env.MGI_SANDBOX_OUT, JSON.stringify({ startedAt, loadedAt, importMs: loadedAt - startedAt, initPackages, results }));
`;

/** A folder laid out like a Lambda task root: the bundle, its map, and the runtime-provided AWS SDK. */
export interface Sandbox {
  readonly dir: string;
}

/**
 * Copies `bundle` into `dir` with a runner script. `@aws-sdk/*` is linked from this repository's
 * node_modules, standing in for the SDK the Lambda Node runtime provides (the bundle leaves it out);
 * nothing else is resolvable, so a dependency missing from the bundle fails here as it would on AWS.
 */
export function prepareSandbox(bundle: FunctionBundle, dir: string): Sandbox {
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  copyFileSync(bundle.file, path.join(dir, 'index.mjs'));
  if (existsSync(`${bundle.file}.map`)) copyFileSync(`${bundle.file}.map`, path.join(dir, 'index.mjs.map'));
  // Files the bundling puts beside the handler (the report chart's WebAssembly and font).
  for (const extra of ['resvg.wasm', 'fonts', 'node_modules/docx', 'node_modules/exceljs']) {
    const from = path.join(path.dirname(bundle.file), extra);
    if (existsSync(from)) cpSync(from, path.join(dir, extra), { recursive: true });
  }
  const sdkLink = path.join(dir, 'node_modules', '@aws-sdk');
  if (!existsSync(sdkLink)) symlinkSync(path.join(REPO_NODE_MODULES, '@aws-sdk'), sdkLink, 'dir');
  writeFileSync(path.join(dir, 'runner.mjs'), RUNNER);
  return { dir };
}

/** What one fresh process reported. Times are milliseconds since that process started. */
export interface SandboxRun<R = unknown> {
  /** When the runner began importing the bundle (Node bootstrap before it). */
  readonly startedAt: number;
  /** When the handler module finished loading: the init time a cold start pays before any request. */
  readonly loadedAt: number;
  readonly importMs: number;
  /** The packages loaded from node_modules by the time the handler module had loaded. */
  readonly initPackages: string[];
  readonly results: { ms: number; response: R }[];
  /** What the function logged. */
  readonly stdout: string;
  readonly stderr: string;
}

let runCount = 0;

/**
 * Starts a new `node` process in the sandbox with only `env` (plus PATH), loads the handler, feeds it
 * `events` one after another and returns the responses with timings (written to a file, so the
 * function's own stdout logging cannot interfere).
 */
export function runInFreshNode<R = unknown>(
  sandbox: Sandbox,
  events: unknown[],
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<SandboxRun<R>> {
  const outFile = path.join(sandbox.dir, `result-${process.pid}-${++runCount}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, 'runner.mjs'], {
      cwd: sandbox.dir,
      env: {
        PATH: process.env.PATH ?? '',
        ...env,
        MGI_SANDBOX_EVENTS: JSON.stringify(events),
        MGI_SANDBOX_OUT: outFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || !existsSync(outFile)) {
        reject(
          new Error(`sandbox exited with ${code}\nstdout: ${out.slice(-2000)}\nstderr: ${err.slice(-4000)}`),
        );
        return;
      }
      const run = JSON.parse(readFileSync(outFile, 'utf8')) as SandboxRun<R>;
      rmSync(outFile);
      resolve({ ...run, stdout: out, stderr: err });
    });
  });
}
