/**
 * Upload benchmark as the service is deployed and run (issue 16), as ratios within one run:
 *
 * (a) one upload at a time through the API Lambda's handler (`handle(createApp(deps))` from
 *     hono/aws-lambda, fed API Gateway HTTP API v2 events with base64 bodies) against dynalite in a
 *     child process (so this process's CPU is the function's, not the store's): median, p99 and
 *     CPU per upload (process.cpuUsage), beside the bare parse of the same files in the same process;
 * (b) a burst of 58 distinct uploads (one per agency) against a child `npm start` (the package.json
 *     script as it is, on a fresh DATA_DIR), sent as soon as the agencies are registered, with no
 *     warm-up by the bench: completion time against the CPU-bound limit 58 × CPU per upload ÷ cores
 *     (CPU per upload from (a)), and the service's own CPU (its process tree, from /proc).
 *
 *   npx tsx bench/upload-deploy.ts [--uploads 174] [--warm 20] [--settle-ms 0] [--no-burst]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { handle } from 'hono/aws-lambda';
import { localDynamoClient, startDynalite } from '../shared/adapters/dynalite-server.js';
import {
  DEMO_AGENCIES,
  DEMO_ASSESSMENT,
  demoResponses,
  fillTemplate,
  toTemplateRows,
} from '../shared/core/demo/index.js';
import { getBuiltInFramework } from '../shared/core/framework.js';
import { parseSubmissionWorkbook } from '../shared/core/workbook/parse-submission.js';
import { XLSX_CONTENT_TYPE } from '../shared/core/xlsx.js';
import { httpApiEvent } from '../test/support/api-gateway-event.js';
import { buildBenchApp } from './support/bench-app.js';

const TABLE = 'mgi-bench';
const ADMIN = `mgi_adm_bench_${Date.now().toString(36)}_0123456789abcdef`;
const { values } = parseArgs({
  options: {
    uploads: { type: 'string', default: '174' },
    warm: { type: 'string', default: '20' },
    'settle-ms': { type: 'string', default: '0' },
    'no-burst': { type: 'boolean', default: false },
    'serve-dynalite': { type: 'boolean', default: false },
  },
});
const framework = getBuiltInFramework(DEMO_ASSESSMENT.frameworkId)!;
const aid = DEMO_ASSESSMENT.id;

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const fmt = (n: number) => n.toFixed(1);

/** Child mode: dynalite in memory on a loopback port, its URL on stdout. */
async function serveDynalite(): Promise<void> {
  const dynamo = await startDynalite({ tableName: TABLE });
  process.stdout.write(`dynalite ${dynamo.endpoint}\n`);
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = pattern.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before ready:\n${out}`)));
  });
}

/** The CPU ms of a process and all its descendants (Linux /proc). */
function treeCpuMs(root: number): number {
  const tick = 1000 / 100;
  const stats = new Map<number, { ppid: number; ms: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), {
        ppid: Number(fields[1]),
        ms: (Number(fields[11]) + Number(fields[12])) * tick,
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid; p > 1; p = stats.get(p)?.ppid ?? 0) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, s] of stats) if (inTree(pid)) total += s.ms;
  return total;
}

interface LambdaResult {
  statusCode: number;
  body: string;
  isBase64Encoded: boolean;
}

interface File {
  agency: (typeof DEMO_AGENCIES)[number];
  bytes: Uint8Array;
}

/** (a): the Lambda handler, one upload at a time, and the bare parse of the same files. */
async function lambdaPart(uploads: number, warm: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--serve-dynalite'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const endpoint = await waitForLine(child, /dynalite (http:\S+)/);
  const archiveDir = await mkdtemp(join(tmpdir(), 'mgi-bench-archive-'));
  try {
    const app = await buildBenchApp({
      client: localDynamoClient(endpoint),
      table: TABLE,
      archiveDir,
      admin: ADMIN,
    });
    const handler = handle(app);
    let n = 0;
    const invoke = async (method: string, path: string, token: string, body?: Uint8Array | string) => {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (typeof body === 'string') headers['content-type'] = 'application/json';
      else if (body) headers['content-type'] = XLSX_CONTENT_TYPE;
      const event = httpApiEvent(method, path, { headers, ...(body === undefined ? {} : { body }) });
      const context = {
        awsRequestId: `bench-${++n}`,
        functionName: 'bench',
        callbackWaitsForEmptyEventLoop: false,
      };
      return { event, run: () => handler(event as never, context as never) as Promise<LambdaResult> };
    };
    const call = async (method: string, path: string, token: string, body?: string) => {
      const res = await (await invoke(method, path, token, body)).run();
      if (res.statusCode >= 300) throw new Error(`${method} ${path}: ${res.statusCode} ${res.body}`);
      return res;
    };
    await call('POST', '/api/assessments', ADMIN, JSON.stringify(DEMO_ASSESSMENT));
    const tokens = new Map<string, string>();
    for (const agency of DEMO_AGENCIES) {
      const res = await call(
        'PUT',
        `/api/assessments/${aid}/agencies/${agency.code}`,
        ADMIN,
        JSON.stringify({ name: agency.name, level: agency.level }),
      );
      tokens.set(agency.code, (JSON.parse(res.body) as { token: string }).token);
    }
    // Distinct files: every agency fills its own template with a new set of answers per round.
    const files: File[] = [];
    for (let round = 0; files.length < uploads + warm; round++) {
      for (const agency of DEMO_AGENCIES) {
        const res = await call(
          'GET',
          `/api/assessments/${aid}/template.xlsx?lang=${agency.lang}`,
          tokens.get(agency.code)!,
        );
        const template = new Uint8Array(Buffer.from(res.body, res.isBase64Encoded ? 'base64' : 'utf8'));
        const rows = toTemplateRows(demoResponses(framework, agency, `bench-${round}`), agency.lang);
        files.push({ agency, bytes: await fillTemplate(template, rows) });
      }
    }
    const upload = async (file: File) => {
      const { run } = await invoke(
        'POST',
        `/api/assessments/${aid}/submissions`,
        tokens.get(file.agency.code)!,
        file.bytes,
      );
      const c = process.cpuUsage();
      const t = performance.now();
      const res = await run();
      const ms = performance.now() - t;
      if (res.statusCode !== 201)
        throw new Error(`upload ${file.agency.code}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      return { ms, cpu: cpuMs(process.cpuUsage(c)) };
    };
    const parse = async (file: File) => {
      const c = process.cpuUsage();
      const t = performance.now();
      const parsed = await parseSubmissionWorkbook(file.bytes, {
        framework,
        expected: { assessmentId: aid, agencyCode: file.agency.code },
      });
      const ms = performance.now() - t;
      if (!parsed.ok) throw new Error(`parse ${file.agency.code}: ${JSON.stringify(parsed.issues[0])}`);
      return { ms, cpu: cpuMs(process.cpuUsage(c)) };
    };
    // Warm both paths alike (a warm Lambda instance), then measure each over the same files.
    for (const file of files.slice(0, warm)) {
      await upload(file);
      await parse(file);
    }
    const measured = files.slice(warm, warm + uploads);
    const up: { ms: number; cpu: number }[] = [];
    for (const file of measured) up.push(await upload(file));
    const bare: { ms: number; cpu: number }[] = [];
    for (const file of measured) bare.push(await parse(file));
    return { up, bare, files: measured };
  } finally {
    child.kill();
    await rm(archiveDir, { recursive: true, force: true });
  }
}

/** (b): a burst of one upload per agency against a fresh child `npm start`. */
async function burstPart(files: File[], settleMs: number) {
  const dataDir = await mkdtemp(join(tmpdir(), 'mgi-bench-start-'));
  const child = spawn('npm', ['start', '--silent'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', ADMIN_TOKEN: ADMIN, LOG_LEVEL: 'warn' },
  });
  try {
    const url = await waitForLine(child, /web pages: (http:\/\/127\.0\.0\.1:\d+)/);
    const call = async (method: string, path: string, token: string, body?: Uint8Array | string) => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined
            ? {}
            : { 'content-type': typeof body === 'string' ? 'application/json' : XLSX_CONTENT_TYPE }),
        },
        body: body as BodyInit | undefined,
      });
      const text = await res.text();
      return { status: res.status, text };
    };
    await call('POST', '/api/assessments', ADMIN, JSON.stringify(DEMO_ASSESSMENT));
    const tokens = new Map<string, string>();
    for (const agency of DEMO_AGENCIES) {
      const res = await call(
        'PUT',
        `/api/assessments/${aid}/agencies/${agency.code}`,
        ADMIN,
        JSON.stringify({ name: agency.name, level: agency.level }),
      );
      tokens.set(agency.code, (JSON.parse(res.text) as { token: string }).token);
    }
    const oneEach = DEMO_AGENCIES.map((a) => files.find((f) => f.agency.code === a.code)!);
    if (settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
    const cpuBefore = treeCpuMs(child.pid!);
    const t = performance.now();
    const latencies = await Promise.all(
      oneEach.map(async (file) => {
        const s = performance.now();
        const res = await call(
          'POST',
          `/api/assessments/${aid}/submissions`,
          tokens.get(file.agency.code)!,
          file.bytes,
        );
        if (res.status !== 201)
          throw new Error(`burst ${file.agency.code}: ${res.status} ${res.text.slice(0, 200)}`);
        return performance.now() - s;
      }),
    );
    const wall = performance.now() - t;
    const serverCpu = treeCpuMs(child.pid!) - cpuBefore;
    return {
      wall,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      serverCpuPerUpload: serverCpu / oneEach.length,
    };
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const uploads = Number(values.uploads);
  const warm = Number(values.warm);
  const cores = cpus().length;
  console.log(
    `machine: ${cores} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const a = await lambdaPart(uploads, warm);
  const med = (xs: { ms: number }[]) =>
    quantile(
      xs.map((x) => x.ms),
      0.5,
    );
  const p99 = (xs: { ms: number }[]) =>
    quantile(
      xs.map((x) => x.ms),
      0.99,
    );
  const cpu = (xs: { cpu: number }[]) => xs.reduce((s, x) => s + x.cpu, 0) / xs.length;
  const size = Math.round(a.files.reduce((s, f) => s + f.bytes.byteLength, 0) / a.files.length / 1024);
  console.log(
    `(a) Lambda handler, one at a time: ${uploads} distinct uploads (~${size} KB, 76 rows) after ${warm} warm-up`,
  );
  console.log(
    `    upload  median ${fmt(med(a.up))} ms  p99 ${fmt(p99(a.up))} ms  CPU ${fmt(cpu(a.up))} ms/upload`,
  );
  console.log(
    `    parse   median ${fmt(med(a.bare))} ms  p99 ${fmt(p99(a.bare))} ms  CPU ${fmt(cpu(a.bare))} ms/parse`,
  );
  console.log(
    `    ratio   median ${(med(a.up) / med(a.bare)).toFixed(2)}×  (target ≤ 2×)  CPU ${(cpu(a.up) / cpu(a.bare)).toFixed(2)}×`,
  );
  if (values['no-burst']) return;
  const b = await burstPart(a.files, Number(values['settle-ms']));
  const limit = (58 * cpu(a.up)) / cores;
  console.log(`(b) burst of 58 against a fresh \`npm start\` (settle ${values['settle-ms']} ms)`);
  console.log(
    `    completion ${fmt(b.wall)} ms  p50 ${fmt(b.p50)} ms  p99 ${fmt(b.p99)} ms  service CPU ${fmt(b.serverCpuPerUpload)} ms/upload`,
  );
  console.log(
    `    CPU-bound limit 58 × ${fmt(cpu(a.up))} ms ÷ ${cores} = ${fmt(limit)} ms  ratio ${(b.wall / limit).toFixed(2)}×  (target ≤ 1.5×)`,
  );
}

if (values['serve-dynalite']) await serveDynalite();
else await main();
