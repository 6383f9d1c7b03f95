import type { ResponseInput } from '../validate-responses.js';
import { readCellValue } from '../workbook/cell-value.js';
import { loadExcelJs } from '../workbook/exceljs.js';
import { findResponsesSheet } from '../workbook/responses-sheet.js';

const FIELDS = ['answer', 'justificationType', 'justification', 'evidence'] as const;

/**
 * Types `rows` into a downloaded template, as an agency does in its spreadsheet program: the
 * responses sheet and its columns are found by header, rows by the indicator id in the id column,
 * and only the four answer cells are written (as text). Returns the saved workbook.
 */
export async function fillTemplate(template: Uint8Array, rows: ResponseInput[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template.buffer, template.byteOffset, template.byteLength) as never);
  const found = findResponsesSheet(workbook.worksheets);
  if (!found || !FIELDS.every((field) => found.columns.has(field))) {
    throw new Error('the template has no responses sheet with ID and answer headers');
  }
  const { sheet, headerRow, columns } = found;
  const rowOf = new Map<string, number>();
  const idCol = columns.get('id')!;
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const reading = readCellValue(sheet.getRow(r).getCell(idCol).value);
    if (reading.kind === 'text') rowOf.set(reading.text.trim(), r);
  }
  for (const input of rows) {
    const r = rowOf.get(input.indicatorId);
    if (r === undefined) continue;
    for (const field of FIELDS) {
      const value = input[field];
      sheet.getRow(r).getCell(columns.get(field)!).value =
        value === null || value === undefined || value === '' ? null : String(value);
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
