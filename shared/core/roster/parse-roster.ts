import type { Workbook, Worksheet } from 'exceljs';
import * as z from 'zod';
import { checkContacts } from '../agencies/agency-fields.js';
import { isAppError } from '../app-error.js';
import { type ErrorCode, fail, issueOf } from '../errors/index.js';
import type { Issue, Lang } from '../types.js';
import { cellRef } from '../workbook/a1.js';
import { readCellValue } from '../workbook/cell-value.js';
import { loadWorkbookBytes } from '../workbook/exceljs.js';
import { type AgencyLevel, matchAgencyLevel } from './agency-level.js';
import {
  CONTACT_COLUMNS,
  matchRosterHeaderRow,
  type RosterColumn,
  type RosterColumns,
} from './roster-headers.js';

/** One agency as a roster row declares it. */
export interface RosterAgency {
  code: string;
  name: string;
  level: AgencyLevel;
  /** Contacts when the roster has their columns (null = empty cell); absent without the column. */
  contactName?: string | null;
  email?: string | null;
  phone?: string | null;
  /** 1-based row of the roster sheet, for messages. */
  row: number;
}

/** What a roster workbook holds: the valid agencies, and every bad row as an issue naming its cell. */
export interface ParsedRoster {
  sheet: string;
  lang: Lang;
  agencies: RosterAgency[];
  issues: Issue[];
}

/** Agency code rule (after upper-casing): what template metadata and URLs carry. */
export const AGENCY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;
export const MAX_AGENCY_NAME = 200;
/** A province has dozens of agencies; thousands of rows means a wrong file, not a roster. */
export const MAX_ROSTER_ROWS = 2000;
const HEADER_SEARCH_ROWS = 20;

const codeSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(AGENCY_CODE_PATTERN));
const nameSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1).max(MAX_AGENCY_NAME));
const levelSchema = z.string().transform((s, ctx) => {
  const level = matchAgencyLevel(s);
  if (!level) {
    ctx.addIssue({ code: 'custom', message: 'unknown level' });
    return z.NEVER;
  }
  return level;
});

function findHeader(sheet: Worksheet) {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const cells: [number, string][] = [];
    sheet.getRow(r).eachCell((cell, col) => {
      const reading = readCellValue(cell.value);
      if (reading.kind === 'text') cells.push([col, reading.text]);
    });
    const match = matchRosterHeaderRow(cells);
    if (match) return { row: r, ...match };
  }
  return null;
}

/**
 * Reads a roster workbook: the first sheet whose header row (within the first 20 rows) names
 * `code | name | level` (or `kode | nama | tingkat`), columns found by header. Valid rows become
 * agencies; every bad cell and every repeated code becomes an issue naming sheet and cell, in the
 * language of the headers. Throws AppError for a non-workbook, no header row or no rows at all.
 */
export async function parseRosterWorkbook(
  bytes: Uint8Array,
  options: { lang?: Lang } = {},
): Promise<ParsedRoster> {
  let workbook: Workbook;
  try {
    // The bounded opener runs the container checks, sheet bounds and element budget first.
    workbook = await loadWorkbookBytes(bytes);
  } catch (cause) {
    if (isAppError(cause)) throw cause;
    throw fail('upload.not_a_workbook', {}, { cause });
  }
  const fallback = options.lang ?? 'en';
  for (const sheet of workbook.worksheets) {
    const header = findHeader(sheet);
    if (!header) continue;
    if (sheet.rowCount - header.row > MAX_ROSTER_ROWS) {
      throw fail('roster.too_many_rows', { max: MAX_ROSTER_ROWS }, { lang: header.lang });
    }
    const result = readRows(sheet, header.row, header.columns, header.lang);
    if (result.agencies.length === 0 && result.issues.length === 0) {
      throw fail('roster.empty', {}, { lang: header.lang });
    }
    return { sheet: sheet.name, lang: header.lang, ...result };
  }
  throw fail('roster.no_header', {}, { lang: fallback });
}

/** The roster issue of each contact rule (same rule as the API, with the row in the message). */
const ROSTER_CONTACT_CODES = {
  'agency.email_invalid': 'roster.email_invalid',
  'agency.phone_invalid': 'roster.phone_invalid',
  'agency.contact_too_long': 'roster.contact_too_long',
} as const satisfies Record<string, ErrorCode>;

function readRows(sheet: Worksheet, headerRow: number, columns: RosterColumns, lang: Lang) {
  const agencies: RosterAgency[] = [];
  const issues: Issue[] = [];
  const firstRowOfCode = new Map<string, number>();
  const issue = (
    field: RosterColumn,
    row: number,
    code: ErrorCode,
    params: { value?: string; first?: number; max?: number } = {},
  ) =>
    issues.push(
      issueOf(
        code,
        { sheet: sheet.name, cell: cellRef(columns[field]!, row), field },
        { row, ...params },
        lang,
      ),
    );
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const read = (field: RosterColumn) =>
      columns[field] === undefined
        ? ({ kind: 'empty' } as const)
        : readCellValue(row.getCell(columns[field]).value);
    const cells: Record<RosterColumn, ReturnType<typeof read>> = {
      code: read('code'),
      name: read('name'),
      level: read('level'),
      contactName: read('contactName'),
      email: read('email'),
      phone: read('phone'),
    };
    if (Object.values(cells).every((c) => c.kind === 'empty')) continue;
    let ok = true;
    const text = (field: RosterColumn): string => {
      const c = cells[field];
      if (c.kind === 'formula') {
        issue(field, r, 'roster.formula');
        ok = false;
        return '';
      }
      return c.kind === 'text' ? c.text : '';
    };
    const rawCode = text('code');
    const rawName = text('name');
    const rawLevel = text('level');
    const rawContacts = Object.fromEntries(
      CONTACT_COLUMNS.filter((f) => columns[f] !== undefined).map((f) => [f, text(f)]),
    );
    if (!ok) continue;
    const contacts = checkContacts(rawContacts);
    for (const problem of contacts.problems) {
      const code = ROSTER_CONTACT_CODES[problem.code];
      issue(problem.field, r, code, {
        value: String(problem.params.value ?? ''),
        max: Number(problem.params.max ?? 0),
      });
    }
    const code = codeSchema.safeParse(rawCode);
    if (!code.success) issue('code', r, 'roster.code_invalid', { value: rawCode.trim() });
    const name = nameSchema.safeParse(rawName);
    if (!name.success) {
      const tooLong = rawName.trim().length > MAX_AGENCY_NAME;
      issue('name', r, tooLong ? 'roster.name_too_long' : 'roster.name_missing', { max: MAX_AGENCY_NAME });
    }
    const level = levelSchema.safeParse(rawLevel);
    if (!level.success) issue('level', r, 'roster.level_invalid', { value: rawLevel.trim() });
    if (!code.success || !name.success || !level.success || contacts.problems.length > 0) continue;
    const first = firstRowOfCode.get(code.data);
    if (first !== undefined) {
      issue('code', r, 'roster.code_duplicate', { value: code.data, first });
      continue;
    }
    firstRowOfCode.set(code.data, r);
    agencies.push({ code: code.data, name: name.data, level: level.data, ...contacts.values, row: r });
  }
  return { agencies, issues };
}
