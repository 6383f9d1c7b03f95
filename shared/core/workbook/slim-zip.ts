import { zipSync } from 'fflate';
import { unreadSheetParts } from './unread-sheets.js';

/**
 * Parts exceljs needs to read cell values: the workbook, its relationships (sheet names), shared
 * strings, styles (dates are numbers with a date format) and the worksheets. Themes, drawings,
 * media, comments, printer settings and document properties carry no answer.
 */
const NEEDED =
  /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/sheet\d+\.xml)$/;

/**
 * Re-packs the inflated parts of an xlsx (from the container check) with only what exceljs needs,
 * stored without compression: exceljs inflates every entry through JSZip, several times slower than
 * the inflation the container check has already done, and would parse themes nobody reads. The
 * instructions sheet is left out too when the zip shows the parser could not use it
 * ({@link unreadSheetParts}): it is a fifth of what exceljs parses in a filled template.
 */
export function slimWorkbookZip(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const unread = unreadSheetParts(entries);
  const kept: Record<string, Uint8Array> = Object.create(null);
  for (const [name, data] of entries) {
    if (NEEDED.test(name) && !unread.has(name)) kept[name] = data;
  }
  return zipSync(kept, { level: 0 });
}
