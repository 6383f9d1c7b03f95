import * as zlib from 'node:zlib';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { filledTemplate } from '../../../test/fixtures/hostile-files.js';
import { inspectContainer } from './check-container.js';
import { readCentralDirectory, readDirectoryBounds } from './check-container-zip.js';
import { slimWorkbookZip, storedZip, withoutEmptyCells } from './slim-zip.js';

describe('storedZip', () => {
  const files: [string, Uint8Array][] = [
    ['[Content_Types].xml', strToU8('<Types/>')],
    ['xl/workbook.xml', strToU8('<workbook>é ✓</workbook>')],
    ['xl/empty.xml', new Uint8Array(0)],
    ['xl/naïve.xml', strToU8('<x/>')],
  ];

  it('writes a zip that the container check and fflate read back byte for byte', () => {
    const zip = storedZip(files);
    const { entries } = inspectContainer(zip);
    expect([...entries.keys()]).toEqual(files.map(([name]) => name));
    for (const [name, data] of files) expect(entries.get(name)).toEqual(data);
    expect(Object.keys(unzipSync(zip))).toEqual(files.map(([name]) => name));
  });

  it('stores every part uncompressed with its CRC-32 in both headers', () => {
    const zip = storedZip(files);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const list = readCentralDirectory(zip, readDirectoryBounds(zip));
    list.forEach((entry, i) => {
      const data = files[i]![1];
      expect(entry.method).toBe(0);
      expect(entry.compressedSize).toBe(data.length);
      const local = entry.dataStart - 30 - entry.nameBytes.length;
      expect(view.getUint32(local + 14, true)).toBe(zlib.crc32(data));
    });
    // The central directory record of the first entry starts where the last entry's data ends.
    const last = list.at(-1)!;
    expect(view.getUint32(last.dataStart + last.compressedSize + 16, true)).toBe(zlib.crc32(files[0]![1]));
  });
});

describe('slimWorkbookZip', () => {
  it('keeps only the parts exceljs needs', async () => {
    const { entries } = inspectContainer(await filledTemplate());
    const kept = Object.keys(unzipSync(slimWorkbookZip(entries)));
    expect(kept.sort()).toEqual([
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
  });
});

describe('withoutEmptyCells', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const text = (data: Uint8Array) => new TextDecoder().decode(data);

  it('drops cell elements with no value, formula or type, and keeps every other byte', () => {
    const xml =
      '<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1"/><c r="C1"/>' +
      '<c r="D1" s="2" t="n"/><c r="E1" s="1" /><c r="F1" s="3"><f>1+1</f></c>' +
      '<c r="G1" t="inlineStr"><is><t>Perda nomor 5 — pekerja migran ✓</t></is></c><c r="XFD1048576" s="12"/></row>';
    expect(text(withoutEmptyCells(bytes(xml)))).toBe(
      '<row r="1"><c r="A1" s="1" t="s"><v>0</v></c>' +
        '<c r="D1" s="2" t="n"/><c r="E1" s="1" /><c r="F1" s="3"><f>1+1</f></c>' +
        '<c r="G1" t="inlineStr"><is><t>Perda nomor 5 — pekerja migran ✓</t></is></c></row>',
    );
  });

  it('returns the part itself when there is nothing to drop', () => {
    const xml = bytes('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    expect(withoutEmptyCells(xml)).toBe(xml);
  });

  it('leaves a UTF-16 part alone', () => {
    const utf16 = new Uint8Array(Buffer.from('\ufeff<c r="B1" s="1"/>', 'utf16le'));
    expect(withoutEmptyCells(utf16)).toBe(utf16);
  });
});
