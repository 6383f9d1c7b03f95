/**
 * Parse + validate one filled 76-indicator template, warm, against the floor of merely inflating
 * the same file's zip entries with fflate. Run: npx tsx bench/parse.ts [iterations]
 */
import { cpus } from 'node:os';
import { unzipSync } from 'fflate';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import { inspectContainer } from '../shared/core/workbook/check-container.js';
import { loadExcelJs } from '../shared/core/workbook/exceljs.js';
import { IGNORED_NODES } from '../shared/core/workbook/open-submission-workbook.js';
import { parseSubmissionWorkbook } from '../shared/core/workbook/parse-submission.js';
import {
  buildTemplate,
  fillWithExcelJs,
  sampleResponses,
  toRawFields,
} from '../test/fixtures/workbook-builder.js';

const iterations = Number(process.argv[2] ?? 300);
const warmup = Math.min(50, iterations);

interface Stats {
  median: number;
  p95: number;
  mean: number;
}

async function measure(run: () => unknown): Promise<Stats> {
  for (let i = 0; i < warmup; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

const fmt = (s: Stats) =>
  `median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, mean ${s.mean.toFixed(2)} ms`;

const file = await fillWithExcelJs(await buildTemplate('en'), toRawFields(sampleResponses(), 'en'));
const entries = unzipSync(file);
const inflated = Object.values(entries).reduce((n, e) => n + e.length, 0);
const ExcelJS = await loadExcelJs();
const options = {
  framework: LOCAL_MGI_FRAMEWORK,
  expected: { assessmentId: 'jateng-2026', agencyCode: 'DINKES' },
};
const check = await parseSubmissionWorkbook(file, options);
if (!check.ok || check.responses.length !== 76) throw new Error('the benchmark file does not parse cleanly');

const parse = await measure(() => parseSubmissionWorkbook(file, options));
const floor = await measure(() => unzipSync(file));
const container = await measure(() => inspectContainer(file));
const load = await measure(() =>
  new ExcelJS.Workbook().xlsx.load(file as never, { ignoreNodes: IGNORED_NODES }),
);

console.log(
  `input: filled template, 76 indicators, ${file.length} bytes zipped, ${inflated} bytes inflated, ${Object.keys(entries).length} entries`,
);
console.log(
  `machine: node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}; ${iterations} iterations after ${warmup} warm-up`,
);
console.log(`parse + validate (parseSubmissionWorkbook): ${fmt(parse)}`);
console.log(`floor: fflate unzipSync of all entries:    ${fmt(floor)}`);
console.log(`ratio parse+validate / floor (medians): ${(parse.median / floor.median).toFixed(1)}x`);
console.log('breakdown:');
console.log(`  container checks (inspectContainer):        ${fmt(container)}`);
console.log(`  exceljs load of the file:                   ${fmt(load)}`);
