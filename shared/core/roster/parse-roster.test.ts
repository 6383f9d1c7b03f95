import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../app-error.js';
import { parseRosterWorkbook } from './parse-roster.js';
import { writeRosterWorkbook } from './write-roster.js';

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('parseRosterWorkbook', () => {
  it('reads agencies by header, upper-cases codes and maps English and Indonesian levels', async () => {
    const bytes = await writeRosterWorkbook({
      lang: 'en',
      titleRows: ['Central Java Local MGI 2026 — participating agencies'],
      rows: [
        { code: 'disnakertrans', name: '  Dinas Tenaga Kerja  dan Transmigrasi ', level: 'Provincial' },
        { code: 'DISNAKER-CLP', name: 'Dinas Tenaga Kerja Kabupaten Cilacap', level: 'kabupaten / kota' },
        { code: 'UNDIP', name: 'Universitas Diponegoro', level: 'University' },
      ],
    });
    const roster = await parseRosterWorkbook(bytes);
    expect(roster.lang).toBe('en');
    expect(roster.issues).toEqual([]);
    expect(roster.agencies).toEqual([
      { code: 'DISNAKERTRANS', name: 'Dinas Tenaga Kerja dan Transmigrasi', level: 'provincial', row: 3 },
      { code: 'DISNAKER-CLP', name: 'Dinas Tenaga Kerja Kabupaten Cilacap', level: 'district', row: 4 },
      { code: 'UNDIP', name: 'Universitas Diponegoro', level: 'academic', row: 5 },
    ]);
  });

  it('finds moved columns by their Indonesian headers and reports bad rows by cell in Indonesian', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan').addRow(['tidak ada tabel di sini']);
    const sheet = wb.addWorksheet('Instansi');
    sheet.addRow(['Tingkat', 'No', 'Nama', 'Kode']);
    sheet.addRow(['LSM', 1, 'Migrant Care Jawa Tengah', 'MIGRANTCARE']);
    sheet.addRow(['Provinsi', 2, '', 'DINKES']);
    sheet.addRow(['Kecamatan', 3, 'Kantor Camat', 'camat-1']);
    sheet.addRow(['Nasional', 4, 'Kantor Imigrasi', 'X']);
    sheet.addRow(['LSM', 5, 'Duplikat', 'migrantcare']);
    sheet.addRow([]);
    sheet.addRow(['Akademisi', 6, { formula: 'UPPER("x")' }, 'UNNES']);
    const roster = await parseRosterWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(roster.sheet).toBe('Instansi');
    expect(roster.lang).toBe('id');
    expect(roster.agencies.map((a) => a.code)).toEqual(['MIGRANTCARE']);
    expect(roster.issues.map((i) => [i.sheet, i.cell, i.field, i.code])).toEqual([
      ['Instansi', 'C3', 'name', 'roster.name_missing'],
      ['Instansi', 'A4', 'level', 'roster.level_invalid'],
      ['Instansi', 'D5', 'code', 'roster.code_invalid'],
      ['Instansi', 'D6', 'code', 'roster.code_duplicate'],
      ['Instansi', 'C8', 'name', 'roster.formula'],
    ]);
    expect(roster.issues[1]!.message).toContain('Kecamatan');
    expect(roster.issues[3]!.message).toMatch(/sudah dipakai pada baris 2/);
  });

  it('rejects a workbook without a roster header, in the language asked for', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['agency', 'contact']);
    const error = await rejection(
      parseRosterWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), { lang: 'id' }),
    );
    expect(error.code).toBe('roster.no_header');
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/kode/);
  });

  it('rejects a header with no rows under it, and bytes that are not a workbook', async () => {
    const empty = await writeRosterWorkbook({ lang: 'en', rows: [] });
    expect((await rejection(parseRosterWorkbook(empty))).code).toBe('roster.empty');
    const csv = new TextEncoder().encode('code,name,level\nA1,B,provincial\n');
    expect((await rejection(parseRosterWorkbook(csv))).status).toBe(415);
  });
  it('reads the optional contact columns (EN or ID headers) and reports a malformed e-mail or phone by cell', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Instansi');
    sheet.addRow(['kode', 'nama', 'tingkat', 'narahubung', 'e-mail', 'telepon']);
    sheet.addRow([
      'dinkes',
      'Dinas Kesehatan',
      'Provinsi',
      'Ibu Sari',
      'sari@dinkes.go.id',
      '(024) 351-1234',
    ]);
    sheet.addRow(['BAPPEDA', 'Bappeda', 'Provinsi', '', 'bappeda(at)jateng', '']);
    sheet.addRow(['DISNAKER', 'Disnaker', 'Provinsi', 'Pak Budi', '', '0812-ABC']);
    sheet.addRow(['DINSOS', 'Dinas Sosial', 'Provinsi', '', '', 81234567890]);
    const roster = await parseRosterWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(roster.lang).toBe('id');
    expect(roster.agencies).toEqual([
      {
        code: 'DINKES',
        name: 'Dinas Kesehatan',
        level: 'provincial',
        contactName: 'Ibu Sari',
        email: 'sari@dinkes.go.id',
        phone: '(024) 351-1234',
        row: 2,
      },
      {
        code: 'DINSOS',
        name: 'Dinas Sosial',
        level: 'provincial',
        contactName: null,
        email: null,
        phone: '81234567890',
        row: 5,
      },
    ]);
    expect(roster.issues.map((i) => [i.cell, i.field, i.code])).toEqual([
      ['E3', 'email', 'roster.email_invalid'],
      ['F4', 'phone', 'roster.phone_invalid'],
    ]);
    expect(roster.issues[0]!.message).toMatch(/^Baris 3: "bappeda\(at\)jateng" bukan alamat e-mail/);
  });

  it('reads English contact headers written by writeRosterWorkbook', async () => {
    const bytes = await writeRosterWorkbook({
      lang: 'en',
      rows: [{ code: 'UNDIP', name: 'Universitas Diponegoro', level: 'Academic', email: 'lppm@undip.ac.id' }],
    });
    const roster = await parseRosterWorkbook(bytes);
    expect(roster.agencies[0]).toMatchObject({
      code: 'UNDIP',
      email: 'lppm@undip.ac.id',
      contactName: null,
      phone: null,
    });
  });
});
