import type { Worksheet } from 'exceljs';
import { fail as appFail, type ErrorCode, issueOf } from '../errors/index.js';
import type { Framework } from '../framework.js';
import { HEADER_LABELS, RESPONSE_COLUMNS } from '../template/headers.js';
import { META_SHEET_NAME, readMetaSheet, TEMPLATE_VERSION } from '../template/meta-sheet.js';
import { SHEET_NAMES } from '../template/template-texts.js';
import type { Issue, Lang, TemplateMeta } from '../types.js';
import {
  type FieldLocator,
  MAX_ISSUES,
  type ResponseField,
  type ValidationResult,
  validateResponses,
} from '../validate-responses.js';
import { cellRef } from './a1.js';
import { metaPlace } from './meta-cells.js';
import { openSubmissionWorkbook } from './open-submission-workbook.js';
import { fieldKey, readResponseRows } from './read-response-rows.js';
import { findResponsesSheet, REQUIRED_COLUMNS } from './responses-sheet.js';

/** A parsed upload: the validation result plus what the metadata sheet said and the message language. */
export interface ParsedSubmission extends ValidationResult {
  meta: TemplateMeta | null;
  lang: Lang;
}

/** Options of {@link parseSubmissionWorkbook}. */
export interface ParseOptions {
  /** The framework, or a lookup by the id the metadata sheet names. */
  framework: Framework | ((frameworkId: string) => Framework | undefined);
  expected?: { assessmentId?: string; agencyCode?: string };
  /** Language for messages when the file does not say. */
  lang?: Lang;
}

/** Where a whole-file problem is, for its one issue: the sheet, the cell and the field at fault. */
interface Place {
  sheet: string | null;
  cell: string | null;
  field: string | null;
}

function fail(
  code: ErrorCode,
  status: number,
  lang: Lang,
  params: Record<string, string | number> = {},
  place?: Place,
): never {
  const issues: Issue[] = place ? [issueOf(code, place, params, lang)] : [];
  throw appFail(code, params, { status, issues, lang });
}

/** The value cell of a metadata key as an issue place. */
function metaField(sheet: Worksheet, key: keyof TemplateMeta): Place {
  return { ...metaPlace(sheet, key), field: key };
}

function resolveFramework(
  options: ParseOptions,
  meta: TemplateMeta,
  lang: Lang,
  sheet: Worksheet,
): Framework {
  const framework =
    typeof options.framework === 'function' ? options.framework(meta.frameworkId) : options.framework;
  if (!framework || framework.id !== meta.frameworkId) {
    fail(
      'template.wrong_framework',
      422,
      lang,
      {
        actual: meta.frameworkId,
        expected: framework?.id ?? '?',
      },
      metaField(sheet, 'frameworkId'),
    );
  }
  return framework;
}

function checkExpected(
  meta: TemplateMeta,
  expected: ParseOptions['expected'],
  lang: Lang,
  sheet: Worksheet,
): void {
  if (expected?.assessmentId !== undefined && meta.assessmentId !== expected.assessmentId) {
    fail(
      'template.wrong_assessment',
      422,
      lang,
      {
        actual: meta.assessmentId,
        expected: expected.assessmentId,
      },
      metaField(sheet, 'assessmentId'),
    );
  }
  // Agency codes are matched case-insensitively (`dinkes` is `DINKES`).
  if (
    expected?.agencyCode !== undefined &&
    meta.agencyCode.toUpperCase() !== expected.agencyCode.toUpperCase()
  ) {
    fail(
      'template.wrong_agency',
      422,
      lang,
      { actual: meta.agencyCode, expected: expected.agencyCode },
      metaField(sheet, 'agencyCode'),
    );
  }
}

/**
 * Parses and validates an uploaded template: container checks, exceljs load with bounds, the
 * metadata sheet against `expected`, rows by indicator id and columns by header text, then the
 * answer rules. A file that is not a usable template throws an AppError; cell problems are issues
 * naming the sheet and cell, in the file's language.
 */
export async function parseSubmissionWorkbook(
  bytes: Uint8Array,
  options: ParseOptions,
): Promise<ParsedSubmission> {
  const fallbackLang = options.lang ?? 'en';
  const workbook = await openSubmissionWorkbook(bytes, fallbackLang);

  const metaReading = readMetaSheet(workbook);
  const found = findResponsesSheet(
    workbook.worksheets,
    metaReading.status === 'ok' ? metaReading.sheet : undefined,
  );
  const lang: Lang = (metaReading.status === 'ok' ? metaReading.meta.lang : found?.lang) ?? fallbackLang;

  if (metaReading.status === 'newer') {
    fail(
      'template.unsupported_version',
      422,
      lang,
      {
        version: metaReading.version,
        supported: TEMPLATE_VERSION,
      },
      metaField(metaReading.sheet, 'templateVersion'),
    );
  }
  // Missing, or present with a value that cannot be ours: the sheet to restore either way.
  if (metaReading.status !== 'ok') {
    const sheet = metaReading.status === 'invalid' ? metaReading.sheet.name : META_SHEET_NAME;
    fail('template.no_metadata', 422, lang, {}, { sheet, cell: null, field: null });
  }
  const { meta, sheet: metaSheet } = metaReading;
  const framework = resolveFramework(options, meta, lang, metaSheet);
  checkExpected(meta, options.expected, lang, metaSheet);

  if (!found) {
    const sheet = SHEET_NAMES[lang].responses;
    fail('template.no_responses_sheet', 422, lang, {}, { sheet, cell: null, field: null });
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !found.columns.has(column));
  if (missing.length > 0) {
    // The cell named is where the template puts the column's header (columns may have moved).
    const issues: Issue[] = missing.map((column) =>
      issueOf(
        'template.missing_column',
        {
          sheet: found.sheet.name,
          cell: cellRef(RESPONSE_COLUMNS.indexOf(column) + 1, found.headerRow),
          field: column,
        },
        { sheet: found.sheet.name, column: HEADER_LABELS[lang][column], row: found.headerRow },
        lang,
      ),
    );
    throw appFail('template.missing_column', issues[0]!.params, { issues, lang });
  }

  const rows = readResponseRows(found, framework, lang);
  const sheetName = found.sheet.name;
  const locate: FieldLocator = (indicatorId, field) => {
    const row = rows.rowOf.get(indicatorId);
    if (row === undefined) return { sheet: sheetName, cell: null };
    const col = found.columns.get(field ?? 'id') ?? found.columns.get('id')!;
    return { sheet: sheetName, cell: cellRef(col, row) };
  };
  const result = validateResponses(framework, rows.inputs, { lang, locate });

  // A formula cell was passed on as blank; drop what the rules said about that blank.
  const aboutFormula = (issue: Issue) =>
    issue.indicatorId !== null &&
    issue.field !== null &&
    rows.formulaFields.has(fieldKey(issue.indicatorId, issue.field as ResponseField));
  const ruleIssues = result.issues.filter((i) => !aboutFormula(i));
  const dropped = result.issues.length - ruleIssues.length;
  const all = [...rows.issues, ...ruleIssues];
  const warnings = [...result.warnings.filter((w) => !aboutFormula(w))];
  if (meta.frameworkVersion !== framework.version) {
    warnings.unshift(
      issueOf(
        'template.framework_version',
        {},
        { actual: meta.frameworkVersion, expected: framework.version },
        lang,
      ),
    );
  }
  const totalIssues = rows.issues.length + result.totalIssues - dropped;
  return {
    ok: totalIssues === 0,
    responses: result.responses,
    issues: all.slice(0, MAX_ISSUES),
    totalIssues,
    warnings,
    counts: result.counts,
    meta,
    lang,
  };
}
