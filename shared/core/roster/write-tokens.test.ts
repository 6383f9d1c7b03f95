import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeTokensWorkbook } from './write-tokens.js';

describe('writeTokensWorkbook', () => {
  it('writes one text row per agency with token and sign-in address, formulas kept as text', async () => {
    const bytes = await writeTokensWorkbook({
      assessmentId: 'jateng-2026',
      lang: 'id',
      publicUrl: 'http://localhost:3000/',
      entries: [
        {
          code: 'DINKES',
          name: 'Dinas Kesehatan Provinsi Jawa Tengah',
          level: 'provincial',
          token: 'mgi_abc123',
        },
        { code: 'EVIL', name: '=HYPERLINK("http://x","y")', level: 'ngo', token: null },
      ],
      issues: [
        {
          sheet: 'Instansi',
          cell: 'C7',
          indicatorId: null,
          field: 'name',
          code: 'roster.name_missing',
          message: 'Baris 7: nama instansi kosong.',
        },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    const sheet = wb.getWorksheet('Token')!;
    expect(sheet.getRow(4).values).toEqual([undefined, 'kode', 'nama', 'tingkat', 'token', 'alamat masuk']);
    expect(sheet.getCell('A5').value).toBe('DINKES');
    expect(sheet.getCell('C5').value).toBe('Provinsi');
    expect(sheet.getCell('D5').value).toBe('mgi_abc123');
    // The address a clerk opens in a browser: the web sign-in, never an API URL.
    expect(sheet.getCell('E5').value).toBe('http://localhost:3000/signin?lang=id');
    expect(sheet.getCell('B6').value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(sheet.getCell('B6').type).toBe(ExcelJS.ValueType.String);
    expect(String(sheet.getCell('D6').value)).toMatch(/sudah terdaftar/);
    expect(wb.getWorksheet('Masalah')!.getRow(2).values).toEqual([
      undefined,
      'Instansi',
      'C7',
      'name',
      'roster.name_missing',
      'Baris 7: nama instansi kosong.',
    ]);
  });
});
