import type { Lang } from '../types.js';
import { loadExcelJs } from '../workbook/exceljs.js';
import { ROSTER_HEADER_LABELS } from './roster-headers.js';

/** One roster row as typed by a person: free text, not yet validated. */
export interface RosterRowInput {
  code: string;
  name: string;
  level: string;
}

/**
 * Writes a roster workbook (`code | name | level`, or `kode | nama | tingkat` in Indonesian) that
 * `parseRosterWorkbook` reads: the blank roster a coordinator fills, the demo's roster, and test
 * fixtures (rows are written as given, so bad rows can be built too). `titleRows` puts notes above
 * the header, as people do.
 */
export async function writeRosterWorkbook(input: {
  rows: RosterRowInput[];
  lang: Lang;
  sheetName?: string;
  titleRows?: string[];
}): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(
    input.sheetName ?? (input.lang === 'id' ? 'Daftar instansi' : 'Roster'),
  );
  sheet.columns = [{ width: 18 }, { width: 60 }, { width: 18 }];
  for (const note of input.titleRows ?? []) sheet.addRow([note]);
  const labels = ROSTER_HEADER_LABELS[input.lang];
  sheet.addRow([labels.code, labels.name, labels.level]).font = { bold: true };
  for (const row of input.rows) sheet.addRow([row.code, row.name, row.level]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
