import type { Workbook } from 'exceljs';
import type { AppError } from '../app-error.js';
import { fail } from '../errors/index.js';
import type { Lang } from '../types.js';
import { inspectContainer, probeLargeParts } from './check-container.js';
import { loadExcelJs, MEMORY_BOMB_NODES } from './exceljs.js';
import {
  emptyTally,
  exceededBound,
  exceededBoundInPrefix,
  type PartTally,
  SHEET_LIMITS,
} from './sheet-bounds.js';

/** What a caller may tune; the bounds themselves are the same for every path. */
export interface BoundedOpenOptions {
  /** Language of the error messages. */
  lang?: Lang;
  /**
   * Worksheet parts exceljs skips (default: the memory-bomb parts no reader uses); as a function,
   * chosen from the inflated parts the checks already read.
   */
  ignoreNodes?: readonly string[] | ((entries: ReadonlyMap<string, Uint8Array>) => readonly string[]);
}

function tooManyRows(lang: Lang): AppError {
  return fail('upload.too_many_rows', { rows: SHEET_LIMITS.rows, cells: SHEET_LIMITS.cells }, { lang });
}

/**
 * Checks a workbook's bytes as every opener must before exceljs sees them: the container checks
 * (zip bombs, entities, macros, names), the sheet bounds (rows, cells, shared strings) and the
 * memory budget (XML elements of the whole workbook), all counted on the XML as written. Throws
 * `upload.*` AppErrors (413/415/422); `upload.too_complex` (422) names the part over the budget.
 * Returns the inflated parts.
 */
export function checkWorkbookBounds(bytes: Uint8Array, lang: Lang = 'en'): ReadonlyMap<string, Uint8Array> {
  const tooComplex = (part: string) =>
    fail('upload.too_complex', { limit: SHEET_LIMITS.elements, part }, { lang });
  // A large part over the budget is refused on its first few MB, before the whole file is inflated.
  // Each longer beginning is counted from where the shorter one stopped, so a hostile part costs
  // one pass over the XML up to the bound, not one per beginning.
  const tallies = new Map<string, PartTally>();
  probeLargeParts(bytes, (name, prefix) => {
    const tally = tallies.get(name) ?? emptyTally();
    tallies.set(name, tally);
    const bound = exceededBoundInPrefix(name, prefix, tally);
    if (bound === 'elements') throw tooComplex(name);
    if (bound) throw tooManyRows(lang);
  });
  const { entries } = inspectContainer(bytes);
  const found = exceededBound(entries);
  if (found?.bound === 'elements') throw tooComplex(found.part);
  if (found) throw tooManyRows(lang);
  return entries;
}

/**
 * The one opener of uploaded and stored workbooks (upload, annotated download, bulk upload, roster
 * and framework import): `checkWorkbookBounds`, then exceljs with its own row and column bounds.
 * An unreadable workbook throws `upload.unreadable`; a bound crossed while reading, `upload.too_many_rows`.
 */
export async function openBoundedWorkbook(
  bytes: Uint8Array,
  options: BoundedOpenOptions = {},
): Promise<Workbook> {
  const lang = options.lang ?? 'en';
  const entries = checkWorkbookBounds(bytes, lang);
  const ignore = options.ignoreNodes ?? MEMORY_BOMB_NODES;
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const loadOptions = {
    ignoreNodes: [...(typeof ignore === 'function' ? ignore(entries) : ignore)],
    maxRows: SHEET_LIMITS.rows,
    maxCols: SHEET_LIMITS.rowCells,
  };
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
      loadOptions,
    );
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    if (/^Max (row|column) count/.test(text)) throw tooManyRows(lang);
    throw fail('upload.unreadable', {}, { lang, cause: error });
  }
  return workbook;
}
