/**
 * The agency's own rejected file, handed back with every problem cell filled light red and a note
 * (cell comment) saying what to do. Everything else in the file is kept: values, formats, the
 * metadata sheet, dropdowns — so the agency can fix the marked cells and upload the same file.
 */
import { isAppError } from '../../shared/core/app-error.js';
import type { Framework } from '../../shared/core/framework.js';
import type { Issue, Lang } from '../../shared/core/types.js';
import { MEMORY_BOMB_NODES } from '../../shared/core/workbook/exceljs.js';
import { openBoundedWorkbook } from '../../shared/core/workbook/open-bounded-workbook.js';
import { isFormulaLike, safeText } from '../../shared/core/workbook/safe-text.js';

/** Light red (Excel's "bad" cell style). */
export const PROBLEM_FILL_ARGB = 'FFFFC7CE';

/**
 * Merges, validations and conditional formats covering more cells than this are dropped from the
 * annotated copy: exceljs expands them cell by cell (a whole-column validation is a million
 * entries), which a template (a few hundred cells) never needs.
 */
const MAX_STRUCTURE_CELLS = 200_000;

const A1_RANGE = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Cells covered by an A1 range list such as `D5:D80 F5`; unknown shapes count as huge. */
export function rangeArea(sqref: string): number {
  let total = 0;
  for (const part of sqref.trim().split(/\s+/)) {
    if (part === '') continue;
    const m = A1_RANGE.exec(part.toUpperCase());
    if (!m) return Number.POSITIVE_INFINITY;
    const c1 = columnNumber(m[1]!);
    const r1 = Number(m[2]);
    const c2 = m[3] ? columnNumber(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    total += (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
  }
  return total;
}

/** Cells covered by merges, validations and conditional formats of every worksheet. */
function structureArea(entries: ReadonlyMap<string, Uint8Array>): number {
  let total = 0;
  const decoder = new TextDecoder();
  for (const [name, data] of entries) {
    if (!WORKSHEET.test(name)) continue;
    const xml = decoder.decode(data);
    for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]*)"/g)) total += rangeArea(m[1]!);
    for (const m of xml.matchAll(/\bsqref="([^"]*)"/g)) total += rangeArea(m[1]!);
    if (total > MAX_STRUCTURE_CELLS) return total;
  }
  return total;
}

/** Issues that name a cell, grouped by sheet and cell, messages in order. */
function byCell(issues: readonly Issue[]): Map<string, { sheet: string; cell: string; messages: string[] }> {
  const cells = new Map<string, { sheet: string; cell: string; messages: string[] }>();
  for (const issue of issues) {
    if (!issue.sheet || !issue.cell) continue;
    const key = `${issue.sheet}\u0000${issue.cell}`;
    const entry = cells.get(key) ?? { sheet: issue.sheet, cell: issue.cell, messages: [] };
    if (!entry.messages.includes(issue.message)) entry.messages.push(issue.message);
    cells.set(key, entry);
  }
  return cells;
}

/**
 * Returns a copy of `bytes` with each issue's cell filled light red and a note holding its
 * message(s). The bytes pass the same container checks as an upload before exceljs reads them.
 */
export async function annotateWorkbook(bytes: Uint8Array, issues: readonly Issue[]): Promise<Uint8Array> {
  // The same container checks, sheet bounds and element budget as an upload, before exceljs reads it;
  // dropped from the copy: structures exceljs would expand cell by cell (read from the checked parts).
  const workbook = await openBoundedWorkbook(bytes, {
    ignoreNodes: (entries) => (structureArea(entries) > MAX_STRUCTURE_CELLS ? MEMORY_BOMB_NODES : []),
  });
  // The copy goes back to a person who edits it in Excel: formula-like text gets its apostrophe
  // (the parser takes it off again, so the fixed copy uploads with the answers as typed).
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && isFormulaLike(cell.value)) cell.value = safeText(cell.value);
      });
    });
  }
  for (const { sheet, cell, messages } of byCell(issues).values()) {
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) continue;
    const target = worksheet.getCell(cell);
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: PROBLEM_FILL_ARGB } };
    target.note = messages.join('\n\n');
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** What the annotated download needs besides the file: the framework and whose file it is. */
export interface AnnotateOptions {
  framework: Framework;
  expected: { assessmentId: string; agencyCode: string };
  lang: Lang;
}

/**
 * The annotated copy of a stored rejected file: parsed again for its issues, then marked up. A
 * file the bounded opener refuses (too complex, too many rows: no cell to mark) throws that
 * AppError, so the download answers its 4xx instead of opening the file a second time.
 */
export async function annotateRejectedFile(bytes: Uint8Array, options: AnnotateOptions): Promise<Uint8Array> {
  const { parseSubmissionWorkbook } = await import('../../shared/core/workbook/parse-submission.js');
  let issues: readonly Issue[];
  try {
    issues = (await parseSubmissionWorkbook(bytes, options)).issues;
  } catch (error) {
    if (!isAppError(error) || error.issues.length === 0) throw error;
    issues = error.issues;
  }
  return annotateWorkbook(bytes, issues);
}
