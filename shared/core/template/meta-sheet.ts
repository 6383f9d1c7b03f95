import type { Workbook, Worksheet } from 'exceljs';
import * as z from 'zod';
import type { TemplateMeta } from '../types.js';
import { cellText } from '../workbook/cell-value.js';

/** Name of the hidden sheet that ties a template to its framework, assessment and agency. */
export const META_SHEET_NAME = '_mgi_meta';
/** The `format` value that marks a workbook as one of our templates. */
export const TEMPLATE_FORMAT = 'mgi-collect-template';
/** Bumped when the template layout changes in a way older parsers cannot read. */
export const TEMPLATE_VERSION = 1;

const META_KEYS = [
  'format',
  'templateVersion',
  'frameworkId',
  'frameworkVersion',
  'assessmentId',
  'agencyCode',
  'lang',
  'generatedAt',
] as const satisfies readonly (keyof TemplateMeta)[];

/** Rows read from the metadata sheet at most: it has one row per key and nothing else. */
export const MAX_META_ROWS = 50;

const id = z.string().trim().min(1).max(200);
const metaSchema = z.object({
  format: z.literal(TEMPLATE_FORMAT),
  templateVersion: z.coerce.number().int().positive(),
  frameworkId: id,
  frameworkVersion: id,
  assessmentId: id,
  agencyCode: id,
  lang: z.enum(['en', 'id']),
  generatedAt: z.string().trim().max(64).default(''),
});

/**
 * Adds the metadata sheet: key/value rows, `veryHidden`. Nothing relies on the state or on
 * protection flags surviving (LibreOffice turns veryHidden into hidden): the parser reads the rows.
 */
export function writeMetaSheet(workbook: Workbook, meta: TemplateMeta): Worksheet {
  const sheet = workbook.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
  sheet.columns = [
    { key: 'key', width: 20 },
    { key: 'value', width: 40 },
  ];
  for (const key of META_KEYS) sheet.addRow([key, String(meta[key])]);
  return sheet;
}

/** What the metadata sheet of an uploaded workbook says; `sheet` is the one found, so errors can name its cells. */
export type MetaReading =
  | { status: 'ok'; meta: TemplateMeta; sheet: Worksheet }
  | { status: 'missing' }
  | { status: 'invalid'; sheet: Worksheet }
  | { status: 'newer'; version: number; sheet: Worksheet };

function keyValues(sheet: Worksheet): Map<string, string> {
  const values = new Map<string, string>();
  const last = Math.min(sheet.actualRowCount > 0 ? sheet.rowCount : 0, MAX_META_ROWS);
  for (let r = 1; r <= last; r += 1) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const key = cellText(row.findCell(1)?.value)?.trim();
    const value = cellText(row.findCell(2)?.value)?.trim();
    if (key && value !== undefined && value !== null && !values.has(key)) values.set(key, value);
  }
  return values;
}

/**
 * Finds the metadata sheet by its name (any case) or, when a program renamed it, by its content,
 * then reads and checks its rows.
 */
export function readMetaSheet(workbook: Workbook): MetaReading {
  const sheets = workbook.worksheets;
  let values: Map<string, string> | undefined;
  let source: Worksheet | undefined;
  const named = sheets.find((s) => s.name.toLowerCase() === META_SHEET_NAME);
  for (const sheet of named ? [named, ...sheets.filter((s) => s !== named)] : sheets) {
    const candidate = keyValues(sheet);
    if (candidate.get('format') === TEMPLATE_FORMAT) {
      values = candidate;
      source = sheet;
      break;
    }
  }
  if (!values || !source) return { status: 'missing' };
  const version = Number(values.get('templateVersion'));
  if (Number.isInteger(version) && version > TEMPLATE_VERSION)
    return { status: 'newer', version, sheet: source };
  const parsed = metaSchema.safeParse(Object.fromEntries(META_KEYS.map((k) => [k, values.get(k)])));
  if (!parsed.success) return { status: 'invalid', sheet: source };
  return { status: 'ok', meta: parsed.data, sheet: source };
}
