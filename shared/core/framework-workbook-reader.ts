import type * as ExcelJS from 'exceljs';
import type { Framework } from './framework.js';
import type { IssuePlace, RawFrameworkIssue } from './framework-loader.js';
import {
  cellString,
  DOMAIN_COLUMNS,
  FRAMEWORK_SHEETS,
  INDICATOR_COLUMNS,
  META_KEYS,
  normalizeHeader,
  numericIndicatorId,
  OPTIONAL_INDICATOR_COLUMNS,
} from './framework-workbook.js';
import { cellRef } from './workbook/a1.js';
import { loadWorkbookBytes } from './workbook/exceljs.js';

/** How far down a sheet the header row is looked for (a title or notes may sit above it). */
const HEADER_SEARCH_ROWS = 10;

interface TableRow {
  row: number;
  values: Map<string, string>;
}

interface Table {
  sheet: string;
  columns: Map<string, number>;
  rows: TableRow[];
}

/** What readFrameworkWorkbook found: the candidate object, where each of its values came from, and structural problems. */
export interface FrameworkWorkbookReading {
  candidate: unknown;
  placeOf: (path: readonly PropertyKey[]) => IssuePlace;
  issues: RawFrameworkIssue[];
}

function sheetPlace(
  sheet: string,
  cell: string | null,
  field: string | null,
  indicatorId: string | null = null,
) {
  const label = cell
    ? `${sheet}!${cell}${field ? ` (${field})` : ''}`
    : `${sheet}${field ? ` (${field})` : ''}`;
  return { sheet, cell, field, indicatorId, label };
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === name.toLowerCase());
}

/** Reads a sheet whose header row names its columns; the first column listed is the row's id. */
function readTable(
  ws: ExcelJS.Worksheet,
  sheet: string,
  columns: readonly string[],
  optional: readonly string[],
  issues: RawFrameworkIssue[],
): Table | null {
  let headerRow = 0;
  const found = new Map<string, number>();
  let lastColumn = 0;
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount) && headerRow === 0; r++) {
    const row = ws.getRow(r);
    const headers = new Map<string, number>();
    row.eachCell((cell, col) => {
      const header = normalizeHeader(cellString(cell.value), sheet);
      if (header !== '' && !headers.has(header)) headers.set(header, col);
    });
    if (headers.has('id')) {
      headerRow = r;
      lastColumn = row.cellCount;
      for (const [name, col] of headers) found.set(name, col);
    }
  }
  const missing = columns.filter((name) => !found.has(name) && !optional.includes(name));
  if (headerRow === 0 || missing.length > 0) {
    const cell = cellRef(lastColumn + 1, headerRow || 1);
    for (const name of headerRow === 0 ? ['id'] : missing) {
      issues.push({
        code: 'framework.missing_column',
        place: sheetPlace(sheet, cell, name),
        params: { name },
      });
    }
    return null;
  }

  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r <= headerRow) return;
    const values = new Map<string, string>();
    for (const name of columns) {
      const col = found.get(name);
      if (col === undefined) continue;
      const raw = row.getCell(col).value;
      const text =
        name === 'id' && sheet === FRAMEWORK_SHEETS.indicators && typeof raw === 'number'
          ? numericIndicatorId(raw)
          : cellString(raw).trim();
      values.set(name, text);
    }
    // Rows with nothing in the framework's columns are notes or spacing, not entries.
    if ([...values.values()].some((v) => v !== '')) rows.push({ row: r, values });
  });
  return { sheet, columns: found, rows };
}

function readMeta(ws: ExcelJS.Worksheet | undefined): Map<string, { value: string; row: number }> {
  const meta = new Map<string, { value: string; row: number }>();
  ws?.eachRow({ includeEmpty: false }, (row, r) => {
    const key = normalizeHeader(cellString(row.getCell(1).value), FRAMEWORK_SHEETS.meta);
    if ((META_KEYS as readonly string[]).includes(key) && !meta.has(key)) {
      meta.set(key, { value: cellString(row.getCell(2).value).trim(), row: r });
    }
  });
  return meta;
}

/**
 * Reads a framework workbook into a candidate Framework object (not yet validated) and a map from
 * each of its paths back to the sheet and cell it came from.
 */
export async function readFrameworkWorkbook(
  bytes: Uint8Array,
  overrides: { id?: string; version?: string; name?: Framework['name'] } = {},
): Promise<FrameworkWorkbookReading> {
  const workbook = await loadWorkbookBytes(bytes);
  const issues: RawFrameworkIssue[] = [];
  const tables: Partial<Record<'domains' | 'indicators', Table>> = {};
  const specs = [
    ['domains', FRAMEWORK_SHEETS.domains, DOMAIN_COLUMNS, []],
    ['indicators', FRAMEWORK_SHEETS.indicators, INDICATOR_COLUMNS, OPTIONAL_INDICATOR_COLUMNS],
  ] as const;
  for (const [key, sheet, columns, optional] of specs) {
    const ws = findSheet(workbook, sheet);
    if (!ws) {
      issues.push({
        code: 'framework.missing_sheet',
        place: sheetPlace(sheet, null, null),
        params: { name: sheet },
      });
      continue;
    }
    const table = readTable(ws, sheet, columns, optional, issues);
    if (table) tables[key] = table;
  }
  const metaSheet = findSheet(workbook, FRAMEWORK_SHEETS.meta);
  const meta = readMeta(metaSheet);
  const metaValue = (key: string) => meta.get(key)?.value ?? '';

  const domainRows = tables.domains?.rows ?? [];
  const indicatorRows = tables.indicators?.rows ?? [];
  const candidate = {
    id: overrides.id ?? metaValue('id'),
    version: overrides.version ?? metaValue('version'),
    name: overrides.name ?? { en: metaValue('name_en'), id: metaValue('name_id') },
    domains: domainRows.map(({ values }) => ({
      id: values.get('id') ?? '',
      name: { en: values.get('name_en') ?? '', id: values.get('name_id') ?? '' },
    })),
    indicators: indicatorRows.map(({ values }) => {
      const guidance = { en: values.get('guidance_en') ?? '', id: values.get('guidance_id') ?? '' };
      return {
        id: values.get('id') ?? '',
        domainId: values.get('domain') ?? '',
        text: { en: values.get('text_en') ?? '', id: values.get('text_id') ?? '' },
        ...(guidance.en !== '' || guidance.id !== '' ? { guidance } : {}),
      };
    }),
  };

  const placeOf = (path: readonly PropertyKey[]): IssuePlace => {
    const [top, index, ...rest] = path;
    if ((top === 'domains' || top === 'indicators') && typeof index === 'number') {
      const table = tables[top];
      const entry = table?.rows[index];
      const sheet = top === 'domains' ? FRAMEWORK_SHEETS.domains : FRAMEWORK_SHEETS.indicators;
      const field =
        rest[0] === 'domainId'
          ? 'domain'
          : rest.length === 2
            ? `${String(rest[0])}_${String(rest[1])}`
            : String(rest[0] ?? 'id');
      const col = table?.columns.get(field) ?? table?.columns.get('id') ?? 1;
      const indicatorId = top === 'indicators' ? (entry?.values.get('id') ?? null) : null;
      return sheetPlace(sheet, entry ? cellRef(col, entry.row) : null, field, indicatorId || null);
    }
    if (top === 'domains') return sheetPlace(FRAMEWORK_SHEETS.domains, null, null);
    if (top === 'indicators') return sheetPlace(FRAMEWORK_SHEETS.indicators, null, null);
    const key = path.length === 2 ? `${String(top)}_${String(index)}` : String(top ?? '');
    const entry = meta.get(key);
    const cell = entry ? cellRef(2, entry.row) : null;
    return sheetPlace(FRAMEWORK_SHEETS.meta, metaSheet ? cell : null, key);
  };

  return { candidate, placeOf, issues };
}
