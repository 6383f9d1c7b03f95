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
  /**
   * XML elements of the whole workbook, every part and every name counted (the template has
   * ~2,000). exceljs keeps ~350 bytes per element it reads (a million `<hyperlink>` cost ~350 MB),
   * so this bounds one open to ~35 MB whatever the elements are called: the memory budget.
   */
  elements: 100_000,
} as const;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const LT = 0x3c;
const COLON = 0x3a;
/** Bytes that may follow an element name: space, tab, CR, LF, `>`, `/`. */
const NAME_END = new Set([0x20, 0x09, 0x0d, 0x0a, 0x3e, 0x2f]);
/** Bytes after `<` that open no element: an end tag, a processing instruction, a comment/CDATA/DTD. */
const NOT_AN_ELEMENT = new Set([0x2f, 0x3f, 0x21]);

/**
 * Counts the elements of XML bytes as written: `<name` and `<prefix:name` alike (a sheet may bind
 * the main namespace to a prefix, `<x:row>`, and exceljs reads it the same). `local` limits the
 * count to one local name; without it every element counts. Stops once the count passes `limit`,
 * so a hostile part is refused after its first few hundred KB. Node's `indexOf` finds each `<`
 * natively; only the bytes of the names are visited here.
 */
export function countElements(xml: Uint8Array, local: string | null, limit: number): number {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const name = local === null ? null : Buffer.from(local, 'latin1');
  let count = 0;
  for (let i = bytes.indexOf(LT); i !== -1; i = bytes.indexOf(LT, i + 1)) {
    const first = bytes[i + 1];
    if (first === undefined || NOT_AN_ELEMENT.has(first)) continue;
    if (name !== null && !hasLocalName(bytes, i + 1, name)) continue;
    count += 1;
    if (count > limit) return count;
  }
  return count;
}

/** Whether the qualified name starting at `at` has local name `name` (after an optional prefix). */
function hasLocalName(bytes: Buffer, at: number, name: Buffer): boolean {
  let start = at;
  // A prefix is short; scanning a few dozen bytes for its colon keeps the check O(name length).
  for (let k = at; k < at + 64 && k < bytes.length; k++) {
    const b = bytes[k]!;
    if (b === COLON) {
      start = k + 1;
      break;
    }
    if (NAME_END.has(b)) break;
  }
  if (bytes.length < start + name.length + 1) return false;
  for (let k = 0; k < name.length; k++) if (bytes[start + k] !== name[k]) return false;
  return NAME_END.has(bytes[start + name.length]!);
}

type Bound = 'rows' | 'cells' | 'sharedStrings' | 'elements';

/** The element names a part's bounds watch: worksheets count rows and cells, shared strings `si`. */
function watchedNames(name: string): [local: Buffer, bound: Bound, limit: number][] {
  if (name === 'xl/sharedStrings.xml')
    return [[Buffer.from('si'), 'sharedStrings', SHEET_LIMITS.sharedStrings]];
  if (WORKSHEET.test(name)) {
    return [
      [Buffer.from('row'), 'rows', SHEET_LIMITS.rows],
      [Buffer.from('c'), 'cells', SHEET_LIMITS.cells],
    ];
  }
  return [];
}

/** What a scan of one part has counted so far; `scanned` is where the next scan resumes. */
export interface PartTally {
  scanned: number;
  total: number;
  counts: number[];
}

/** A tally with nothing counted yet. */
export const emptyTally = (): PartTally => ({ scanned: 0, total: 0, counts: [0, 0] });

/**
 * Elements whose `<` lies this close to the end of a prefix wait for the next, longer prefix: the
 * name (with a prefix of up to 64 bytes) may not have been inflated yet.
 */
const NAME_MARGIN = 80;

/**
 * Scans a part from where `tally` stopped: counts every element and the watched names (prefix or
 * not), and stops at the first bound crossed. `left` is what remains of the workbook's element
 * budget. With `prefix` set, `xml` is the beginning of a part whose longer beginnings may follow
 * (the probe): elements at its very end are left for the next call, so nothing is counted twice.
 */
function scanPart(
  name: string,
  xml: Uint8Array,
  tally: PartTally,
  left: number,
  prefix = false,
): Bound | null {
  const watched = watchedNames(name);
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const end = prefix ? bytes.length - NAME_MARGIN : bytes.length;
  const { counts } = tally;
  let i = bytes.indexOf(LT, tally.scanned);
  for (; i !== -1 && i < end; i = bytes.indexOf(LT, i + 1)) {
    const first = bytes[i + 1];
    if (first === undefined || NOT_AN_ELEMENT.has(first)) continue;
    if (++tally.total > left) return 'elements';
    for (let w = 0; w < watched.length; w++) {
      const [local, bound, limit] = watched[w]!;
      if (hasLocalName(bytes, i + 1, local) && ++counts[w]! > limit) return bound;
    }
  }
  tally.scanned = i === -1 ? bytes.length : i;
  return null;
}

/**
 * The probe's check of a growing beginning of one part: counts only what earlier, shorter
 * beginnings did not reach (each element once), against the whole element budget.
 */
export function exceededBoundInPrefix(name: string, prefix: Uint8Array, tally: PartTally): Bound | null {
  if (!isXmlPart(name)) return null;
  return scanPart(name, prefix, tally, SHEET_LIMITS.elements, true);
}

/** Whether a part is XML whose elements count against the budget (media hold none). */
export function isXmlPart(name: string): boolean {
  return !name.toLowerCase().startsWith('xl/media/');
}

/**
 * The first bound the workbook crosses, counted on the XML as written: rows and cells per
 * worksheet, shared strings, and the element budget of the whole workbook (every XML part; media
 * skipped). `part` names where. Null when within every bound.
 */
export function exceededBound(
  entries: ReadonlyMap<string, Uint8Array>,
  elements: number = SHEET_LIMITS.elements,
): { bound: Bound; part: string } | null {
  let left = elements;
  for (const [name, data] of entries) {
    if (!isXmlPart(name) || data.length < 2) continue;
    const tally = emptyTally();
    const over = scanPart(name, data, tally, left);
    if (over) return { bound: over, part: name };
    left -= tally.total;
  }
  return null;
}

/** What sheet bound an upload crosses first (rows, cells, shared strings), or null. */
export function exceededSheetBound(
  entries: ReadonlyMap<string, Uint8Array>,
): 'rows' | 'cells' | 'sharedStrings' | null {
  const found = exceededBound(entries, Number.POSITIVE_INFINITY);
  return found && found.bound !== 'elements' ? found.bound : null;
}
