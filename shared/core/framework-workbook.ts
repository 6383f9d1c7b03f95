import type * as ExcelJS from 'exceljs';
import type { Framework } from './framework.js';
import { loadExcelJs } from './workbook/exceljs.js';
import { safeText } from './workbook/safe-text.js';

/**
 * The framework workbook: a `Framework` sheet of `key | value` rows (id, version, name_en, name_id),
 * a `Domains` sheet (`id | name_en | name_id`) and an `Indicators` sheet
 * (`id | domain | text_en | text_id | guidance_en | guidance_id`), one row per entry. Columns are
 * found by their header, so a coordinator may reorder them or add columns of notes.
 */
export const FRAMEWORK_SHEETS = { meta: 'Framework', domains: 'Domains', indicators: 'Indicators' } as const;
export const META_KEYS = ['id', 'version', 'name_en', 'name_id'] as const;
export const DOMAIN_COLUMNS = ['id', 'name_en', 'name_id'] as const;
export const INDICATOR_COLUMNS = [
  'id',
  'domain',
  'text_en',
  'text_id',
  'guidance_en',
  'guidance_id',
] as const;
export const OPTIONAL_INDICATOR_COLUMNS: readonly string[] = ['guidance_en', 'guidance_id'];

/** Other spellings a person may give a header; keys are normalised headers. */
const HEADER_ALIASES: Record<string, string> = { domain_id: 'domain' };

/** A header as compared: trimmed, lower-case, spaces and dashes as underscores, aliases resolved. */
export function normalizeHeader(raw: string, sheet: string): string {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s\u00A0-]+/g, '_');
  // On the Domains sheet `domain_id` is the row's own id.
  if (sheet === FRAMEWORK_SHEETS.domains && key === 'domain_id') return 'id';
  return HEADER_ALIASES[key] ?? key;
}

/** Text of a cell of a coordinator's file: strings, numbers, rich text, links and formula results. */
export function cellString(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return v.richText.map((part: { text?: string }) => part.text ?? '').join('');
  if ('result' in v) return cellString(v.result as ExcelJS.CellValue);
  if (typeof v.text === 'string') return v.text;
  if (v.text && typeof v.text === 'object') return cellString(v.text as ExcelJS.CellValue);
  return '';
}

/**
 * An indicator id typed into a number cell: Excel keeps `1.10` as 1.1, and since ids have at least
 * two decimals, 1.1 can only have meant `1.10`.
 */
export function numericIndicatorId(value: number): string {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return value.toFixed(Math.max(2, decimals));
}

function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  rows: string[][],
  widths: number[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, i) => ({ header, key: header, width: widths[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(safeText));
  // Ids such as 1.10 must stay text when a person edits and re-saves the file.
  sheet.getColumn(1).numFmt = '@';
  for (const column of headers.keys())
    sheet.getColumn(column + 1).alignment = { wrapText: true, vertical: 'top' };
}

/** Writes a framework as a framework workbook that parseFrameworkWorkbook reads back unchanged. */
export async function writeFrameworkWorkbook(framework: Framework): Promise<Uint8Array> {
  const ExcelJs = await loadExcelJs();
  const workbook = new ExcelJs.Workbook();
  addTable(
    workbook,
    FRAMEWORK_SHEETS.meta,
    ['key', 'value'],
    [
      ['id', framework.id],
      ['version', framework.version],
      ['name_en', framework.name.en],
      ['name_id', framework.name.id],
    ],
    [12, 60],
  );
  addTable(
    workbook,
    FRAMEWORK_SHEETS.domains,
    DOMAIN_COLUMNS,
    framework.domains.map((d) => [d.id, d.name.en, d.name.id]),
    [8, 45, 45],
  );
  addTable(
    workbook,
    FRAMEWORK_SHEETS.indicators,
    INDICATOR_COLUMNS,
    framework.indicators.map((i) => [
      i.id,
      i.domainId,
      i.text.en,
      i.text.id,
      i.guidance?.en ?? '',
      i.guidance?.id ?? '',
    ]),
    [8, 8, 60, 60, 40, 40],
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
