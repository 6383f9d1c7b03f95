/**
 * Upload benchmark: the real local service (what `npm start` runs, in a child process on a
 * temporary DATA_DIR), 58 agencies registered through the API, 58 distinct filled workbooks
 * uploaded all at once, then every submission read back and compared; then the same 58 one after
 * another (the service time of one upload). Runs with the embedded store and the workbook parse on
 * the app's thread, and with the store in a worker thread and parses in a worker pool (the
 * `npm start` default), so the two compare within one run. Prints p50/p99/max, the server's CPU
 * per upload (in total and per thread, Linux), the bench's own CPU and the machine.
 * `--cpu-prof DIR` profiles every thread of the server and writes the bursts' time windows beside
 * the profiles (summarise with `npx tsx bench/profile-summary.ts DIR`); BENCH_SERVER_FLAGS passes
 * Node flags to the server process; BENCH_ROUND_THREADS=1 prints each round's CPU per thread
 * (offsets from the main thread's id: +2..+5 V8's platform workers); BENCH_CHILD_OUT=FILE keeps
 * the server's output with a line at each burst edge (for V8's --trace-gc).
 *
 *   npx tsx bench/upload.ts [--rounds N] [--mode both|app|workers] [--parse-workers N] [--cpu-prof DIR]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, createServer } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../functions/config.js';
import { bearerRequest } from '../functions/local/bearer-request.js';
import { startLocalService } from '../functions/local/start-local.js';
import {
  DEMO_AGENCIES,
  DEMO_ASSESSMENT,
  demoResponses,
  fillTemplate,
  toTemplateRows,
} from '../shared/core/demo/index.js';
import { getBuiltInFramework } from '../shared/core/framework.js';
import type { Submission } from '../shared/core/types.js';
import { parseSubmissionWorkbook } from '../shared/core/workbook/parse-submission.js';

const ADMIN = `mgi_adm_bench_${Date.now().toString(36)}_0123456789`;
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    serve: { type: 'string' },
    inline: { type: 'boolean' },
    'cpu-prof': { type: 'string' },
    /** Parse workers of the server (default: one per core, as `npm start`). */
    'parse-workers': { type: 'string' },
    /** `both` (default), `app` (everything on the app thread) or `workers` (the npm start layout). */
    mode: { type: 'string', default: 'both' },
  },
  allowPositionals: true,
});
const rounds = Number(values.rounds);
const framework = getBuiltInFramework(DEMO_ASSESSMENT.frameworkId)!;

/** Child-process mode: the local service as `npm start` builds it, printing its URL. */
async function serve(dataDir: string, storeInWorker: boolean): Promise<void> {
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    ADMIN_TOKEN: ADMIN_FROM_PARENT(),
  });
  // Store calls of the service's client, counted by a middleware on the real SDK client (added
  // before the service uses it: the client resolves each command's middleware stack once).
  let storeCalls = 0;
  const service = await startLocalService(config, {
    storeInWorker,
    parseInWorkers: storeInWorker,
    ...(PARSE_WORKERS_FROM_PARENT() ? { parseWorkers: PARSE_WORKERS_FROM_PARENT() } : {}),
    warmUp: true,
    onStoreClient: (client) =>
      client.middlewareStack.add(
        (next) => (args) => {
          storeCalls++;
          return next(args);
        },
        { step: 'initialize', name: 'benchCountCalls' },
      ),
  });
  // As after `npm start`, where the warm-up runs while people open their files: the bench's
  // registration phase would hide it anyway, waiting for it keeps the first burst comparable.
  await service.warmedUp;
  process.stdout.write(`running at ${service.url}/api\n`);
  // CPU time of the whole server process (every thread) and store calls, asked for around each burst.
  process.on('message', (m) => {
    if (m !== 'cpu') return;
    // Burst edges in the server's output, to cut a --trace-gc log (BENCH_CHILD_OUT) to the bursts.
    if (process.env.BENCH_CHILD_OUT)
      console.log('burst edge', Date.now(), performance.now().toFixed(1), process.hrtime.bigint());
    process.send?.({
      ...process.cpuUsage(),
      storeCalls,
      at: Number(process.hrtime.bigint() / 1000n),
      threads: threadTimes(),
    });
  });
  process.on('SIGTERM', () => void service.close().then(() => process.exit(0)));
}

/** CPU ms of each thread of this process (Linux), by thread id: utime + stime in clock ticks of 10 ms. */
function threadTimes(): Record<string, number> {
  const times: Record<string, number> = {};
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      times[tid] = (Number(fields[11]) + Number(fields[12])) * 10;
    }
  } catch {
    // Not Linux: no per-thread figures.
  }
  return times;
}

/** `--parse-workers N` of the parent, passed to the server as `workers=N` (default: one per core). */
const PARSE_WORKERS_FROM_PARENT = () =>
  Number(process.argv.find((a) => a.startsWith('workers='))?.slice(8) ?? 0) || undefined;

const ADMIN_FROM_PARENT = () => process.argv.find((a) => a.startsWith('mgi_adm_')) ?? ADMIN;

function startServer(dataDir: string, storeInWorker: boolean): Promise<{ child: ChildProcess; url: string }> {
  const args = [
    // As `npm start` runs the service (package.json): V8's memory reducer shrank the idle workers'
    // heaps between the warm-up and the first burst, dropping their compiled code with it.
    '--no-memory-reducer',
    ...(process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []),
    ...(values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : []),
    '--import',
    'tsx',
    'bench/upload.ts',
    '--serve',
    dataDir,
    ...(storeInWorker ? [] : ['--inline']),
    ...(values['parse-workers'] ? [`workers=${values['parse-workers']}`] : []),
    ADMIN,
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += String(d);
      // BENCH_CHILD_OUT=FILE keeps the server's output (e.g. V8's --trace-gc from BENCH_SERVER_FLAGS).
      if (process.env.BENCH_CHILD_OUT) appendFileSync(process.env.BENCH_CHILD_OUT, String(d));
      const url = /running at (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** The burst's uploads reuse sockets (see bearerRequest for why node:http). */
const uploadAgent = new Agent({ keepAlive: true, maxSockets: 64 });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** The server process's CPU time (user + system, all threads) in ms, and its store calls so far. */
function serverCounters(child: ChildProcess): Promise<{
  cpuMs: number;
  systemMs: number;
  storeCalls: number;
  at: number;
  threads: Record<string, number>;
}> {
  return new Promise((resolve) => {
    child.once('message', (u) => {
      const usage = u as NodeJS.CpuUsage & {
        storeCalls: number;
        at: number;
        threads: Record<string, number>;
      };
      resolve({
        cpuMs: (usage.user + usage.system) / 1000,
        systemMs: usage.system / 1000,
        storeCalls: usage.storeCalls,
        at: usage.at,
        threads: usage.threads,
      });
    });
    child.send('cpu');
  });
}

interface Measured {
  /** Server CPU ms per upload during the all-at-once bursts, per round. */
  cpuPerUpload: number[];
  /** Of it, in the kernel (system time: sockets, files), per round. */
  systemPerUpload: number[];
  /** Store calls (SDK commands) per upload during the bursts, per round. */
  callsPerUpload: number[];
  /** Store calls per upload one by one. */
  sequentialCalls: number;
  /** p99 of each round's burst. */
  roundP99: number[];
  concurrent: number[];
  sequential: number[];
  concurrentWallMs: number;
  /** Each burst's start and end on the server's monotonic clock (µs), to cut CPU profiles to the bursts. */
  burstWindows: [number, number][];
  /** The bench's own CPU ms per upload during the bursts (it shares the machine with the server). */
  clientCpuPerUpload: number[];
  /** Server CPU ms per thread over all bursts (Linux), the main thread labelled. */
  threadMs: Record<string, number>;
  /** Server CPU ms per upload on V8's platform threads, per round. */
  platformPerUpload: number[];
}

/** One full run against a fresh service: register, then `rounds` × (58 at once, read back), then 58 one by one. */
async function measure(storeInWorker: boolean): Promise<Measured> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mgi-bench-upload-'));
  const { child, url } = await startServer(dataDir, storeInWorker);
  const call = (
    method: string,
    path: string,
    init: { token?: string; json?: unknown; body?: Uint8Array; type?: string } = {},
  ) =>
    fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${init.token ?? ADMIN}`,
        ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.type ? { 'content-type': init.type } : {}),
      },
      body:
        init.json !== undefined
          ? JSON.stringify(init.json)
          : (init.body as Uint8Array<ArrayBuffer> | undefined),
    });
  const aid = DEMO_ASSESSMENT.id;
  const tokens = new Map<string, string>();
  // Each set: every agency downloads its template and fills it with this set's answers.
  const filledSet = (seed: string) =>
    Promise.all(
      DEMO_AGENCIES.map(async (agency) => {
        const template = await call('GET', `/api/assessments/${aid}/template.xlsx?lang=${agency.lang}`, {
          token: tokens.get(agency.code)!,
        });
        const rows = toTemplateRows(demoResponses(framework, agency, seed), agency.lang);
        const bytes = await fillTemplate(new Uint8Array(await template.arrayBuffer()), rows);
        return { agency, bytes, expected: (await parseSubmissionWorkbook(bytes, { framework })).responses };
      }),
    );
  const uploadOne = async (file: { agency: (typeof DEMO_AGENCIES)[number]; bytes: Uint8Array }) => {
    const t = performance.now();
    const res = await bearerRequest(`${url}/api/assessments/${aid}/submissions`, {
      method: 'POST',
      token: tokens.get(file.agency.code)!,
      bytes: file.bytes,
      agent: uploadAgent,
    });
    const ms = performance.now() - t;
    const body = JSON.parse(res.body) as { submission?: Submission };
    if (res.status !== 201) throw new Error(`${file.agency.code}: ${res.status} ${res.body.slice(0, 300)}`);
    return { ms, submission: body.submission! };
  };
  const result: Measured = {
    cpuPerUpload: [],
    systemPerUpload: [],
    callsPerUpload: [],
    sequentialCalls: 0,
    roundP99: [],
    concurrent: [],
    sequential: [],
    concurrentWallMs: 0,
    burstWindows: [],
    clientCpuPerUpload: [],
    threadMs: {},
    platformPerUpload: [],
  };
  try {
    await call('POST', '/api/assessments', { json: { ...DEMO_ASSESSMENT } });
    for (const agency of DEMO_AGENCIES) {
      const res = await call('PUT', `/api/assessments/${aid}/agencies/${agency.code}`, {
        json: { name: agency.name, level: agency.level },
      });
      tokens.set(agency.code, ((await res.json()) as { token: string }).token);
    }
    for (let round = 1; round <= rounds; round++) {
      const files = await filledSet(`bench-${round}`);
      const before = await serverCounters(child);
      const clientBefore = process.cpuUsage();
      const started = performance.now();
      const results = await Promise.all(files.map(uploadOne));
      result.concurrentWallMs += performance.now() - started;
      const clientCpu = process.cpuUsage(clientBefore);
      result.clientCpuPerUpload.push((clientCpu.user + clientCpu.system) / 1000 / files.length);
      const after = await serverCounters(child);
      result.cpuPerUpload.push((after.cpuMs - before.cpuMs) / files.length);
      result.systemPerUpload.push((after.systemMs - before.systemMs) / files.length);
      result.burstWindows.push([before.at, after.at]);
      let platformMs = 0;
      for (const [tid, ms] of Object.entries(after.threads)) {
        // Node starts its platform threads right after the main thread, so they get the next
        // thread ids: a delayed-task scheduler, then V8's 4 workers (background compiles and GC).
        const offset = Number(tid) - child.pid!;
        const platform = offset >= 1 && offset <= 5;
        const label = offset === 0 ? 'main' : platform ? `V8 platform +${offset}` : `thread ${tid}`;
        const spent = ms - (before.threads[tid] ?? 0);
        result.threadMs[label] = (result.threadMs[label] ?? 0) + spent;
        if (platform) platformMs += spent;
      }
      result.platformPerUpload.push(platformMs / files.length);
      if (process.env.BENCH_ROUND_THREADS) {
        const spent = Object.entries(after.threads)
          .map(
            ([tid, ms]) =>
              [Number(tid) - child.pid!, (ms - (before.threads[tid] ?? 0)) / files.length] as const,
          )
          .filter(([, v]) => v >= 0.2)
          .sort((a, b) => b[1] - a[1])
          .map(([off, v]) => `${off === 0 ? 'main' : `+${off}`} ${v.toFixed(1)}`);
        console.error(`round ${round}: ${spent.join(', ')}`);
      }
      result.callsPerUpload.push((after.storeCalls - before.storeCalls) / files.length);
      result.roundP99.push(
        percentile(
          results.map((r) => r.ms).sort((a, b) => a - b),
          99,
        ),
      );
      result.concurrent.push(...results.map((r) => r.ms));
      // Read back: every history holds this round's upload as newest, and the current answers
      // (through the pre-filled template) are exactly the uploaded ones.
      for (const [i, { agency, expected }] of files.entries()) {
        const history = (await (
          await call('GET', `/api/assessments/${aid}/submissions?agency=${agency.code}`)
        ).json()) as { submissions: Submission[] };
        if (
          history.submissions.length !== round ||
          history.submissions[0]!.id !== results[i]!.submission.id
        ) {
          throw new Error(
            `${agency.code}: history ${history.submissions.length} entries, newest not the upload`,
          );
        }
        const prefilled = await call(
          'GET',
          `/api/assessments/${aid}/template.xlsx?agency=${agency.code}&lang=${agency.lang}`,
        );
        const current = await parseSubmissionWorkbook(new Uint8Array(await prefilled.arrayBuffer()), {
          framework,
        });
        if (JSON.stringify(current.responses) !== JSON.stringify(expected)) {
          throw new Error(`${agency.code}: stored answers differ from the upload`);
        }
      }
    }
    const files = await filledSet('bench-sequential');
    const before = await serverCounters(child);
    for (const file of files) result.sequential.push((await uploadOne(file)).ms);
    result.sequentialCalls = ((await serverCounters(child)).storeCalls - before.storeCalls) / files.length;
    return result;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

const stats = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const f = (n: number) => `${n.toFixed(0)} ms`;
  return `p50 ${f(percentile(sorted, 50))}, p99 ${f(percentile(sorted, 99))}, max ${f(sorted.at(-1)!)}`;
};

/**
 * Runs the bench's own upload code (bearerRequest over a keep-alive agent, a workbook-sized body,
 * the JSON answer parsed) against a throwaway server in this process until V8 has compiled it.
 * The bench shares the server's 2 cores, and its client code run cold cost 0.4–0.9 ms of CPU per
 * upload against ~0.1 ms warm; the 58 agencies' own machines would pay that, not the service's.
 */
async function warmClient(): Promise<void> {
  const body = JSON.stringify({ submission: { id: 'warm-up', counts: { yes: 1, partial: 2, no: 3 } } });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const bytes = new Uint8Array(18_000).fill(7);
  for (let round = 0; round < 40; round++) {
    await Promise.all(
      DEMO_AGENCIES.map(async () => {
        const res = await bearerRequest(url, { method: 'POST', token: ADMIN, bytes, agent });
        JSON.parse(res.body);
      }),
    );
  }
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `input: ${DEMO_AGENCIES.length} agencies × ${framework.indicators.length} indicators, ${rounds} round(s) of all-at-once uploads, all read back and compared`,
  );
  const modes = (
    [
      ['store and parse on the app thread', false],
      ['store in a worker thread, parse in a worker pool (npm start default)', true],
    ] as [string, boolean][]
  ).filter(([, inWorker]) => values.mode === 'both' || (values.mode === 'workers') === inWorker);
  await warmClient();
  const p99 = new Map<string, number>();
  for (const [label, inWorker] of modes) {
    const m = await measure(inWorker);
    if (values['cpu-prof']) {
      const file = join(values['cpu-prof'], `bursts-${inWorker ? 'workers' : 'app'}.json`);
      await writeFile(file, JSON.stringify(m.burstWindows));
      console.log(
        `burst windows for the profiles: ${file} (npx tsx bench/profile-summary.ts ${values['cpu-prof']})`,
      );
    }
    const sorted = [...m.concurrent].sort((a, b) => a - b);
    p99.set(label, percentile(sorted, 99));
    console.log(`${label}:`);
    console.log(
      `  58 at once   ${stats(m.concurrent)}; ${((m.concurrent.length / m.concurrentWallMs) * 1000).toFixed(1)} uploads/s`,
    );
    console.log(`  one by one   ${stats(m.sequential)}`);
    console.log(
      `  per round    p99 ${m.roundP99.map((v) => `${v.toFixed(0)} ms`).join(', ')}; server CPU per upload ${m.cpuPerUpload.map((v) => `${v.toFixed(1)} ms`).join(', ')}; of it in the kernel ${m.systemPerUpload.map((v) => `${v.toFixed(1)} ms`).join(', ')}, on V8's platform threads ${m.platformPerUpload.map((v) => `${v.toFixed(1)} ms`).join(', ')}; client CPU per upload ${m.clientCpuPerUpload.map((v) => `${v.toFixed(1)} ms`).join(', ')}`,
    );
    console.log(
      `  server CPU per upload by thread (over the bursts): ${Object.entries(m.threadMs)
        .filter(([, ms]) => ms > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([t, ms]) => `${t} ${(ms / m.concurrent.length).toFixed(1)}`)
        .join(', ')} ms`,
    );
    console.log(
      `  store calls per upload: at once ${m.callsPerUpload.map((v) => v.toFixed(1)).join(', ')}; one by one ${m.sequentialCalls.toFixed(1)}`,
    );
  }
  const [a, b] = [...p99.values()];
  if (b !== undefined) console.log(`ratio p99 at once, worker threads / app thread: ${(b / a!).toFixed(2)}`);
}

if (values.serve) await serve(values.serve, !values.inline);
else await main();
