import { normalizeLabel } from '../answers.js';
import { HEADER_LABELS, matchHeader } from '../template/headers.js';
import { TEMPLATE_FORMAT } from '../template/meta-sheet.js';
import { SHEET_NAMES } from '../template/template-texts.js';
import { SHEET_LIMITS } from './sheet-bounds.js';

/**
 * Which worksheet parts of an upload the parser would read without ever using them, decided from
 * the zip alone so that exceljs need not parse them: today the template's instructions sheet.
 *
 * The parser finds its sheets by content (`findResponsesSheet`: the first sheet with an ID and an
 * Answer header; `readMetaSheet`: `_mgi_meta`, else the first sheet whose rows say
 * `format | mgi-collect-template`), so a sheet may be left out only when none of its cells can hold
 * a header label or the template format — whatever the sheet is called. Its name (the template's
 * instructions sheet, EN or ID) only picks the candidates. Anything this reader cannot be sure how
 * exceljs would see (comments, CDATA, rich text, a value that is not a plain number, a string
 * that is not one plain `<t>`, ambiguous workbook relationships) keeps the sheet. A sheet left out
 * can no longer fail the load: an instructions sheet exceljs cannot read (broken XML, a bad cell
 * reference) but that passes these checks no longer makes the upload `upload.unreadable`.
 *
 * What exceljs does without the part: `WorkbookXform.reconcile` skips a `<sheet>` whose part it did
 * not load, and the other sheets keep their names, ids (`sheetId`) and order (`workbook.worksheets`
 * sorts by the position in workbook.xml), so workbook.xml and its relationships stay as they are.
 * Print areas and titles (`localSheetId`) then point one sheet further on; the parser reads neither.
 */

/** Sheet names the template gives its instructions, in every template language. */
const INSTRUCTIONS_NAMES: ReadonlySet<string> = new Set(
  Object.values(SHEET_NAMES).map((n) => n.instructions),
);

const decoder = new TextDecoder();

/**
 * True when every `<` of the XML opens or closes an element: no comment, CDATA section or
 * processing instruction after the declaration (the container check has refused DOCTYPE), so
 * elements found by pattern are the elements an XML parser reports.
 */
export function markupOnly(xml: string): boolean {
  let body = 0;
  if (xml.startsWith('<?xml')) {
    body = xml.indexOf('?>') + 2;
    if (body === 1) return false;
  }
  return !xml.includes('<!') && xml.indexOf('<?', body) === -1;
}

const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*\/?>/y;

/**
 * The attributes of every `<name ...>` element (no namespace prefix, as exceljs matches them), or
 * null when one of them is not a well-formed start tag or repeats an attribute.
 */
export function elementAttributes(xml: string, name: string): Map<string, string>[] | null {
  const start = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  const found: Map<string, string>[] = [];
  for (const match of xml.matchAll(start)) {
    const attributes = new Map<string, string>();
    let at = match.index + match[0].length;
    for (;;) {
      ATTRIBUTE.lastIndex = at;
      const attribute = ATTRIBUTE.exec(xml);
      if (!attribute) break;
      if (attributes.has(attribute[1]!)) return null;
      attributes.set(attribute[1]!, attribute[2] ?? attribute[3]!);
      at = ATTRIBUTE.lastIndex;
    }
    TAG_END.lastIndex = at;
    if (!TAG_END.test(xml)) return null;
    found.push(attributes);
  }
  return found;
}

/** Attribute values compared as written: no entity or whitespace an XML parser would rewrite. */
const PLAIN_VALUE = /^[\w./-]+$/;

/**
 * The part each `<sheet>` of workbook.xml loads, resolved the way exceljs does
 * (`xl/` + the relationship target without a leading `/xl/`); null when a name, id or target is
 * not plain, or a relationship id repeats, so the mapping might differ from exceljs's.
 */
function sheetParts(
  workbookXml: string,
  relsXml: string,
): { name: string; sheetId: string; part: string | undefined }[] | null {
  if (!markupOnly(workbookXml) || !markupOnly(relsXml)) return null;
  const sheets = elementAttributes(workbookXml, 'sheet');
  const rels = elementAttributes(relsXml, 'Relationship');
  if (!sheets || !rels) return null;
  const targets = new Map<string, string>();
  for (const rel of rels) {
    const id = rel.get('Id');
    const target = rel.get('Target');
    if (id === undefined || targets.has(id) || !PLAIN_VALUE.test(id)) return null;
    if (target === undefined || !PLAIN_VALUE.test(target)) return null;
    targets.set(id, `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
  }
  const out: { name: string; sheetId: string; part: string | undefined }[] = [];
  for (const sheet of sheets) {
    const rId = sheet.get('r:id');
    const sheetId = sheet.get('sheetId');
    if (rId === undefined || !PLAIN_VALUE.test(rId) || sheetId === undefined || !/^\d+$/.test(sheetId)) {
      return null;
    }
    out.push({ name: sheet.get('name') ?? '', sheetId, part: targets.get(rId) });
  }
  return out;
}

/** The elements that decide what a cell can hold, without namespace prefix as exceljs reads them. */
const CELL_TOKEN = /<(\/?)(c|v|is|r|t)(?=[\s/>])/g;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** An attribute, as in a start tag. */
const ATTR = `\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*')`;
/** An inline string of one plain text (openpyxl writes every string so). */
const PLAIN_INLINE = new RegExp(`<is>\\s*<t(?:${ATTR})*\\s*>([^<]*)</t>\\s*</is>`, 'y');

/**
 * Whether an inline string could be a text the parser acts on, whatever the cell's type makes of
 * it: the text itself, its named entities decoded once more (exceljs does so for a `t="str"`
 * cell), or its `_xHHHH_` escapes decoded; null when the XML text cannot be read.
 */
function inlineMeaningful(raw: string): boolean | null {
  const text = plainText(raw, false);
  if (text === null) return null;
  if (meaningful(text) || meaningful(decodeEscapes(text))) return true;
  return (
    text.includes('&') && meaningful(text.replace(/&([a-z]*);/g, (m, name: string) => NAMED.get(name) ?? m))
  );
}

/**
 * The numbers a worksheet's cells hold — every shared-string index they can name — or null when a
 * cell could hold a text the parser acts on, or this reader cannot tell: an inline string that is
 * meaningful or not one plain `<t>`, rich text, a value that is not a plain number (a `t="str"`
 * cell holds its text there), a `<v>` with attributes or markup inside, two values in one cell
 * (exceljs joins them), or more than `maxCells` cells.
 */
export function cellNumbers(sheetXml: string, maxCells: number): number[] | null {
  if (!markupOnly(sheetXml)) return null;
  const numbers: number[] = [];
  let cells = 0;
  let valueInCell = false;
  CELL_TOKEN.lastIndex = 0;
  for (let token = CELL_TOKEN.exec(sheetXml); token; token = CELL_TOKEN.exec(sheetXml)) {
    const [, close, name] = token;
    if (name === 'c') {
      if (close) valueInCell = false;
      else if (++cells > maxCells) return null;
      continue;
    }
    if (close || valueInCell) return null;
    valueInCell = true;
    let text: string;
    if (name === 'is') {
      PLAIN_INLINE.lastIndex = token.index;
      const inline = PLAIN_INLINE.exec(sheetXml);
      if (!inline || inlineMeaningful(inline[1]!) !== false) return null;
      text = inline[1]!.trim();
      CELL_TOKEN.lastIndex = PLAIN_INLINE.lastIndex;
      // A `t="s"` cell would read the text as a shared-string index, as a `<v>`.
      if (!/^[+-]?\d/.test(text)) continue;
    } else {
      if (name !== 'v' || sheetXml[token.index + 2] !== '>') return null;
      const start = token.index + 3;
      const end = sheetXml.indexOf('<', start);
      if (!sheetXml.startsWith('</v>', end)) return null;
      text = sheetXml.slice(start, end);
      CELL_TOKEN.lastIndex = end + 4;
      if (text === '') continue;
      if (!NUMBER.test(text)) return null;
    }
    numbers.push(Number.parseInt(text, 10));
  }
  return numbers;
}

const SI_START = /<si(?=[\s/>])/g;
const PLAIN_SI = /^<si\s*>\s*<t(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*>([^<]*)<\/t>\s*<\/si\s*>$/;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** exceljs's decoding of the `_xHHHH_` escapes in shared strings. */
function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, code: string) =>
    String.fromCharCode(Number.parseInt(code, 16)),
  );
}

/**
 * The text an XML parser makes of `raw` text content (the five named entities and character
 * references), with exceljs's `_xHHHH_` escapes of shared strings decoded when `escapes`; null when
 * it holds another `&` (an XML parser fails on it).
 */
export function plainText(raw: string, escapes: boolean): string | null {
  let text = raw;
  if (raw.includes('&')) {
    if (raw.replace(ENTITY, '').includes('&')) return null;
    try {
      text = raw.replace(
        ENTITY,
        (_m, named: string | undefined, dec: string | undefined, hex: string | undefined) =>
          named ? NAMED.get(named)! : String.fromCodePoint(Number.parseInt(dec ?? hex!, dec ? 10 : 16)),
      );
    } catch {
      return null;
    }
  }
  return escapes ? decodeEscapes(text) : text;
}

/** Characters `normalizeLabel` drops or folds, and the `*` or `:` `matchHeader` strips. */
const FOLDED = '\\s\\u200B-\\u200D\\u2060\\uFEFF*:';
/** The longest header label, normalised: a text with more other characters names no column. */
const LONGEST_LABEL = Math.max(
  ...Object.values(HEADER_LABELS).flatMap((labels) =>
    Object.values(labels).map((l) => normalizeLabel(l).length),
  ),
);
/** More than {@link LONGEST_LABEL} characters that survive normalisation (linear: the classes are disjoint). */
const TOO_LONG_FOR_A_LABEL = new RegExp(`^[${FOLDED}]*(?:[^${FOLDED}][${FOLDED}]*){${LONGEST_LABEL + 1}}`);

/** A cell text the parser could act on: a responses header label, or the metadata sheet's format. */
export function meaningful(text: string): boolean {
  if (text.includes(TEMPLATE_FORMAT)) return true;
  // The length test spares matchHeader's normalisation, the costly part, for the long texts.
  return !TOO_LONG_FOR_A_LABEL.test(text) && matchHeader(text) !== undefined;
}

/**
 * The start of the shared-strings part up to the end of its `count`-th `</si>` (the whole part
 * when it has fewer): what comes later cannot change the strings before it.
 */
const SI_CLOSE = Buffer.from('</si');

function sharedStringsPrefix(data: Uint8Array, count: number): string {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    const close = bytes.indexOf(SI_CLOSE, at);
    if (close === -1) return decoder.decode(data);
    at = close + 4;
  }
  const end = bytes.indexOf('>', at);
  return decoder.decode(end === -1 ? data : data.subarray(0, end + 1));
}

/**
 * True when none of the shared strings at `indices` can be a text the parser acts on: each exists
 * and is one plain `<t>` whose text is no header label and no template format. A rich-text or
 * phonetic string, or an index past the table (exceljs fails on it), counts as meaningful.
 */
export function onlyPlainStrings(shared: Uint8Array | undefined, indices: readonly number[]): boolean {
  if (indices.length === 0) return true;
  // Without the part exceljs leaves the index as the cell's value: a number, never a label.
  if (shared === undefined) return true;
  const wanted = new Set(indices);
  let last = 0;
  for (const index of indices) {
    if (index < 0) return false;
    if (index > last) last = index;
  }
  const sharedXml = sharedStringsPrefix(shared, last + 1);
  if (!markupOnly(sharedXml)) return false;
  SI_START.lastIndex = 0;
  for (let index = 0; index <= last; index += 1) {
    const start = SI_START.exec(sharedXml);
    if (!start) return false;
    const close = sharedXml.indexOf('</si', start.index);
    if (close === -1) return false;
    // A self-closing or nested `<si>` would shift exceljs's numbering against this count.
    const next = sharedXml.indexOf('<si', start.index + 1);
    if (next !== -1 && next < close) return false;
    const end = sharedXml.indexOf('>', close) + 1;
    SI_START.lastIndex = end;
    if (!wanted.has(index)) continue;
    const plain = PLAIN_SI.exec(sharedXml.slice(start.index, end));
    const text = plain ? plainText(plain[1]!, true) : null;
    if (text === null || meaningful(text)) return false;
  }
  return true;
}

/**
 * The worksheet parts of `entries` the parser can do without: a sheet named like the template's
 * instructions whose cells cannot hold a header label or the template format, the only sheet on
 * its part, with a `sheetId` no other sheet has, and few enough cells that exceljs's column limit
 * cannot fail on it.
 */
export function unreadSheetParts(entries: ReadonlyMap<string, Uint8Array>): Set<string> {
  const unread = new Set<string>();
  const workbook = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return unread;
  const workbookXml = decoder.decode(workbook);
  // Cheap exit for files that have no such sheet.
  if (
    ![...INSTRUCTIONS_NAMES].some(
      (name) => workbookXml.includes(`"${name}"`) || workbookXml.includes(`'${name}'`),
    )
  )
    return unread;
  const sheets = sheetParts(workbookXml, decoder.decode(rels));
  if (!sheets) return unread;
  for (const sheet of sheets) {
    if (!INSTRUCTIONS_NAMES.has(sheet.name) || sheet.part === undefined) continue;
    const data = entries.get(sheet.part);
    if (!data) continue;
    if (
      sheets.some(
        (s) => s !== sheet && (s.part === sheet.part || Number(s.sheetId) === Number(sheet.sheetId)),
      )
    )
      continue;
    const numbers = cellNumbers(decoder.decode(data), SHEET_LIMITS.rowCells);
    if (numbers && onlyPlainStrings(entries.get('xl/sharedStrings.xml'), numbers)) unread.add(sheet.part);
  }
  return unread;
}
