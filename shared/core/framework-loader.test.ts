import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import type { Framework } from './framework.js';
import { parseFrameworkJson, parseFrameworkWorkbook, writeFrameworkWorkbook } from './framework-loader.js';
import { LOCAL_MGI_FRAMEWORK } from './frameworks/local-mgi.js';

const SMALL: Framework = {
  id: 'pilot',
  version: '1',
  name: { en: 'Pilot', id: 'Percontohan' },
  domains: [
    { id: '1', name: { en: 'Rights', id: 'Hak' } },
    { id: '2', name: { en: 'Partners', id: 'Mitra' } },
  ],
  indicators: [
    { id: '1.01', domainId: '1', text: { en: 'Health care', id: 'Layanan kesehatan' } },
    {
      id: '1.02',
      domainId: '1',
      text: { en: 'Schools', id: 'Sekolah' },
      guidance: { en: 'Cite', id: 'Sebut' },
    },
    { id: '2.01', domainId: '2', text: { en: 'Agency', id: 'Badan' } },
  ],
};

/** Loads a framework workbook, lets `edit` break it, and returns the new bytes. */
async function edited(framework: Framework, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeFrameworkWorkbook(framework)) as never);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The AppError a failing call throws. */
async function rejection(run: () => unknown): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the framework to be rejected');
}

const brief = (e: AppError) =>
  e.issues.map((i) => ({ code: i.code, sheet: i.sheet, cell: i.cell, field: i.field }));

describe('framework workbook', () => {
  it('round-trips local-mgi unchanged', async () => {
    const bytes = await writeFrameworkWorkbook(LOCAL_MGI_FRAMEWORK);
    expect(await parseFrameworkWorkbook(bytes)).toEqual(LOCAL_MGI_FRAMEWORK);
  });

  it('loads a hand-built 87-indicator workbook: columns moved, a title row, notes, numeric ids, blank rows', async () => {
    const wb = new ExcelJS.Workbook();
    const meta = wb.addWorksheet('Framework');
    meta.addRows([
      ['key', 'value'],
      ['id', 'local-mgi-pilot'],
      ['version', '2025.2'],
      ['name_en', 'Pilot'],
      ['name_id', 'Uji coba'],
    ]);
    const domains = wb.addWorksheet('domains');
    domains.addRows([['Name EN', 'ID', 'Name ID']]);
    for (let d = 1; d <= 6; d++) domains.addRow([`Domain ${d}`, d, `Dimensi ${d}`]);
    const indicators = wb.addWorksheet('Indicators');
    indicators.addRow(['Local MGI pilot indicators (87)']);
    indicators.addRow(['Text_EN', 'Notes', 'Domain', 'id', 'text id', 'guidance-en', 'guidance_id']);
    const sizes = [15, 18, 12, 15, 12, 15];
    sizes.forEach((size, d) => {
      for (let n = 1; n <= size; n++) {
        const id = n === 10 ? Number(`${d + 1}.1`) : `${d + 1}.${String(n).padStart(2, '0')}`;
        indicators.addRow([`Indicator ${d + 1}/${n}`, 'note', `${d + 1}`, id, `Indikator ${d + 1}/${n}`]);
      }
      indicators.addRow([]);
    });
    const fw = await parseFrameworkWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(fw.id).toBe('local-mgi-pilot');
    expect(fw.domains.map((d) => d.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(fw.indicators).toHaveLength(87);
    expect(fw.indicators[9]).toEqual({
      id: '1.10',
      domainId: '1',
      text: { en: 'Indicator 1/10', id: 'Indikator 1/10' },
    });
    expect(fw.indicators.at(-1)!.id).toBe('6.15');
  });

  it('names the header cell where a missing column belongs', async () => {
    const bytes = await edited(SMALL, (wb) => wb.getWorksheet('Indicators')!.spliceColumns(4, 1));
    const error = await rejection(() => parseFrameworkWorkbook(bytes));
    expect(error.code).toBe('framework.invalid');
    expect(error.status).toBe(422);
    expect(brief(error)).toEqual([
      { code: 'framework.missing_column', sheet: 'Indicators', cell: 'F1', field: 'text_id' },
    ]);
    expect(error.issues[0]!.message).toContain('text_id');
  });

  it('reports a missing sheet', async () => {
    const bytes = await edited(SMALL, (wb) => wb.removeWorksheet(wb.getWorksheet('Domains')!.id));
    const error = await rejection(() => parseFrameworkWorkbook(bytes));
    expect(brief(error)).toEqual([
      { code: 'framework.missing_sheet', sheet: 'Domains', cell: null, field: null },
    ]);
  });

  it('reports a duplicate id, an unknown domain and an empty text at their cells, all at once', async () => {
    const bytes = await edited(SMALL, (wb) => {
      const ws = wb.getWorksheet('Indicators')!;
      ws.getCell('A3').value = '1.01';
      ws.getCell('B4').value = '7';
      ws.getCell('D2').value = '  ';
    });
    const error = await rejection(() => parseFrameworkWorkbook(bytes, { lang: 'id' }));
    expect(brief(error)).toEqual(
      expect.arrayContaining([
        { code: 'framework.empty_text', sheet: 'Indicators', cell: 'D2', field: 'text_id' },
        { code: 'framework.duplicate_indicator', sheet: 'Indicators', cell: 'A3', field: 'id' },
        { code: 'framework.unknown_domain', sheet: 'Indicators', cell: 'B4', field: 'domain' },
        { code: 'framework.empty_domain', sheet: 'Domains', cell: 'A3', field: 'id' },
      ]),
    );
    expect(error.issues).toHaveLength(4);
    expect(error.issues.find((i) => i.cell === 'B4')!.message).toMatch(
      /^Indicators!B4 \(domain\): dimensi "7" tidak terdaftar/,
    );
    expect(error.message).toMatch(/^Kerangka indikator ditolak: 4 masalah/);
  });

  it('rejects a malformed indicator id and a missing framework id', async () => {
    const bytes = await edited(SMALL, (wb) => {
      wb.getWorksheet('Indicators')!.getCell('A2').value = '1.1a';
      wb.getWorksheet('Framework')!.getCell('B2').value = null;
    });
    const error = await rejection(() => parseFrameworkWorkbook(bytes));
    expect(brief(error)).toEqual([
      { code: 'framework.invalid_id', sheet: 'Framework', cell: 'B2', field: 'id' },
      { code: 'framework.invalid_id', sheet: 'Indicators', cell: 'A2', field: 'id' },
    ]);
    expect(error.issues[1]!.message).toContain('use the form D.NN');
  });

  it('refuses bytes that are not a workbook before exceljs reads them', async () => {
    const error = await rejection(() => parseFrameworkWorkbook(new TextEncoder().encode('id,name\n1,x')));
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.status).toBeLessThan(500);
  });
});

describe('parseFrameworkJson', () => {
  it('round-trips local-mgi', () => {
    expect(parseFrameworkJson(JSON.stringify(LOCAL_MGI_FRAMEWORK))).toEqual(LOCAL_MGI_FRAMEWORK);
  });

  it('reports malformed JSON', async () => {
    const error = await rejection(() => parseFrameworkJson('{"id": "x",'));
    expect(error.code).toBe('framework.invalid');
    expect(brief(error)).toEqual([{ code: 'framework.json_syntax', sheet: null, cell: null, field: null }]);
  });

  it('names the JSON path of each problem', async () => {
    const broken = structuredClone(SMALL) as unknown as Record<string, unknown> & Framework;
    broken.indicators[2]!.id = '1.01';
    broken.indicators[0]!.text.id = '';
    broken.indicators[1]!.domainId = '9';
    const error = await rejection(() => parseFrameworkJson(JSON.stringify(broken)));
    expect(error.issues.map((i) => [i.code, i.field, i.indicatorId])).toEqual(
      expect.arrayContaining([
        ['framework.empty_text', 'indicators[0].text.id', '1.01'],
        ['framework.duplicate_indicator', 'indicators[2].id', '1.01'],
        ['framework.unknown_domain', 'indicators[1].domainId', '1.02'],
      ]),
    );
  });

  it('reports missing parts and wrong types', async () => {
    const error = await rejection(() =>
      parseFrameworkJson('{"id": "x", "version": 3, "name": {"en": "a", "id": "b"}}'),
    );
    expect(error.issues.map((i) => [i.code, i.field])).toEqual([
      ['framework.invalid_type', 'version'],
      ['framework.missing_value', 'domains'],
      ['framework.missing_value', 'indicators'],
    ]);
  });
});
