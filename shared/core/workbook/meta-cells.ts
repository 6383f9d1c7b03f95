import type { Worksheet } from 'exceljs';
import { MAX_META_ROWS } from '../template/meta-sheet.js';
import { cellText } from './cell-value.js';

/** Where a metadata value is: the sheet and the value cell (column B of the key's row). */
export interface MetaPlace {
  sheet: string;
  cell: string | null;
}

function rowOfKey(sheet: Worksheet, key: string): number | undefined {
  const last = Math.min(sheet.rowCount, MAX_META_ROWS);
  for (let r = 1; r <= last; r += 1) {
    if (cellText(sheet.findRow(r)?.findCell(1)?.value)?.trim() === key) return r;
  }
  return undefined;
}

/**
 * The value cell of metadata `key` in `sheet` (the metadata sheet: key in column A, value in B), so
 * an error about a template's assessment, agency or version can name the cell that says it.
 */
export function metaPlace(sheet: Worksheet, key: string): MetaPlace {
  const row = rowOfKey(sheet, key);
  return { sheet: sheet.name, cell: row === undefined ? null : `B${row}` };
}
