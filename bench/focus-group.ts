/**
 * Focus-group benchmark: in one run, over 58 agencies × 76 indicators (the demo's answers, with
 * every agency justifying indicator 1.01), the median and p99 of
 *   - a validation write (`PUT /api/assessments/:aid/validation/1.01`, stating the version read),
 *   - the focus-group page for 1.01 (`GET /coordinator/a/:aid/focus-group/1.01`, 58 justifications),
 *   - a summary read (`GET /api/assessments/:aid/summary`), the baseline,
 * through the one app (`app.request`, no network) on an in-process dynalite (in a worker thread,
 * as `npm start` runs it).
 *
 *   npx tsx bench/focus-group.ts [--rounds 60]
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDynalite } from '../shared/adapters/dynalite-server.js';
import { DEMO_AGENCIES } from '../shared/core/demo/demo-agencies.js';
import { demoResponses } from '../shared/core/demo/demo-responses.js';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import { buildBenchApp } from './support/bench-app.js';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '60' } } });
const ROUNDS = Number(args.rounds);
const WARM_UP = 8;
const AID = 'bench-fg';
const INDICATOR = '1.01';
const ORIGIN = 'http://localhost';

const table = 'bench-fg';
const dynamo = await startDynalite({ tableName: table, thread: true });
const archiveDir = await mkdtemp(path.join(os.tmpdir(), 'mgi-bench-fg-'));
const admin = `mgi_adm_bench_${randomBytes(16).toString('hex')}`;
const app = await buildBenchApp({ client: dynamo.client, table, archiveDir, admin });

async function call(
  method: string,
  url: string,
  init: { token?: string; json?: unknown; headers?: Record<string, string>; body?: string } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body = init.body;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const res = await app.request(`${ORIGIN}${url}`, { method, headers, body });
  if (res.status >= 400) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res;
}

// Setup: the assessment, 58 agencies, each agency's answers by the web-form channel.
await call('POST', '/api/assessments', {
  token: admin,
  json: { id: AID, name: 'Bench', frameworkId: 'local-mgi' },
});
const types = ['regulation', 'programme', 'practice'] as const;
for (const [i, agency] of DEMO_AGENCIES.entries()) {
  const res = await call('PUT', `/api/assessments/${AID}/agencies/${agency.code}`, {
    token: admin,
    json: { name: agency.name, level: agency.level },
  });
  const { token } = (await res.json()) as { token: string };
  const responses = demoResponses(LOCAL_MGI_FRAMEWORK, agency, 'jateng-2026').map((r) =>
    r.indicatorId === INDICATOR
      ? {
          ...r,
          answer: i % 3 === 2 ? 'no' : i % 3 === 1 ? 'partially' : 'yes',
          justificationType: types[i % 3]!,
          justification: `${agency.name}: Peraturan Gubernur Jawa Tengah Nomor ${i + 1} Tahun 2024 tentang pelayanan kesehatan bagi pekerja migran dan keluarganya, dilaksanakan melalui puskesmas dan rumah sakit daerah.`,
          evidence: `https://jdih.jatengprov.go.id/perda/${i + 1}`,
        }
      : r,
  );
  await call('POST', `/api/assessments/${AID}/responses`, { token, json: { responses } });
}

// A coordinator's web session (the sign-in form's double-submit CSRF value chosen here).
const csrf = randomBytes(16).toString('hex');
const signin = await app.request(`${ORIGIN}/signin`, {
  method: 'POST',
  headers: {
    'content-type': 'application/x-www-form-urlencoded',
    cookie: `mgi_signin_csrf=${csrf}`,
    origin: ORIGIN,
  },
  body: new URLSearchParams({ _csrf: csrf, token: admin }).toString(),
  redirect: 'manual',
});
const session = /mgi_session=([^;]+)/.exec(signin.headers.get('set-cookie') ?? '')?.[1];
if (!session) throw new Error(`sign-in failed: ${signin.status}`);

let version = 0;
const ops = {
  'validation write': async () => {
    const res = await call('PUT', `/api/assessments/${AID}/validation/${INDICATOR}`, {
      token: admin,
      json: {
        answer: version % 2 === 0 ? 'partially' : 'yes',
        note: 'Bench note',
        sources: ['Perda 5/2020'],
        version,
      },
    });
    version = ((await res.json()) as { validated: { version: number } }).validated.version;
  },
  'focus-group page (58 justifications)': async () => {
    const res = await call('GET', `/coordinator/a/${AID}/focus-group/${INDICATOR}`, {
      headers: { cookie: `mgi_session=${session}` },
    });
    const html = await res.text();
    if ((html.match(/<li><strong>/g) ?? []).length !== 58)
      throw new Error('the page does not show 58 justifications');
  },
  'summary read (baseline)': async () => {
    await (await call('GET', `/api/assessments/${AID}/summary`, { token: admin })).json();
  },
};

const times: Record<string, number[]> = Object.fromEntries(Object.keys(ops).map((k) => [k, []]));
for (let round = 0; round < WARM_UP + ROUNDS; round++) {
  // Interleaved, so every operation sees the same machine state.
  for (const [name, op] of Object.entries(ops)) {
    const t0 = performance.now();
    await op();
    if (round >= WARM_UP) times[name]!.push(performance.now() - t0);
  }
}
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summaryMedian = pct(
  [...times['summary read (baseline)']!].sort((a, b) => a - b),
  50,
);
const rows = Object.entries(times).map(([name, list]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const median = pct(sorted, 50);
  return {
    op: name,
    n: sorted.length,
    medianMs: +median.toFixed(1),
    p99Ms: +pct(sorted, 99).toFixed(1),
    vsSummary: +(median / summaryMedian).toFixed(2),
  };
});
console.log(
  JSON.stringify({
    bench: 'focus-group',
    agencies: 58,
    indicators: 76,
    rounds: ROUNDS,
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
  }),
);
console.table(rows);
await dynamo.close();
await rm(archiveDir, { recursive: true, force: true });
