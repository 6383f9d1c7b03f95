import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../shared/core/app-error.js';
import { checkContainer, inspectContainer } from '../shared/core/workbook/check-container.js';
import {
  cfbFile,
  csvRenamed,
  FILLED_ANSWERS,
  forgedFormula,
  manyRows,
  mergeBomb,
  pdfRenamed,
  protoSheet,
  templateBillionLaughs,
  templateMacros,
  templateManyEntries,
  templateUnsafeName,
  templateXxe,
  templateZipBomb,
  wholeColumnValidation,
  zipBombDeclared,
  zipBombManyParts,
} from './fixtures/hostile-files.js';
import type { ParseMeasurement } from './fixtures/measure-parse.js';

/**
 * The "Hostile files" promise of the product: each file below is refused with its own error code
 * (or, where it is a valid workbook, parsed safely), under 300 MB of RSS, never a crash. Parsing
 * runs in a child process so its peak memory is the parser's own. The "under 2 s" of the product is
 * a timing: it is measured on a quiet machine (docs/perf/container-checks.md), not asserted here,
 * where the machine is shared.
 */

const MAX_RSS_MB = 300;

/** Files refused by the container checks, with the code each must get. */
const CONTAINER_CASES: [file: string, build: () => Uint8Array | Promise<Uint8Array>, code: string][] = [
  ['zip-bomb-lying-size.xlsx', templateZipBomb, 'upload.zip_bomb'],
  ['zip-bomb-declared.xlsx', zipBombDeclared, 'upload.zip_bomb'],
  ['zip-bomb-many-parts.xlsx', zipBombManyParts, 'upload.zip_bomb'],
  ['twenty-thousand-entries.xlsx', templateManyEntries, 'upload.too_many_entries'],
  ['xxe.xlsx', templateXxe, 'upload.xml_entities'],
  ['billion-laughs.xlsx', templateBillionLaughs, 'upload.xml_entities'],
  ['cfb.xlsx', cfbFile, 'upload.encrypted_or_legacy'],
  ['macros.xlsx', templateMacros, 'upload.macros'],
  ['traversal-dotdot.xlsx', () => templateUnsafeName('../evil'), 'upload.unsafe_entry_name'],
  ['traversal-absolute.xlsx', () => templateUnsafeName('/abs'), 'upload.unsafe_entry_name'],
  ['traversal-backslash.xlsx', () => templateUnsafeName('a\\b'), 'upload.unsafe_entry_name'],
  ['csv-renamed.xlsx', csvRenamed, 'upload.not_a_workbook'],
  ['pdf-renamed.xlsx', pdfRenamed, 'upload.not_a_workbook'],
];

let dir = '';
let forgedCell = '';
const results = new Map<string, ParseMeasurement>();
const containerBytes = new Map<string, Uint8Array>();
const workbookBytes = new Map<string, Uint8Array>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mgi-hostile-'));
  const files: [string, Uint8Array][] = [];
  for (const [file, build] of CONTAINER_CASES) {
    const bytes = await build();
    containerBytes.set(file, bytes);
    files.push([file, bytes]);
  }
  const forged = await forgedFormula();
  forgedCell = forged.cell;
  files.push(
    ['merge-bomb.xlsx', await mergeBomb()],
    ['whole-column-validation.xlsx', await wholeColumnValidation()],
    ['forged-formula.xlsx', forged.bytes],
    ['proto-sheet.xlsx', await protoSheet()],
    ['300k-rows.xlsx', await manyRows(300_000)],
  );
  for (const [file, bytes] of files) {
    await writeFile(join(dir, file), bytes);
    if (!containerBytes.has(file)) workbookBytes.set(file, bytes);
  }
  // One process for all files: its peak RSS bounds the whole suite, and each line carries the
  // high-water mark after that file, so a file that raised it is visible.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'test/fixtures/measure-parse.ts', ...files.map(([file]) => join(dir, file))],
    { cwd: join(import.meta.dirname, '..'), timeout: 90_000, maxBuffer: 4 * 1024 * 1024 },
  );
  for (const line of stdout.trim().split('\n')) {
    const measurement = JSON.parse(line) as ParseMeasurement;
    results.set(measurement.file, measurement);
  }
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function measured(file: string): ParseMeasurement {
  const result = results.get(file);
  if (!result) throw new Error(`no measurement for ${file}`);
  expect(result.outcome.kind, JSON.stringify(result.outcome)).not.toBe('crashed');
  expect(result.maxRssMb).toBeLessThan(MAX_RSS_MB);
  expect(result.polluted).toBe(false);
  return result;
}

describe('hostile containers are refused before exceljs, each with its own code', () => {
  const cases = CONTAINER_CASES.map(([file, , code]) => ({ file, code }));
  it.each(cases)('$file → $code', ({ file, code }) => {
    const result = measured(file);
    expect(result.outcome).toMatchObject({ kind: 'rejected', code });
    let thrown: unknown;
    try {
      checkContainer(containerBytes.get(file)!);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe(code);
  });
});

/** The XML of every part of a workbook that passed the container checks, concatenated. */
function xmlOf(file: string): string {
  const { entries } = inspectContainer(workbookBytes.get(file)!);
  return [...entries].map(([name, data]) => `${name}\n${new TextDecoder().decode(data)}`).join('\n');
}

describe('the hostile workbooks hold what they claim to', () => {
  it.each([
    ['merge-bomb.xlsx', '<mergeCell ref="A10:XFD1048576"/>'],
    ['whole-column-validation.xlsx', 'sqref="D1:D1048576"'],
    ['whole-column-validation.xlsx', 'sqref="A:XFD"'],
    ['forged-formula.xlsx', '<f>&quot;Ya&quot;</f><v>Yes</v>'],
    ['proto-sheet.xlsx', 'name="__proto__"'],
    ['300k-rows.xlsx', '<row r="300085">'],
  ])('%s contains %s and passes the container checks', (file, needle) => {
    expect(xmlOf(file)).toContain(needle);
  });
});

describe('hostile workbooks that pass the container are parsed safely', () => {
  const answered = FILLED_ANSWERS.map((r) => r.indicatorId);

  it('a merge of A10:XFD1048576 parses, answers intact', () => {
    expect(measured('merge-bomb.xlsx').outcome).toMatchObject({ kind: 'parsed', ok: true, answered });
  });

  it('whole-column and whole-sheet validations parse, answers intact', () => {
    expect(measured('whole-column-validation.xlsx').outcome).toMatchObject({
      kind: 'parsed',
      ok: true,
      answered,
    });
  });

  it('a formula with a forged cached value in the Answer column is an answer.formula issue on that cell', () => {
    const { outcome } = measured('forged-formula.xlsx');
    expect(outcome.kind).toBe('parsed');
    if (outcome.kind !== 'parsed') return;
    expect(outcome.ok).toBe(false);
    expect(outcome.issues).toContainEqual({ code: 'answer.formula', sheet: 'Responses', cell: forgedCell });
    expect(outcome.answered).not.toContain('1.01');
  });

  it('a sheet named __proto__ is handled without prototype pollution', () => {
    expect(measured('proto-sheet.xlsx').outcome).toMatchObject({ kind: 'parsed', ok: true, answered });
  });

  it('a sheet of 300,000 rows is refused as too many rows', () => {
    expect(measured('300k-rows.xlsx').outcome).toMatchObject({
      kind: 'rejected',
      code: 'upload.too_many_rows',
    });
  });

  it('the whole run stays under 300 MB RSS', () => {
    const peak = Math.max(...[...results.values()].map((r) => r.maxRssMb));
    expect(results.size).toBe(CONTAINER_CASES.length + 5);
    expect(peak).toBeLessThan(MAX_RSS_MB);
  });
});
