/**
 * Report benchmark: the draft Word report (one pass over the responses: summary + citations, then
 * the .docx with its chart) beside the consolidated workbook, for (a) 58 agencies × 76 indicators
 * and (b) a national roll-out of 10,000 agencies, in the same run.
 *
 *   npx tsx bench/report.ts [--scenario small|national|all] [--repeat N]
 *
 * Each measurement runs in its own child process so its peak RSS is its own. Responses are
 * regenerated on every read (nothing held), as the store's paged iterator delivers them. Each child
 * builds its output twice: `firstMs` includes loading the libraries (docx, resvg's WebAssembly,
 * exceljs), `warmMs` is a second build in the same process (a warm Lambda or a running server).
 * Prints one JSON line per scenario.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rasteriseSvg } from '../shared/adapters/report/resvg-rasteriser.js';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import { buildReportDocx, reportModelFromPages } from '../shared/core/report/index.js';
import { consolidate } from '../shared/core/summary/consolidate.js';
import { readAhead } from '../shared/core/summary/read-ahead.js';
import { sampleAssessment } from '../test/fixtures/sample-assessment.js';

const { values: args } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'all' },
    repeat: { type: 'string', default: '1' },
    child: { type: 'string' },
    agencies: { type: 'string' },
  },
});

const SCENARIOS = { small: 58, national: 10_000 } as const;
type Kind = 'report' | 'workbook';

/** One build of the report (model pass + docx in English with the chart); returns its size. */
async function buildReport(n: number): Promise<number> {
  const { agencies, pages } = sampleAssessment(LOCAL_MGI_FRAMEWORK, n);
  const model = await reportModelFromPages(
    {
      framework: LOCAL_MGI_FRAMEWORK,
      assessment: { id: `bench-${n}`, name: `Bench ${n}`, createdAt: new Date().toISOString() },
      agencies,
      validated: [],
      findings: [],
      generatedAt: new Date(),
    },
    pages(),
  );
  return (await buildReportDocx(model, 'en', { rasterise: rasteriseSvg })).byteLength;
}

/** One build of the consolidated workbook (summary + English workbook to a file), as the aggregation does. */
async function buildWorkbook(n: number): Promise<number> {
  const { agencies, pages } = sampleAssessment(LOCAL_MGI_FRAMEWORK, n);
  const file = path.join(os.tmpdir(), `mgi-bench-report-wb-${process.pid}.xlsx`);
  await consolidate({
    framework: LOCAL_MGI_FRAMEWORK,
    agencies,
    pages: readAhead(pages()),
    assessmentId: `bench-${n}`,
    generatedAt: new Date(),
    outputs: { en: createWriteStream(file) },
  });
  const bytes = (await stat(file)).size;
  await rm(file, { force: true });
  return bytes;
}

/** Child: builds twice, prints {firstMs, warmMs, cpuMs, bytes, peakRssMB}. */
async function child(kind: Kind, n: number): Promise<void> {
  const build = kind === 'report' ? buildReport : buildWorkbook;
  const ms = (c: NodeJS.CpuUsage) => Math.round((c.user + c.system) / 1000);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const bytes = await build(n);
  const t1 = performance.now();
  const firstCpu = process.cpuUsage(cpu0);
  const cpu1 = process.cpuUsage();
  // The warm build draws other scores (n + 1 agencies), so no chart is reused from the first.
  await build(n + 1);
  const t2 = performance.now();
  const warmCpu = process.cpuUsage(cpu1);
  const out = {
    firstMs: Math.round(t1 - t0),
    warmMs: Math.round(t2 - t1),
    // CPU (user + system) of each build: steadier than wall time on a shared machine.
    firstCpuMs: ms(firstCpu),
    warmCpuMs: ms(warmCpu),
    bytes,
    peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1048576),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function measure(kind: Kind, n: number): Promise<Record<string, number>> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', self, '--child', kind, '--agencies', String(n)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let text = '';
    proc.stdout.on('data', (d: Buffer) => {
      text += d.toString();
    });
    proc.once('error', reject);
    proc.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(text)) : reject(new Error(`${kind} child exited ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  if (args.child) return child(args.child as Kind, Number(args.agencies));
  const names =
    args.scenario === 'all'
      ? (Object.keys(SCENARIOS) as (keyof typeof SCENARIOS)[])
      : [args.scenario as keyof typeof SCENARIOS];
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
  for (const name of names) {
    for (let r = 0; r < Number(args.repeat); r++) {
      const n = SCENARIOS[name];
      // One after the other, never at once: the two would share the cores.
      const report = await measure('report', n);
      const workbook = await measure('workbook', n);
      const line = {
        scenario: name,
        agencies: n,
        indicators: LOCAL_MGI_FRAMEWORK.indicators.length,
        report,
        workbook,
        warmRatio: Number((report.warmMs! / workbook.warmMs!).toFixed(2)),
        warmCpuRatio: Number((report.warmCpuMs! / workbook.warmCpuMs!).toFixed(2)),
        machine,
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
}

await main();
