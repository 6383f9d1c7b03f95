import * as zlib from 'node:zlib';
import { zipSync } from 'fflate';
import { unreadSheetParts } from './unread-sheets.js';

/**
 * Parts exceljs needs to read cell values: the workbook, its relationships (sheet names), shared
 * strings, styles (dates are numbers with a date format) and the worksheets. Themes, drawings,
 * media, comments, printer settings and document properties carry no answer.
 */
const NEEDED =
  /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/sheet\d+\.xml)$/;

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
/** General-purpose flag: names are UTF-8. */
const UTF8_NAMES = 0x0800;
/** DOS date of 1980-01-01, the earliest a zip can say; time 00:00. */
const DOS_DATE = 0x0021;

/** Node's native CRC-32 (Node 20.15 and later). */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/**
 * A zip of `files` stored without compression, written in one buffer: fflate's `zipSync` at level 0
 * takes ~0.18 ms for a filled template's ~60 KB of parts (a JS CRC over every byte and a copy per
 * entry), this ~0.03 ms. No zip64, so for parts under 4 GB and fewer than 65,536 entries — the
 * container check allows 50 MB and 500.
 */
export function storedZip(files: readonly (readonly [name: string, data: Uint8Array])[]): Uint8Array {
  if (!crc32) return zipSync(Object.fromEntries(files), { level: 0 });
  const encoder = new TextEncoder();
  const names = files.map(([name]) => encoder.encode(name));
  let size = END_RECORD;
  files.forEach(([, data], i) => {
    size += LOCAL_HEADER + CENTRAL_HEADER + 2 * names[i]!.length + data.length;
  });
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  const crcs: number[] = [];
  let at = 0;
  files.forEach(([, data], i) => {
    const name = names[i]!;
    const crc = crc32(data);
    offsets.push(at);
    crcs.push(crc);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true); // version needed: 2.0
    view.setUint16(at + 6, UTF8_NAMES, true);
    view.setUint16(at + 8, 0, true); // stored
    view.setUint16(at + 10, 0, true); // time
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, crc, true);
    view.setUint32(at + 18, data.length, true);
    view.setUint32(at + 22, data.length, true);
    view.setUint16(at + 26, name.length, true);
    view.setUint16(at + 28, 0, true); // no extra field
    out.set(name, at + LOCAL_HEADER);
    out.set(data, at + LOCAL_HEADER + name.length);
    at += LOCAL_HEADER + name.length + data.length;
  });
  const directory = at;
  files.forEach(([, data], i) => {
    const name = names[i]!;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by
    view.setUint16(at + 6, 20, true); // needed
    view.setUint16(at + 8, UTF8_NAMES, true);
    view.setUint16(at + 10, 0, true);
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, crcs[i]!, true);
    view.setUint32(at + 20, data.length, true);
    view.setUint32(at + 24, data.length, true);
    view.setUint16(at + 28, name.length, true);
    // Extra and comment lengths, disk number and attributes stay 0.
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(name, at + CENTRAL_HEADER);
    at += CENTRAL_HEADER + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}

/**
 * Re-packs the inflated parts of an xlsx (from the container check) with only what exceljs needs,
 * stored without compression: exceljs inflates every entry through JSZip, several times slower than
 * the inflation the container check has already done, and would parse themes nobody reads. The
 * instructions sheet is left out too when the zip shows the parser could not use it
 * ({@link unreadSheetParts}): it is a fifth of what exceljs parses in a filled template.
 */
export function slimWorkbookZip(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const unread = unreadSheetParts(entries);
  const kept: [string, Uint8Array][] = [];
  for (const [name, data] of entries) {
    if (!NEEDED.test(name) || unread.has(name)) continue;
    kept.push([name, WORKSHEET.test(name) ? withoutEmptyCells(data) : data]);
  }
  return storedZip(kept);
}

const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * A cell element with a reference and at most a style, and nothing inside: no value, formula or
 * type. Excel writes one for every formatted blank cell (the template's title, domain and unfilled
 * rows hold ~180 of ~650). '<' cannot occur in XML text or attribute values, so these bytes are
 * always such an element (or sit in a comment).
 */
const EMPTY_CELL = /<c r="[A-Z]{1,3}[0-9]{1,7}"(?: s="[0-9]{1,5}")?\/>/g;

/**
 * The worksheet without its empty cell elements. exceljs builds a cell object for each, yet the
 * parser reads values only and skips blank cells: ~0.2 ms less per upload for ~0.03 ms of scan.
 * UTF-8 keeps every ASCII byte as itself, so the bytes are matched as Latin-1 and written back
 * unchanged around the cut elements; a part in another encoding never matches and stays as it is.
 */
export function withoutEmptyCells(xml: Uint8Array): Uint8Array {
  const text = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString('latin1');
  const slim = text.replace(EMPTY_CELL, '');
  return slim.length === text.length ? xml : new Uint8Array(Buffer.from(slim, 'latin1'));
}
