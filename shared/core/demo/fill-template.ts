import type { Worksheet } from 'exceljs';
import { matchHeaderRow, type ResponseColumn } from '../template/headers.js';
import type { ResponseInput } from '../validate-responses.js';
import { readCellValue } from '../workbook/cell-value.js';
import { loadExcelJs } from '../workbook/exceljs.js';

const FIELDS = ['answer', 'justificationType', 'justification', 'evidence'] as const;

function findLayout(sheet: Worksheet) {
  for (let r = 1; r <= Math.min(sheet.rowCount, 20); r++) {
    const cells: [number, string][] = [];
    sheet.getRow(r).eachCell((cell, col) => {
      const reading = readCellValue(cell.value);
      if (reading.kind === 'text') cells.push([col, reading.text]);
    });
    const { columns } = matchHeaderRow(cells);
    if (columns.has('id') && FIELDS.every((f) => columns.has(f))) return { headerRow: r, columns };
  }
  return null;
}

/**
 * Types `rows` into a downloaded template, as an agency does in its spreadsheet program: the
 * responses sheet and its columns are found by header, rows by the indicator id in the id column,
 * and only the four answer cells are written (as text). Returns the saved workbook.
 */
export async function fillTemplate(template: Uint8Array, rows: ResponseInput[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template.buffer, template.byteOffset, template.byteLength) as never);
  for (const sheet of workbook.worksheets) {
    const layout = findLayout(sheet);
    if (!layout) continue;
    const rowOf = new Map<string, number>();
    const idCol = layout.columns.get('id')!;
    for (let r = layout.headerRow + 1; r <= sheet.rowCount; r++) {
      const reading = readCellValue(sheet.getRow(r).getCell(idCol).value);
      if (reading.kind === 'text') rowOf.set(reading.text.trim(), r);
    }
    for (const input of rows) {
      const r = rowOf.get(input.indicatorId);
      if (r === undefined) continue;
      for (const field of FIELDS) {
        const value = input[field];
        sheet.getRow(r).getCell(layout.columns.get(field as ResponseColumn)!).value =
          value === null || value === undefined || value === '' ? null : String(value);
      }
    }
    const buffer = await workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  }
  throw new Error('the template has no responses sheet with ID and answer headers');
}
