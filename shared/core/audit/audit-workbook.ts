/**
 * The audit log as a workbook (`GET .../audit?format=xlsx`): one row per entry, newest first.
 * Every value is written as text, and text that a spreadsheet could read as a formula (starting
 * with = + - @ or a tab/CR) gets a leading apostrophe, so nothing anyone typed can become a formula,
 * even after the file is re-saved or copied into another program.
 */
import type { Lang } from '../types.js';
import { loadExcelJs } from '../workbook/exceljs.js';
import { safeText } from '../workbook/safe-text.js';
import type { AuditEntry } from './audit-entry.js';

const HEADERS: Record<Lang, string[]> = {
  en: ['Time (UTC)', 'Actor kind', 'Actor id', 'Actor name', 'Action', 'Target', 'Before', 'After'],
  id: [
    'Waktu (UTC)',
    'Jenis pelaku',
    'Id pelaku',
    'Nama pelaku',
    'Tindakan',
    'Sasaran',
    'Sebelum',
    'Sesudah',
  ],
};

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

/** The audit entries as an .xlsx workbook (one sheet, a header row, filters on). */
export async function writeAuditWorkbook(entries: readonly AuditEntry[], lang: Lang): Promise<Uint8Array> {
  const ExcelJs = await loadExcelJs();
  const book = new ExcelJs.Workbook();
  const sheet = book.addWorksheet(lang === 'id' ? 'Log audit' : 'Audit log');
  const headers = HEADERS[lang];
  sheet.addRow(headers).font = { bold: true };
  for (const e of entries) {
    const row = sheet.addRow(
      [e.at, e.actor.kind, e.actor.id, e.actor.name, e.action, e.target, json(e.before), json(e.after)].map(
        safeText,
      ),
    );
    row.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, i) => {
    column.width = i >= 6 ? 60 : i === 0 ? 26 : 20;
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
