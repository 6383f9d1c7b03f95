import { describe, expect, it } from 'vitest';
import type { TemplateMeta } from '../types.js';
import { loadExcelJs } from '../workbook/exceljs.js';
import { META_SHEET_NAME, readMetaSheet, TEMPLATE_VERSION, writeMetaSheet } from './meta-sheet.js';

const META: TemplateMeta = {
  format: 'mgi-collect-template',
  templateVersion: TEMPLATE_VERSION,
  frameworkId: 'local-mgi',
  frameworkVersion: '2026.1',
  assessmentId: 'jateng-2026',
  agencyCode: 'DINKES',
  lang: 'id',
  generatedAt: '2026-01-15T08:00:00.000Z',
};

async function workbookWithMeta() {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Isian').getCell('A1').value = 'format';
  const sheet = writeMetaSheet(workbook, META);
  return { workbook, sheet };
}

describe('metadata sheet', () => {
  it('writes key/value rows on a very hidden sheet and reads them back', async () => {
    const { workbook, sheet } = await workbookWithMeta();
    expect([sheet.name, sheet.state]).toEqual([META_SHEET_NAME, 'veryHidden']);
    expect(readMetaSheet(workbook)).toEqual({ status: 'ok', meta: META, sheet });
  });

  it('reads values a program turned into numbers, rows moved and a renamed visible sheet', async () => {
    const { workbook, sheet } = await workbookWithMeta();
    sheet.getCell('B2').value = 1;
    sheet.spliceRows(1, 0, ['Do not edit this sheet']);
    sheet.name = 'Sheet3';
    sheet.state = 'visible';
    expect(readMetaSheet(workbook)).toMatchObject({ status: 'ok', meta: META });
  });

  it('tells a missing, a damaged and a newer metadata sheet apart', async () => {
    const missing = await workbookWithMeta();
    missing.workbook.removeWorksheet(missing.sheet.id);
    expect(readMetaSheet(missing.workbook)).toEqual({ status: 'missing' });

    const damaged = await workbookWithMeta();
    damaged.sheet.getCell('B5').value = null; // assessmentId
    expect(readMetaSheet(damaged.workbook)).toEqual({ status: 'invalid', sheet: damaged.sheet });

    const newer = await workbookWithMeta();
    newer.sheet.getCell('B2').value = String(TEMPLATE_VERSION + 1);
    expect(readMetaSheet(newer.workbook)).toEqual({
      status: 'newer',
      version: TEMPLATE_VERSION + 1,
      sheet: newer.sheet,
    });
  });
});
