import type { Worksheet } from 'exceljs';
import { META_SHEET_NAME, TEMPLATE_FORMAT } from '../template/meta-sheet.js';
import { cellText } from './cell-value.js';

/** Rows of the metadata sheet searched for a key, as readMetaSheet does. */
const MAX_META_ROWS = 50;

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

/** The sheet that holds our metadata (by its `format` row), the one named `_mgi_meta` first. */
export function findMetaSheet(sheets: Worksheet[]): Worksheet | undefined {
  const ordered = [...sheets].sort(
    (a, b) =>
      Number(b.name.toLowerCase() === META_SHEET_NAME) - Number(a.name.toLowerCase() === META_SHEET_NAME),
  );
  return ordered.find((sheet) => {
    const row = rowOfKey(sheet, 'format');
    return row !== undefined && cellText(sheet.getRow(row).findCell(2)?.value)?.trim() === TEMPLATE_FORMAT;
  });
}

/**
 * The value cell of metadata `key` in `sheet` (the metadata sheet: key in column A, value in B), so
 * an error about a template's assessment, agency or version can name the cell that says it.
 */
export function metaPlace(sheet: Worksheet | undefined, key: string): MetaPlace {
  if (!sheet) return { sheet: META_SHEET_NAME, cell: null };
  const row = rowOfKey(sheet, key);
  return { sheet: sheet.name, cell: row === undefined ? null : `B${row}` };
}
