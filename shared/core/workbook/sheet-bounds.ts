/** Bounds on what exceljs may build from one upload; the template has ~90 rows and ~700 cells. */
export const SHEET_LIMITS = {
  /** Rows per worksheet. */
  rows: 5000,
  /** Cells per worksheet (`<c>` elements, empty styled ones included). */
  cells: 100_000,
  /** Cells in one row (exceljs `maxCols`). */
  rowCells: 500,
  /** Shared strings of the workbook. */
  sharedStrings: 100_000,
} as const;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const LT = 0x3c;
/** Bytes that may follow an element name: space, tab, CR, LF, `>`, `/`. */
const NAME_END = new Set([0x20, 0x09, 0x0d, 0x0a, 0x3e, 0x2f]);

/**
 * Counts `<tag` elements in XML bytes, stopping as soon as the count passes `limit` — so a sheet of
 * 300,000 rows is refused after scanning its first few hundred KB, before exceljs inflates it into
 * a string and parses it.
 */
export function countElements(xml: Uint8Array, tag: string, limit: number): number {
  const name = Array.from(tag, (ch) => ch.charCodeAt(0));
  let count = 0;
  for (let i = xml.indexOf(LT); i !== -1; i = xml.indexOf(LT, i + 1)) {
    let k = 0;
    while (k < name.length && xml[i + 1 + k] === name[k]) k += 1;
    if (k === name.length && NAME_END.has(xml[i + 1 + k] ?? 0)) {
      count += 1;
      if (count > limit) return count;
    }
  }
  return count;
}

/** What bound an upload crosses first, or null when it is within all of them. */
export function exceededSheetBound(
  entries: ReadonlyMap<string, Uint8Array>,
): 'rows' | 'cells' | 'sharedStrings' | null {
  for (const [name, data] of entries) {
    if (name === 'xl/sharedStrings.xml') {
      if (countElements(data, 'si', SHEET_LIMITS.sharedStrings) > SHEET_LIMITS.sharedStrings)
        return 'sharedStrings';
    } else if (WORKSHEET.test(name)) {
      if (countElements(data, 'row', SHEET_LIMITS.rows) > SHEET_LIMITS.rows) return 'rows';
      if (countElements(data, 'c', SHEET_LIMITS.cells) > SHEET_LIMITS.cells) return 'cells';
    }
  }
  return null;
}
