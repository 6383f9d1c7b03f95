/**
 * Web pages benchmark: server time and transfer size of the coordinator's dashboard and the
 * agency's web form, over 58 agencies × 76 indicators (the demo's answers by the API), through the
 * one app (`app.request`, no network) on an in-process dynalite in a worker thread. Transfer size
 * is the gzip body the page middleware sends to a browser that accepts gzip; "html" is that body
 * unpacked. Server time is until the whole body is read.
 *
 *   npx tsx bench/web-pages.ts [--rounds 40]
 *
 * To compare with an earlier commit, run the same file in a work tree of it
 * (`git worktree add DIR <sha>`, node_modules linked) right before or after this one.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { startDynalite } from '../shared/adapters/dynalite-server.js';
import { DEMO_AGENCIES } from '../shared/core/demo/demo-agencies.js';
import { demoResponses } from '../shared/core/demo/demo-responses.js';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import { buildBenchApp } from './support/bench-app.js';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '40' } },
});
const ROUNDS = Number(args.rounds);
const WARM_UP = 5;
const AID = 'bench-web';
const ORIGIN = 'http://localhost';

const table = 'bench-web';
const dynamo = await startDynalite({ tableName: table, thread: true });
const archiveDir = await mkdtemp(path.join(os.tmpdir(), 'mgi-bench-web-'));
const admin = `mgi_adm_bench_${randomBytes(16).toString('hex')}`;
const app = await buildBenchApp({ client: dynamo.client, table, archiveDir, admin });

async function api(method: string, url: string, token: string, json?: unknown) {
  const res = await app.request(`${ORIGIN}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  if (res.status >= 400) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res;
}

await api('POST', '/api/assessments', admin, { id: AID, name: 'Bench', frameworkId: 'local-mgi' });
let agencyToken = '';
for (const [i, agency] of DEMO_AGENCIES.entries()) {
  const res = await api('PUT', `/api/assessments/${AID}/agencies/${agency.code}`, admin, {
    name: agency.name,
    level: agency.level,
  });
  const { token } = (await res.json()) as { token: string };
  if (i === 0) agencyToken = token;
  const responses = demoResponses(LOCAL_MGI_FRAMEWORK, agency, 'jateng-2026');
  await api('POST', `/api/assessments/${AID}/responses`, token, { responses });
}

/** A web session for `token` (the sign-in form's double-submit CSRF value chosen here). */
async function signIn(token: string): Promise<string> {
  const csrf = randomBytes(16).toString('hex');
  const res = await app.request(`${ORIGIN}/signin`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: `mgi_signin_csrf=${csrf}`,
      origin: ORIGIN,
    },
    body: new URLSearchParams({ _csrf: csrf, token }).toString(),
    redirect: 'manual',
  });
  const session = /mgi_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!session) throw new Error(`sign-in failed: ${res.status}`);
  return session;
}
const sessions = { coordinator: await signIn(admin), agency: await signIn(agencyToken) };

const pages = {
  'dashboard (58 agencies)': { path: `/coordinator/a/${AID}?lang=en`, session: sessions.coordinator },
  'web form (76 indicators)': { path: '/agency/form?lang=en', session: sessions.agency },
};

const apps: [string, typeof app][] = [['now', app]];
const results: Record<string, { times: number[]; gzip: number; html: number }> = {};
for (const [tree] of apps)
  for (const name of Object.keys(pages)) results[`${name} ${tree}`] = { times: [], gzip: 0, html: 0 };
for (let round = 0; round < WARM_UP + ROUNDS; round++) {
  for (const [tree, treeApp] of apps)
    for (const [pageName, page] of Object.entries(pages)) {
      const name = `${pageName} ${tree}`;
      const t0 = performance.now();
      const res = await treeApp.request(`${ORIGIN}${page.path}`, {
        headers: { cookie: `mgi_session=${page.session}`, 'accept-encoding': 'gzip' },
      });
      const body = new Uint8Array(await res.arrayBuffer());
      const elapsed = performance.now() - t0;
      if (res.status !== 200) throw new Error(`${name} ${page.path}: ${res.status}`);
      const gzip = res.headers.get('content-encoding') === 'gzip';
      const result = results[name]!;
      result.gzip = body.byteLength;
      result.html = gzip ? gunzipSync(body).byteLength : body.byteLength;
      if (round >= WARM_UP) result.times.push(elapsed);
    }
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
console.log(
  JSON.stringify({
    bench: 'web-pages',
    agencies: DEMO_AGENCIES.length,
    indicators: LOCAL_MGI_FRAMEWORK.indicators.length,
    rounds: ROUNDS,
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
    load: os.loadavg().map((l) => +l.toFixed(1)),
  }),
);
console.table(
  Object.entries(results).map(([page, r]) => {
    const sorted = [...r.times].sort((a, b) => a - b);
    return {
      page,
      medianMs: +pct(sorted, 50).toFixed(1),
      p90Ms: +pct(sorted, 90).toFixed(1),
      gzipKB: +(r.gzip / 1024).toFixed(1),
      htmlKB: +(r.html / 1024).toFixed(1),
    };
  }),
);
await dynamo.close();
await rm(archiveDir, { recursive: true, force: true });
