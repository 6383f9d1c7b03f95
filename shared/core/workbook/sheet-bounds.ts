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
/** Bytes that may follow an element name: space, tab, CR, LF, `>`, `/`. */
const NAME_END = new Set([0x20, 0x09, 0x0d, 0x0a, 0x3e, 0x2f]);

/**
 * Counts `<tag` elements in XML bytes, stopping as soon as the count passes `limit` — so a sheet of
 * 300,000 rows is refused after scanning its first few hundred KB, before exceljs inflates it into
 * a string and parses it. Node's `indexOf` finds each `<tag` (a native substring search), so other
 * elements cost nothing: ~4× faster than visiting every `<`.
 */
export function countElements(xml: Uint8Array, tag: string, limit: number): number {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const needle = Buffer.from(`<${tag}`, 'latin1');
  let count = 0;
  for (let i = bytes.indexOf(needle); i !== -1; i = bytes.indexOf(needle, i + needle.length)) {
    if (NAME_END.has(bytes[i + needle.length] ?? 0)) {
      count += 1;
      if (count > limit) return count;
    }
  }
  return count;
}

/**
 * Whether `xml` holds more than `limit` `<tag` elements. Each one counted takes `<`, the name and
 * the byte after it, so a part shorter than (limit + 1) × (name length + 2) bytes cannot: the
 * template's parts are far below every limit but the rows', and are not scanned for the others.
 */
function exceeds(xml: Uint8Array, tag: string, limit: number): boolean {
  return xml.length >= (limit + 1) * (tag.length + 2) && countElements(xml, tag, limit) > limit;
}

/** What bound an upload crosses first, or null when it is within all of them. */
export function exceededSheetBound(
  entries: ReadonlyMap<string, Uint8Array>,
): 'rows' | 'cells' | 'sharedStrings' | null {
  for (const [name, data] of entries) {
    if (name === 'xl/sharedStrings.xml') {
      if (exceeds(data, 'si', SHEET_LIMITS.sharedStrings)) return 'sharedStrings';
    } else if (WORKSHEET.test(name)) {
      if (exceeds(data, 'row', SHEET_LIMITS.rows)) return 'rows';
      if (exceeds(data, 'c', SHEET_LIMITS.cells)) return 'cells';
    }
  }
  return null;
}
