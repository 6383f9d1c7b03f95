import type { Workbook, Worksheet } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LOCAL_MGI_FRAMEWORK } from '../frameworks/local-mgi.js';
import type { Lang } from '../types.js';
import { loadExcelJs } from '../workbook/exceljs.js';
import { generateTemplate } from './generate-template.js';
import { META_SHEET_NAME } from './meta-sheet.js';

async function template(lang: Lang, prefill = false): Promise<Workbook> {
  const bytes = await generateTemplate({
    framework: LOCAL_MGI_FRAMEWORK,
    assessment: { id: 'jateng-2026', name: 'Local MGI Jawa Tengah' },
    agency: { code: 'BAPPEDA', name: 'Bappeda Provinsi' },
    lang,
    now: new Date('2026-02-01T00:00:00Z'),
    prefill: prefill
      ? [
          {
            indicatorId: '2.03',
            answer: 'partially',
            justificationType: 'programme',
            justification: 'Program X 2024',
            evidence: '=SUM(1)',
          },
        ]
      : undefined,
  });
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

function rowOf(sheet: Worksheet, id: string): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (sheet.getCell(r, 1).value === id) return r;
  throw new Error(`no row ${id}`);
}

describe('generateTemplate', () => {
  it('writes instructions, responses and a very hidden metadata sheet', async () => {
    const wb = await template('en');
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Instructions', 'visible'],
      ['Responses', 'visible'],
      [META_SHEET_NAME, 'veryHidden'],
    ]);
    const meta = wb.getWorksheet(META_SHEET_NAME)!;
    const values = Object.fromEntries(
      meta
        .getSheetValues()
        .filter(Boolean)
        .map((row) => (row as string[]).slice(1, 3)),
    );
    expect(values).toEqual({
      format: 'mgi-collect-template',
      templateVersion: '1',
      frameworkId: 'local-mgi',
      frameworkVersion: LOCAL_MGI_FRAMEWORK.version,
      assessmentId: 'jateng-2026',
      agencyCode: 'BAPPEDA',
      lang: 'en',
      generatedAt: '2026-02-01T00:00:00.000Z',
    });
    const instructions = wb.getWorksheet('Instructions')!.getColumn(1).values.join('\n');
    expect(instructions).toContain('Bappeda Provinsi (BAPPEDA)');
    expect(instructions).toContain('at least 10 characters');
    expect(instructions).toContain('Do not rename or delete sheets');
  });

  it('lays out the responses sheet by domain with the English headers', async () => {
    const sheet = (await template('en')).getWorksheet('Responses')!;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'ID',
      'Domain',
      'Indicator',
      'Answer',
      'Justification type',
      'Justification',
      'Evidence',
    ]);
    expect(sheet.getCell('A4').value).toBe("1. Migrants' rights");
    expect(sheet.getCell('A5').value).toBe('1.01');
    const ids = sheet
      .getColumn(1)
      .values.filter((v): v is string => typeof v === 'string' && /^\d+\.\d+$/.test(v));
    expect(ids).toEqual(LOCAL_MGI_FRAMEWORK.indicators.map((i) => i.id));
    const headings = sheet.getColumn(1).values.filter((v) => typeof v === 'string' && /^\d\. /.test(v));
    expect(headings).toHaveLength(6);
    expect(sheet.getRow(rowOf(sheet, '2.01')).getCell(2).value).toBe('Whole-of-government approach');
  });

  it('unlocks only the answer cells of a protected sheet', async () => {
    const sheet = (await template('en')).getWorksheet('Responses')!;
    // exceljs reads the protection element but does not type it.
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    const r = rowOf(sheet, '3.04');
    const locked = [1, 2, 3, 4, 5, 6, 7].map((c) => sheet.getRow(r).getCell(c).protection?.locked ?? true);
    expect(locked).toEqual([true, true, true, false, false, false, false]);
    expect(sheet.getCell('A3').protection?.locked ?? true).toBe(true);
  });

  it('offers dropdowns in the chosen language on bounded ranges', async () => {
    for (const [lang, answers, types] of [
      ['en', '"Yes,Partially,No,Don\'t know,Not applicable"', '"Regulation,Programme,Best practice"'],
      ['id', '"Ya,Sebagian,Tidak,Tidak tahu,Bukan kewenangan"', '"Regulasi,Program,Praktik baik"'],
    ] as const) {
      const wb = await template(lang);
      const sheet = wb.worksheets[1]!;
      const r = rowOf(sheet, '6.13');
      expect(sheet.getRow(r).getCell(4).dataValidation).toMatchObject({ type: 'list', formulae: [answers] });
      expect(sheet.getRow(r).getCell(5).dataValidation).toMatchObject({ type: 'list', formulae: [types] });
      expect(sheet.getRow(r).getCell(6).dataValidation?.type).toBeUndefined();
      expect(sheet.getRow(r + 1).getCell(4).dataValidation?.type).toBeUndefined();
    }
  });

  it('writes each dropdown range once, none overlapping (Excel repairs overlapping validations)', async () => {
    const bytes = await generateTemplate({
      framework: LOCAL_MGI_FRAMEWORK,
      assessment: { id: 'jateng-2026', name: 'Local MGI Jawa Tengah' },
      agency: { code: 'BAPPEDA', name: 'Bappeda Provinsi' },
      lang: 'en',
    });
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet2.xml']!);
    const ranges = [...xml.matchAll(/<dataValidation [^>]*sqref="([A-Z]+)(\d+):\1(\d+)"/g)].map((m) => ({
      column: m[1]!,
      from: Number(m[2]),
      to: Number(m[3]),
    }));
    const covered = new Map<string, number>();
    for (const { column, from, to } of ranges) {
      for (let row = from; row <= to; row += 1) {
        const cell = `${column}${row}`;
        covered.set(cell, (covered.get(cell) ?? 0) + 1);
      }
    }
    // one range per domain and column: 6 domains x (answer, justification type)
    expect(ranges).toHaveLength(12);
    expect([...covered.values()].every((n) => n === 1)).toBe(true);
    expect(covered.size).toBe(2 * LOCAL_MGI_FRAMEWORK.indicators.length);
    expect(covered.has('D5')).toBe(true);
    expect(covered.has('E85')).toBe(true);
  });

  it('is readable and printable: widths, wrapping, frozen header, landscape fit to width', async () => {
    const sheet = (await template('en')).getWorksheet('Responses')!;
    expect(sheet.getColumn(3).width).toBe(60);
    expect(sheet.getRow(rowOf(sheet, '1.01')).getCell(3).alignment?.wrapText).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.pageSetup.printTitlesRow).toBe('3:3');
  });

  it('writes Indonesian headers and the pre-fill as labels and plain text', async () => {
    const sheet = (await template('id', true)).getWorksheet('Isian')!;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'ID',
      'Dimensi',
      'Indikator',
      'Jawaban',
      'Jenis justifikasi',
      'Justifikasi',
      'Bukti dukung',
    ]);
    const row = sheet.getRow(rowOf(sheet, '2.03'));
    expect([row.getCell(4).value, row.getCell(5).value, row.getCell(6).value]).toEqual([
      'Sebagian',
      'Program',
      'Program X 2024',
    ]);
    // Pre-filled text that looks like a formula stays text, with the apostrophe an edit keeps.
    expect(row.getCell(7).value).toBe("'=SUM(1)");
  });
});

describe('generateTemplate with review comments and a deadline', () => {
  it('puts each comment as a note on the answer cell and the deadline in WIB on the instructions', async () => {
    const target = LOCAL_MGI_FRAMEWORK.indicators[3]!;
    const bytes = await generateTemplate({
      framework: LOCAL_MGI_FRAMEWORK,
      assessment: { id: 'a', name: 'A' },
      agency: { code: 'X', name: 'X' },
      lang: 'id',
      comments: [{ indicatorId: target.id, text: 'Sebutkan nomor Perda.' }],
      deadline: '2026-09-30T16:59:00.000Z',
    });
    const ExcelJS = await loadExcelJs();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const [instructions, responses] = book.worksheets as [Worksheet, Worksheet];
    expect(instructions.getCell('A2').value).toBe('Batas waktu: 30 September 2026 pukul 23.59 WIB');
    let noted: { id: unknown; note: unknown }[] = [];
    responses.eachRow((row) => {
      const cell = row.getCell(4);
      if (cell.note) noted = [...noted, { id: row.getCell(1).value, note: cell.note }];
    });
    expect(noted).toHaveLength(1);
    expect(noted[0]!.id).toBe(target.id);
    expect(JSON.stringify(noted[0]!.note)).toContain('Sebutkan nomor Perda.');
  });
});
