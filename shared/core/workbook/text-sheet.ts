import type * as ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs.js';

/**
 * A new workbook with one list sheet the service hands out (tokens, who is missing): every column
 * formatted as text, a bold title in A1, an optional note in A2, and a bold header row at
 * `headerRow`. The caller writes the rows below it (through `safeText`) and any further sheets.
 */
export async function textListWorkbook(input: {
  sheetName: string;
  widths: readonly number[];
  title: string;
  note?: string;
  headerRow: number;
  headers: readonly string[];
  now?: Date;
}): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mgi-collect';
  workbook.created = input.now ?? new Date();
  const sheet = workbook.addWorksheet(input.sheetName);
  sheet.columns = input.widths.map((width) => ({ width }));
  for (let c = 1; c <= input.widths.length; c++) sheet.getColumn(c).numFmt = '@';
  sheet.getCell('A1').value = input.title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  if (input.note !== undefined) sheet.getCell('A2').value = input.note;
  const header = sheet.getRow(input.headerRow);
  header.values = [...input.headers];
  header.font = { bold: true };
  return { workbook, sheet };
}
