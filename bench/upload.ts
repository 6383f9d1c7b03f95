/**
 * Upload benchmark: the real local server (`npm start` in a child process, temporary DATA_DIR),
 * 58 agencies registered through the API, 58 distinct filled workbooks uploaded all at once, then
 * every submission read back and compared. Prints p50/p99/max latency and the machine.
 *
 *   npx tsx bench/upload.ts [--rounds N]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEMO_AGENCIES,
  DEMO_ASSESSMENT,
  demoResponses,
  fillTemplate,
  toTemplateRows,
} from '../shared/core/demo/index.js';
import { getBuiltInFramework } from '../shared/core/framework.js';
import type { NormalizedResponse, Submission } from '../shared/core/types.js';
import { parseSubmissionWorkbook } from '../shared/core/workbook/parse-submission.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ADMIN = `mgi_adm_bench_${Date.now().toString(36)}_0123456789`;
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const rounds = Number(values.rounds);
const framework = getBuiltInFramework(DEMO_ASSESSMENT.frameworkId)!;

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/server.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      ADMIN_TOKEN: ADMIN,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += String(d);
      const url = /running at (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mgi-bench-upload-'));
  const { child, url } = await startServer(dataDir);
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
  try {
    const aid = DEMO_ASSESSMENT.id;
    await call('POST', '/api/assessments', { json: { ...DEMO_ASSESSMENT } });
    const tokens = new Map<string, string>();
    for (const agency of DEMO_AGENCIES) {
      const res = await call('PUT', `/api/assessments/${aid}/agencies/${agency.code}`, {
        json: { name: agency.name, level: agency.level },
      });
      tokens.set(agency.code, ((await res.json()) as { token: string }).token);
    }

    const latencies: number[] = [];
    let wallMs = 0;
    for (let round = 1; round <= rounds; round++) {
      // Each round: every agency downloads its template and fills it with different answers.
      const files = await Promise.all(
        DEMO_AGENCIES.map(async (agency) => {
          const template = await call('GET', `/api/assessments/${aid}/template.xlsx?lang=${agency.lang}`, {
            token: tokens.get(agency.code)!,
          });
          const rows = toTemplateRows(demoResponses(framework, agency, `bench-${round}`), agency.lang);
          const bytes = await fillTemplate(new Uint8Array(await template.arrayBuffer()), rows);
          const expected = await parseSubmissionWorkbook(bytes, { framework });
          return { agency, bytes, expected: expected.responses };
        }),
      );
      const started = performance.now();
      const results = await Promise.all(
        files.map(async ({ agency, bytes }) => {
          const t = performance.now();
          const res = await call('POST', `/api/assessments/${aid}/submissions`, {
            token: tokens.get(agency.code)!,
            body: bytes,
            type: XLSX,
          });
          const ms = performance.now() - t;
          const body = (await res.json()) as { submission?: Submission };
          if (res.status !== 201)
            throw new Error(`${agency.code}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
          return { ms, submission: body.submission! };
        }),
      );
      const roundMs = performance.now() - started;
      wallMs += roundMs;
      latencies.push(...results.map((r) => r.ms));

      // Read back: every agency's history holds this round's submission, and its current answers
      // (through the pre-filled template) are exactly the uploaded ones.
      for (const [i, { agency, expected }] of files.entries()) {
        const history = (await (
          await call('GET', `/api/assessments/${aid}/submissions?agency=${agency.code}`)
        ).json()) as {
          submissions: Submission[];
        };
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
        if (!sameResponses(current.responses, expected))
          throw new Error(`${agency.code}: stored answers differ`);
      }
      const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
      console.log(
        `round ${round}: 58 uploads at once in ${roundMs.toFixed(0)} ms; p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms; all read back and equal`,
      );
    }
    const sorted = latencies.sort((a, b) => a - b);
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    console.log(
      [
        `machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}`,
        `input: ${DEMO_AGENCIES.length} agencies × ${framework.indicators.length} indicators, ${rounds} round(s), ${sorted.length} uploads`,
        `upload latency: p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
        `throughput: ${((sorted.length / wallMs) * 1000).toFixed(1)} uploads/s while all 58 are in flight`,
      ].join('\n'),
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

function sameResponses(a: NormalizedResponse[], b: NormalizedResponse[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

await main();
