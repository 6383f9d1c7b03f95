import type { Worksheet } from 'exceljs';
import { matchHeaderRow, type ResponseColumn } from '../template/headers.js';
import type { Lang } from '../types.js';
import { cellText } from './cell-value.js';

/** Rows searched for the header row: the template has it on row 3; people add a few rows above. */
const HEADER_SEARCH_ROWS = 30;

/** The sheet holding the responses, its header row and where each column is. */
export interface ResponsesSheet {
  sheet: Worksheet;
  headerRow: number;
  columns: Map<ResponseColumn, number>;
  /** Language the headers are written in; null when they do not tell. */
  lang: Lang | null;
}

function rowTexts(sheet: Worksheet, rowNumber: number): [number, string][] {
  const row = sheet.findRow(rowNumber);
  if (!row) return [];
  const cells: [number, string][] = [];
  row.eachCell((cell, col) => {
    const text = cellText(cell.value);
    if (text !== null) cells.push([col, text]);
  });
  return cells;
}

/**
 * Finds the responses sheet: the first sheet (in workbook order, skipping `skip`) with a row near
 * the top whose cells name both the ID and the Answer column, in English or Indonesian.
 */
export function findResponsesSheet(sheets: Worksheet[], skip?: Worksheet): ResponsesSheet | undefined {
  for (const sheet of sheets) {
    if (sheet === skip) continue;
    const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
    for (let r = 1; r <= last; r += 1) {
      const match = matchHeaderRow(rowTexts(sheet, r));
      if (match.columns.has('id') && match.columns.has('answer')) {
        return { sheet, headerRow: r, columns: match.columns, lang: match.lang };
      }
    }
  }
  return undefined;
}

/** Columns an upload must keep: without them answers would be lost without anyone noticing. */
export const REQUIRED_COLUMNS: readonly ResponseColumn[] = [
  'id',
  'answer',
  'justificationType',
  'justification',
  'evidence',
];
