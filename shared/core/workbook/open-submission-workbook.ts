import type { Workbook } from 'exceljs';
import type { Lang } from '../types.js';
import { MEMORY_BOMB_NODES } from './exceljs.js';
import { openBoundedWorkbook } from './open-bounded-workbook.js';

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

/**
 * Opens an uploaded workbook through the bounded opener, skipping the parts the parser never reads:
 * a sheet over the row or cell limit throws `upload.too_many_rows`, a workbook over the element
 * budget `upload.too_complex`, an unreadable one `upload.unreadable`, with messages in `lang`.
 */
export function openSubmissionWorkbook(bytes: Uint8Array, lang: Lang = 'en'): Promise<Workbook> {
  return openBoundedWorkbook(bytes, { lang, ignoreNodes: IGNORED_NODES });
}
