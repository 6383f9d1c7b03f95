import { describe, expect, it } from 'vitest';
import {
  billionLaughsWorkbook,
  buildZip,
  cfbFile,
  csvRenamed,
  docxLikeZip,
  encryptedEntryWorkbook,
  filledTemplate,
  macroWorkbook,
  manyEntries,
  minimalWorkbook,
  minimalWorkbookParts,
  pdfRenamed,
  unsafeNameWorkbook,
  withZip64EndRecord,
  xxeWorkbook,
  zipBombDeclared,
  zipBombLyingSize,
  zipBombManyParts,
} from '../../../test/fixtures/hostile-files.js';
import { AppError } from '../app-error.js';
import { ERRORS, type ErrorCode } from '../errors/index.js';
import { checkContainer, hasDtdDeclaration, inspectContainer, probeLargeParts } from './check-container.js';

function rejection(bytes: Uint8Array): AppError {
  try {
    checkContainer(bytes);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected checkContainer to throw');
}

describe('checkContainer accepts real workbooks', () => {
  it('passes a generated template and returns its inflated parts', async () => {
    const bytes = await filledTemplate();
    const { entries, totalInflated } = inspectContainer(bytes);
    expect(entries.has('xl/workbook.xml')).toBe(true);
    const workbook = new TextDecoder().decode(entries.get('xl/workbook.xml'));
    expect(workbook).toContain('name="Responses"');
    expect(totalInflated).toBe([...entries.values()].reduce((n, e) => n + e.length, 0));
  });

  it('passes the minimal hand-built workbook, stored or deflated', () => {
    expect(() => checkContainer(minimalWorkbook())).not.toThrow();
    const stored = buildZip(
      Object.entries(minimalWorkbookParts()).map(([name, data]) => ({ name, data, stored: true })),
    );
    expect(inspectContainer(stored).entries.get('xl/worksheets/sheet1.xml')?.length).toBeGreaterThan(100);
  });

  it('follows a ZIP64 end record, and counts its entries against the limit', () => {
    expect(inspectContainer(withZip64EndRecord(minimalWorkbook())).entries.size).toBe(5);
    expect(rejection(withZip64EndRecord(manyEntries(600))).code).toBe('upload.too_many_entries');
  });

  it('accepts a filled 76-indicator template (its time is in bench/parse.ts)', async () => {
    const bytes = await filledTemplate();
    expect(() => checkContainer(bytes)).not.toThrow();
  });
});

describe('checkContainer rejects each hostile container with its own code', () => {
  const cases: [string, () => Uint8Array, string, number][] = [
    ['an empty file', () => new Uint8Array(0), 'upload.empty', 415],
    ['a CFB (encrypted or .xls) file', cfbFile, 'upload.encrypted_or_legacy', 415],
    ['a .csv renamed .xlsx', csvRenamed, 'upload.not_a_workbook', 415],
    ['a .pdf renamed .xlsx', pdfRenamed, 'upload.not_a_workbook', 415],
    ['a three-byte file', () => new Uint8Array([0x50, 0x4b, 0x03]), 'upload.not_a_workbook', 415],
    ['a zip without xl/workbook.xml', docxLikeZip, 'upload.not_a_workbook', 415],
    ['a truncated zip', () => minimalWorkbook().subarray(0, 300), 'upload.corrupt_zip', 422],
    ['20,000 entries', () => manyEntries(), 'upload.too_many_entries', 422],
    ['501 entries', () => manyEntries(501 - 5), 'upload.too_many_entries', 422],
    ['an entry named ../evil', () => unsafeNameWorkbook('../evil'), 'upload.unsafe_entry_name', 422],
    [
      'an entry named xl/../../evil',
      () => unsafeNameWorkbook('xl/../../evil'),
      'upload.unsafe_entry_name',
      422,
    ],
    ['an entry named /abs', () => unsafeNameWorkbook('/abs'), 'upload.unsafe_entry_name', 422],
    ['an entry named a\\b', () => unsafeNameWorkbook('a\\b'), 'upload.unsafe_entry_name', 422],
    ['an entry named C:/x', () => unsafeNameWorkbook('C:/x'), 'upload.unsafe_entry_name', 422],
    [
      'a NUL in a name',
      () => unsafeNameWorkbook(new Uint8Array([0x61, 0, 0x62])),
      'upload.unsafe_entry_name',
      422,
    ],
    ['a duplicated part name', () => unsafeNameWorkbook('XL/Workbook.xml'), 'upload.unsafe_entry_name', 422],
    ['an encrypted entry', encryptedEntryWorkbook, 'upload.encrypted_or_legacy', 415],
    ['a macro workbook', macroWorkbook, 'upload.macros', 415],
    ['an XXE sheet', xxeWorkbook, 'upload.xml_entities', 422],
    ['billion laughs', billionLaughsWorkbook, 'upload.xml_entities', 422],
    ['a 64 MB part declared honestly', zipBombDeclared, 'upload.zip_bomb', 413],
    ['a 64 MB part declared as 1 KB', zipBombLyingSize, 'upload.zip_bomb', 413],
    ['60 MB in parts at 50:1, 20 MB declared as 1 KB', zipBombManyParts, 'upload.zip_bomb', 413],
  ];
  it.each(cases)('%s', (_label, build, code, status) => {
    const error = rejection(build());
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.message).toBe(ERRORS[code as ErrorCode].en);
    expect(ERRORS[code as ErrorCode].status).toBe(status);
  });

  it('finds macros from the content type alone', () => {
    const types = minimalWorkbookParts()['[Content_Types].xml']!.replace(
      'spreadsheetml.sheet.main+xml',
      'sheet.macroEnabled.main+xml',
    );
    expect(rejection(minimalWorkbook({ '[Content_Types].xml': types })).code).toBe('upload.macros');
  });

  it('accepts exactly 500 entries', () => {
    expect(() => checkContainer(manyEntries(500 - 5))).not.toThrow();
  });

  it('rejects a part whose real size differs from the declared one', () => {
    const lying = (declaredSize: number) =>
      buildZip([
        ...Object.entries(minimalWorkbookParts()).map(([name, data]) => ({ name, data })),
        { name: 'xl/theme/theme1.xml', data: '<a/>'.repeat(100), declaredSize },
      ]);
    expect(rejection(lying(10)).code).toBe('upload.zip_bomb');
    expect(rejection(lying(4000)).code).toBe('upload.corrupt_zip');
  });

  it('stops a bomb that lies about its size', () => {
    expect(rejection(zipBombLyingSize()).code).toBe('upload.zip_bomb');
  });
});

describe('hasDtdDeclaration', () => {
  it('finds DOCTYPE and ENTITY but not comments or CDATA', () => {
    const t = (s: string) => hasDtdDeclaration(new TextEncoder().encode(s));
    expect(t('<?xml version="1.0"?><!DOCTYPE x><x/>')).toBe(true);
    expect(t('<x><!ENTITY a "b"></x>')).toBe(true);
    expect(t('<x><!-- note! --><![CDATA[a!b]]>Hi!</x>')).toBe(false);
  });

  it('reads UTF-16 parts', () => {
    const utf16 = (s: string) => new Uint8Array(Buffer.from(`\ufeff${s}`, 'utf16le'));
    expect(hasDtdDeclaration(utf16('<!DOCTYPE x><x/>'))).toBe(true);
    expect(hasDtdDeclaration(utf16('<x>fine!</x>'))).toBe(false);
  });
});

describe('probeLargeParts', () => {
  it('hands over growing beginnings of a large part, stopping at ~8 MB, and skips small parts', () => {
    // ~30 MB of XML in ~3 MB: varied enough to stay under the 100:1 ratio limit.
    const big = Array.from({ length: 1_200_000 }, (_, i) => `<hyperlink ref="B${i}"/>`).join('');
    const zip = minimalWorkbook({ 'xl/worksheets/sheet2.xml': big });
    const seen: [string, number][] = [];
    probeLargeParts(zip, (name, prefix) => {
      seen.push([name, prefix.length]);
      expect(new TextDecoder().decode(prefix.subarray(0, 21))).toBe('<hyperlink ref="B0"/>');
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map(([name]) => name))).toEqual(new Set(['xl/worksheets/sheet2.xml']));
    const sizes = seen.map(([, size]) => size);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(sizes.at(-1)!).toBeGreaterThanOrEqual(8 * 1024 * 1024);
    expect(sizes.at(-1)!).toBeLessThan(big.length);
  });

  it('runs the directory checks first', () => {
    expect(() => probeLargeParts(macroWorkbook(), () => {})).toThrow(
      expect.objectContaining({ code: 'upload.macros' }),
    );
  });
});
