import type { Lang } from '../types.js';
import { loadExcelJs } from '../workbook/exceljs.js';
import { safeText } from '../workbook/safe-text.js';
import { ROSTER_HEADER_LABELS } from './roster-headers.js';

/** One roster row as typed by a person: free text, not yet validated. */
export interface RosterRowInput {
  code: string;
  name: string;
  level: string;
  contactName?: string;
  email?: string;
  phone?: string;
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
  /** Write the contact columns (also when any row has a contact). */
  withContacts?: boolean;
}): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(
    input.sheetName ?? (input.lang === 'id' ? 'Daftar instansi' : 'Roster'),
  );
  const contacts = input.withContacts === true || input.rows.some((r) => r.contactName || r.email || r.phone);
  sheet.columns = [{ width: 18 }, { width: 60 }, { width: 18 }, { width: 30 }, { width: 34 }, { width: 20 }];
  // Text cells: a phone typed as 0812... keeps its leading zero.
  for (let c = 1; c <= 6; c++) sheet.getColumn(c).numFmt = '@';
  for (const note of input.titleRows ?? []) sheet.addRow([note]);
  const labels = ROSTER_HEADER_LABELS[input.lang];
  const header = [labels.code, labels.name, labels.level];
  if (contacts) header.push(labels.contactName, labels.email, labels.phone);
  sheet.addRow(header).font = { bold: true };
  for (const row of input.rows) {
    const values = [row.code, row.name, row.level];
    if (contacts) values.push(row.contactName ?? '', row.email ?? '', row.phone ?? '');
    sheet.addRow(values.map(safeText));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
