import type * as z from 'zod';
import type { AppError } from './app-error.js';
import { isAppError } from './app-error.js';
import { type FrameworkMessageParams, frameworkIssueParams, type IdKind } from './errors/framework-errors.js';
import { type ErrorCode, fail, issueOf } from './errors/index.js';
import type { Framework } from './framework.js';
import { frameworkSchema } from './framework.js';
import { readFrameworkWorkbook } from './framework-workbook-reader.js';
import type { Issue, Lang } from './types.js';
import { MAX_ISSUES } from './validate-responses.js';
import { type ValuePath, valueAt } from './value-at.js';
import { checkContainer } from './workbook/check-container.js';

export { writeFrameworkWorkbook } from './framework-workbook.js';

export type { FrameworkMessageParams, IdKind };

type Path = ValuePath;

/** Issue codes a framework file can get; the whole load fails with AppError 'framework.invalid'. */
export type FrameworkIssueCode = Exclude<
  Extract<ErrorCode, `framework.${string}`>,
  'framework.invalid' | 'framework.not_found'
>;

/** Where a problem is: what an Issue shows, plus the human-readable place used in its message. */
export interface IssuePlace {
  sheet: string | null;
  cell: string | null;
  field: string | null;
  indicatorId: string | null;
  label: string;
}

/** A problem found before schema validation (bad JSON, a missing sheet or column). */
export interface RawFrameworkIssue {
  code: FrameworkIssueCode;
  place: IssuePlace;
  params?: FrameworkMessageParams;
}

/** `indicators[3].text.id`, the JSON path a coordinator can find in the file. */
export function jsonPath(path: Path): string {
  if (path.length === 0) return '$';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function idKindOf(path: Path): IdKind | undefined {
  if (path.length === 1 && path[0] === 'id') return 'framework';
  if (path.length !== 3) return undefined;
  if (path[0] === 'domains' && path[2] === 'id') return 'domain';
  if (path[0] === 'indicators' && path[2] === 'domainId') return 'domain';
  if (path[0] === 'indicators' && path[2] === 'id') return 'indicator';
  return undefined;
}

/** Our issue code and message parameters for one zod issue of frameworkSchema. */
function classify(
  issue: z.core.$ZodIssue,
  candidate: unknown,
): RawFrameworkIssue['params'] & { code: FrameworkIssueCode } {
  const value = valueAt(candidate, issue.path);
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const idKind = idKindOf(issue.path);
  const isList = issue.path.length === 1 && (issue.path[0] === 'domains' || issue.path[0] === 'indicators');
  switch (issue.code) {
    case 'custom': {
      const code =
        (issue.params as { code?: FrameworkIssueCode } | undefined)?.code ?? 'framework.invalid_value';
      return { code, value: shown };
    }
    case 'invalid_format':
      return { code: 'framework.invalid_id', value: shown, idKind: idKind ?? 'indicator' };
    case 'too_small':
      if (isList)
        return { code: issue.path[0] === 'domains' ? 'framework.no_domains' : 'framework.no_indicators' };
      if (idKind) return { code: 'framework.invalid_id', value: shown, idKind };
      return { code: 'framework.empty_text' };
    case 'too_big': {
      const limit = Number(issue.maximum);
      return isList ? { code: 'framework.too_many_rows', limit } : { code: 'framework.too_long', limit };
    }
    case 'invalid_type':
      if (value === undefined || value === null) return { code: 'framework.missing_value' };
      return { code: 'framework.invalid_type', detail: `expected ${issue.expected}` };
    default:
      return { code: 'framework.invalid_value', detail: issue.message };
  }
}

function toIssue(raw: RawFrameworkIssue, lang: Lang): Issue {
  const { place } = raw;
  return issueOf(raw.code, place, frameworkIssueParams(raw.params ?? {}, place.label), lang);
}

function reject(raws: RawFrameworkIssue[], lang: Lang, cause?: unknown): AppError {
  const issues = raws.map((raw) => toIssue(raw, lang));
  return fail(
    'framework.invalid',
    { count: issues.length },
    { issues: issues.slice(0, MAX_ISSUES), totalIssues: issues.length, lang, cause },
  );
}

/**
 * Validates a candidate framework object; on failure throws AppError 'framework.invalid' whose issues
 * are placed by `placeOf` (a JSON path, or a sheet and cell).
 */
function validateCandidate(candidate: unknown, lang: Lang, placeOf: (path: Path) => IssuePlace): Framework {
  const result = frameworkSchema.safeParse(candidate);
  if (result.success) return result.data;
  // One problem per value: an empty id fails both "required" and "format", but is one thing to fix.
  const seen = new Set<string>();
  const raws: RawFrameworkIssue[] = [];
  for (const issue of result.error.issues) {
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) continue;
    seen.add(key);
    const { code, ...params } = classify(issue, candidate);
    raws.push({ code, params, place: placeOf(issue.path) });
  }
  throw reject(raws, lang, result.error);
}

function jsonPlace(candidate: unknown, path: Path): IssuePlace {
  const indicatorId =
    path[0] === 'indicators' && typeof path[1] === 'number'
      ? valueAt(candidate, ['indicators', path[1], 'id'])
      : null;
  return {
    sheet: null,
    cell: null,
    field: jsonPath(path),
    indicatorId: typeof indicatorId === 'string' ? indicatorId : null,
    label: jsonPath(path),
  };
}

/** Parses and validates a framework given as JSON text; throws AppError 'framework.invalid' (422). */
export function parseFrameworkJson(text: string, options: { lang?: Lang } = {}): Framework {
  const lang = options.lang ?? 'en';
  let candidate: unknown;
  try {
    candidate = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const place: IssuePlace = { sheet: null, cell: null, field: null, indicatorId: null, label: '$' };
    throw reject([{ code: 'framework.json_syntax', place, params: { detail } }], lang, error);
  }
  return validateCandidate(candidate, lang, (path) => jsonPlace(candidate, path));
}

/**
 * Parses and validates a framework workbook (sheets Framework, Domains, Indicators; columns found by
 * header). Throws AppError 'framework.invalid' (422) whose issues name sheet and cell, or the
 * container errors of checkContainer (413/415/422) for a file that is not a safe .xlsx.
 * `id`, `version` and `name` override the Framework sheet when given.
 */
export async function parseFrameworkWorkbook(
  bytes: Uint8Array,
  options: { lang?: Lang; id?: string; version?: string; name?: Framework['name'] } = {},
): Promise<Framework> {
  const lang = options.lang ?? 'en';
  checkContainer(bytes);
  let read: Awaited<ReturnType<typeof readFrameworkWorkbook>>;
  try {
    read = await readFrameworkWorkbook(bytes, options);
  } catch (error) {
    if (isAppError(error)) throw error;
    const place: IssuePlace = { sheet: null, cell: null, field: null, indicatorId: null, label: '' };
    throw reject([{ code: 'framework.not_a_workbook', place }], lang, error);
  }
  if (read.issues.length > 0) throw reject(read.issues, lang);
  return validateCandidate(read.candidate, lang, read.placeOf);
}
