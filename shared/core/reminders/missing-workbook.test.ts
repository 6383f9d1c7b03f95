import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeMissingWorkbook } from './missing-workbook.js';

describe('writeMissingWorkbook', () => {
  it('lists missing agencies with contacts, every user text as text', async () => {
    const bytes = await writeMissingWorkbook({
      assessmentName: 'Jateng 2026',
      lang: 'id',
      rows: [
        {
          code: 'DINKES',
          name: 'Dinas Kesehatan',
          level: 'provincial',
          contactName: 'Ibu Sari',
          email: 's@x.id',
          phone: '0812 345',
        },
        {
          code: 'EVIL',
          name: '=HYPERLINK("http://x","y")',
          level: 'ngo',
          contactName: null,
          email: null,
          phone: null,
        },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    const sheet = wb.getWorksheet('Belum mengirim')!;
    expect(sheet.getCell('A1').value).toBe('Jateng 2026: 2 instansi belum mengirim');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'kode',
      'nama',
      'tingkat',
      'narahubung',
      'e-mail',
      'telepon',
    ]);
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'DINKES',
      'Dinas Kesehatan',
      'Provinsi',
      'Ibu Sari',
      's@x.id',
      '0812 345',
    ]);
    expect(sheet.getCell('B5').type).toBe(ExcelJS.ValueType.String);
    // Formula-like text carries the apostrophe that keeps it text when edited in Excel.
    expect(sheet.getCell('B5').value).toBe(`'=HYPERLINK("http://x","y")`);
  });
});
