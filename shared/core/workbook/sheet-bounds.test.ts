import { describe, expect, it } from 'vitest';
import {
  countElements,
  emptyTally,
  exceededBound,
  exceededBoundInPrefix,
  exceededSheetBound,
  SHEET_LIMITS,
} from './sheet-bounds.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('countElements', () => {
  it('counts elements of one name, whatever follows the name', () => {
    const xml = bytes(
      '<sheetData><row r="1"><c r="A1"/></row><row>\n</row><row/><rowBreaks/><rows/></sheetData>',
    );
    expect(countElements(xml, 'row', 100)).toBe(3);
    expect(countElements(xml, 'c', 100)).toBe(1);
  });

  it('stops once past the limit', () => {
    const xml = bytes('<row/>'.repeat(50));
    expect(countElements(xml, 'row', 10)).toBe(11);
  });
});

describe('exceededSheetBound', () => {
  const sheet = (rows: number, cellsPerRow: number) =>
    bytes(
      `<worksheet><sheetData>${`<row>${'<c><v>1</v></c>'.repeat(cellsPerRow)}</row>`.repeat(rows)}</sheetData></worksheet>`,
    );

  it('accepts a template-sized workbook', () => {
    expect(exceededSheetBound(new Map([['xl/worksheets/sheet1.xml', sheet(100, 7)]]))).toBeNull();
  });

  it('names the bound a workbook crosses', () => {
    expect(exceededSheetBound(new Map([['xl/worksheets/sheet2.xml', sheet(SHEET_LIMITS.rows + 1, 1)]]))).toBe(
      'rows',
    );
    expect(exceededSheetBound(new Map([['xl/worksheets/sheet2.xml', sheet(100, 1001)]]))).toBe('cells');
    const strings = bytes(`<sst>${'<si><t>x</t></si>'.repeat(SHEET_LIMITS.sharedStrings + 1)}</sst>`);
    expect(exceededSheetBound(new Map([['xl/sharedStrings.xml', strings]]))).toBe('sharedStrings');
  });

  it('skips a scan only when the part is too short to hold more elements than allowed', () => {
    // The densest bytes that count: `<c ` is 3 bytes, so limit + 1 of them are just long enough.
    const dense = (tag: string, n: number) => bytes(`<${tag} `.repeat(n));
    const sheet2 = (data: Uint8Array) => new Map([['xl/worksheets/sheet2.xml', data]]);
    expect(exceededSheetBound(sheet2(dense('row', SHEET_LIMITS.rows + 1)))).toBe('rows');
    expect(exceededSheetBound(sheet2(dense('row', SHEET_LIMITS.rows)))).toBeNull();
    expect(exceededSheetBound(sheet2(dense('c', SHEET_LIMITS.cells + 1)))).toBe('cells');
    expect(exceededSheetBound(sheet2(dense('c', SHEET_LIMITS.cells)))).toBeNull();
    const strings = (n: number) => new Map([['xl/sharedStrings.xml', dense('si', n)]]);
    expect(exceededSheetBound(strings(SHEET_LIMITS.sharedStrings + 1))).toBe('sharedStrings');
    expect(exceededSheetBound(strings(SHEET_LIMITS.sharedStrings))).toBeNull();
  });

  it('ignores parts that are not worksheets', () => {
    expect(exceededSheetBound(new Map([['xl/styles.xml', sheet(SHEET_LIMITS.rows + 1, 1)]]))).toBeNull();
  });
});

describe('bounds counted on the XML as written', () => {
  it('counts prefixed elements as their local name, and not end tags, comments or declarations (text inside a comment would count: over, never under)', () => {
    const xml = bytes(
      '<?xml version="1.0"?><!-- a comment --><x:sheetData><x:row r="1"><x:c r="A1"/></x:row><row/><x:rowBreaks/></x:sheetData>',
    );
    expect(countElements(xml, 'row', 100)).toBe(2);
    expect(countElements(xml, 'c', 100)).toBe(1);
    expect(countElements(xml, null, 100)).toBe(5);
  });

  it('refuses rows written as <x:row> past the row limit', () => {
    const rows = bytes(
      `<x:worksheet><x:sheetData>${'<x:row/>'.repeat(SHEET_LIMITS.rows + 1)}</x:sheetData></x:worksheet>`,
    );
    expect(exceededSheetBound(new Map([['xl/worksheets/sheet2.xml', rows]]))).toBe('rows');
  });

  it('sums every XML part against the element budget and names the part that crosses it', () => {
    const half = bytes(`<hyperlinks>${'<hyperlink/>'.repeat(SHEET_LIMITS.elements / 2)}</hyperlinks>`);
    const parts = new Map([
      ['xl/worksheets/sheet1.xml', half],
      ['xl/media/image1.png', bytes('<'.repeat(SHEET_LIMITS.elements))],
      ['xl/worksheets/sheet2.xml', half],
    ]);
    expect(exceededBound(parts)).toEqual({ bound: 'elements', part: 'xl/worksheets/sheet2.xml' });
    expect(exceededBound(new Map([['xl/worksheets/sheet1.xml', half]]))).toBeNull();
  });
});

describe('the probe counts growing beginnings of a part once', () => {
  it('counts each element once over beginnings cut anywhere, names split across a cut included', () => {
    const xml = bytes(
      `<x:worksheet><x:sheetData>${'<x:row r="1"><x:c r="A1"/></x:row>'.repeat(40)}</x:sheetData></x:worksheet>`,
    );
    const tally = emptyTally();
    for (const cut of [7, 100, 101, 350, 900, xml.length]) {
      expect(exceededBoundInPrefix('xl/worksheets/sheet1.xml', xml.subarray(0, cut), tally)).toBeNull();
    }
    // The last beginning's final 80 bytes wait for a longer one; the rest is counted exactly.
    const counted = xml.subarray(0, tally.scanned);
    expect(tally.total).toBe(countElements(counted, null, Number.POSITIVE_INFINITY));
    expect(tally.counts).toEqual([countElements(counted, 'row', 1e9), countElements(counted, 'c', 1e9)]);
    expect(tally.scanned).toBeGreaterThan(xml.length - 80);
  });

  it('refuses a part on the beginning that crosses the element budget', () => {
    const many = bytes(`<hyperlinks>${'<hyperlink/>'.repeat(SHEET_LIMITS.elements + 10)}</hyperlinks>`);
    const tally = emptyTally();
    const half = Math.floor(many.length / 2);
    expect(exceededBoundInPrefix('xl/worksheets/sheet2.xml', many.subarray(0, half), tally)).toBeNull();
    expect(exceededBoundInPrefix('xl/worksheets/sheet2.xml', many, tally)).toBe('elements');
    expect(exceededBoundInPrefix('xl/media/image1.png', many, emptyTally())).toBeNull();
  });
});
