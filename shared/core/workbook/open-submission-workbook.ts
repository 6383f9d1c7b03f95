import type { Workbook } from 'exceljs';
import type { AppError } from '../app-error.js';
import { fail } from '../errors/index.js';
import type { Lang } from '../types.js';
import { inspectContainer } from './check-container.js';
import { loadExcelJs, MEMORY_BOMB_NODES } from './exceljs.js';
import { exceededSheetBound, SHEET_LIMITS } from './sheet-bounds.js';

/**
 * Worksheet parts exceljs may skip: none carries a cell value. Merges, validations and conditional
 * formats are the known memory bombs (a merge of A10:XFD1048576, a whole-column validation); the
 * others are never read by the parser.
 */
export const IGNORED_NODES = [
  ...MEMORY_BOMB_NODES,
  'hyperlinks',
  'drawing',
  'picture',
  'tableParts',
  'autoFilter',
  'rowBreaks',
  'headerFooter',
  'extLst',
];

function tooManyRows(lang: Lang): AppError {
  return fail('upload.too_many_rows', { rows: SHEET_LIMITS.rows, cells: SHEET_LIMITS.cells }, { lang });
}

/**
 * Opens an uploaded workbook with exceljs after the container check, within the sheet bounds: a
 * sheet over the row or cell limit throws `upload.too_many_rows` before (or while) it is decoded,
 * an unreadable workbook `upload.unreadable`, both with messages in `lang`.
 */
export async function openSubmissionWorkbook(bytes: Uint8Array, lang: Lang = 'en'): Promise<Workbook> {
  // The container check inflates every part under its limits before exceljs sees the file.
  const { entries } = inspectContainer(bytes);
  // exceljs has its own row bound, but only after it has decoded the whole part into one string.
  if (exceededSheetBound(entries)) throw tooManyRows(lang);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const options = { ignoreNodes: IGNORED_NODES, maxRows: SHEET_LIMITS.rows, maxCols: SHEET_LIMITS.rowCells };
  try {
    await workbook.xlsx.load(bytes as never, options);
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    if (/^Max (row|column) count/.test(text)) throw tooManyRows(lang);
    throw fail('upload.unreadable', {}, { lang, cause: error });
  }
  return workbook;
}
