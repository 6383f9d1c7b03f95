/**
 * The one error catalogue: every code once, with its HTTP status and its message in English and
 * Bahasa Indonesia. Code throws `fail(code, params)`; the door that answers (API `onError`, a web
 * page, the CLI) renders the message in the language it chooses with `renderErrorBody`/`errorMessage`.
 * A feature adds its section file here with ONE import line and ONE spread line.
 */
import { AppError, type AppErrorOptions } from '../app-error.js';
import type { Issue, Lang } from '../types.js';
import { accountsErrors } from './accounts-errors.js';
import { agenciesOpsErrors } from './agencies-ops-errors.js';
import { assessmentErrors } from './assessment-errors.js';
import { authErrors } from './auth-errors.js';
import { type ErrorParams, mergeSections, paramText } from './error-section.js';
import { focusGroupErrors } from './focus-group-errors.js';
import { frameworkErrors } from './framework-errors.js';
import { requestErrors } from './request-errors.js';
import { requestFieldErrors } from './request-field-errors.js';
import { reviewErrors } from './review-errors.js';
import { rosterErrors } from './roster-errors.js';
import { uploadErrors } from './upload-errors.js';
import { VOCABULARY } from './vocabulary.js';
import { workbookErrors } from './workbook-errors.js';

export type { ErrorEntry, ErrorParams, ErrorSection } from './error-section.js';
export { excerpt } from './vocabulary.js';

/** Every error and issue code of the system (a duplicated code throws when this module loads). */
export const ERRORS = mergeSections(
  requestErrors,
  requestFieldErrors,
  authErrors,
  assessmentErrors,
  uploadErrors,
  workbookErrors,
  frameworkErrors,
  rosterErrors,
  reviewErrors,
  agenciesOpsErrors,
  focusGroupErrors,
  accountsErrors,
);

/** A code of the catalogue. */
export type ErrorCode = keyof typeof ERRORS;

/** True when `code` is in the catalogue. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERRORS, code);
}

/** The template of `code` filled with `params` in `lang`; an unknown code is returned as it is. */
export function errorMessage(code: string, params: ErrorParams = {}, lang: Lang = 'en'): string {
  if (!isErrorCode(code)) return code;
  return ERRORS[code][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value !== undefined) return paramText(value, lang);
    return VOCABULARY[name]?.(lang) ?? whole;
  });
}

/** Builds the AppError of a catalogue code (status from the catalogue unless `options.status`). */
export function fail(
  code: ErrorCode,
  params: ErrorParams = {},
  options: Omit<AppErrorOptions, 'params'> = {},
): AppError {
  return new AppError(code, options.status ?? ERRORS[code].status, { ...options, params });
}

/** Where an issue is: the public fields other than code and message. */
export interface IssuePlace {
  sheet?: string | null;
  cell?: string | null;
  indicatorId?: string | null;
  field?: string | null;
}

/**
 * One issue of the catalogue, its message written in `lang` and its code + params kept so another
 * door can write it in another language. `text` names the catalogue entry of the message when it is
 * not the code's own (a variant, e.g. `indicator.missing_id` for an `indicator.unknown` issue).
 */
export function issueOf(
  code: ErrorCode,
  place: IssuePlace,
  params: ErrorParams,
  lang: Lang,
  text?: ErrorCode,
): Issue {
  const issue: Issue = {
    sheet: place.sheet ?? null,
    cell: place.cell ?? null,
    indicatorId: place.indicatorId ?? null,
    field: place.field ?? null,
    code,
    message: errorMessage(text ?? code, params, lang),
    params,
  };
  if (text) issue.text = text;
  return issue;
}

/** An issue as the public contract shows it, its message in `lang` when it carries its params. */
export function renderIssue(issue: Issue, lang: Lang): Issue {
  const message = issue.params ? errorMessage(issue.text ?? issue.code, issue.params, lang) : issue.message;
  return {
    sheet: issue.sheet,
    cell: issue.cell,
    indicatorId: issue.indicatorId,
    field: issue.field,
    code: issue.code,
    message,
  };
}

/** An issue in the public contract's shape, its message as written (params and text left out). */
export function publicIssue(issue: Issue): Issue {
  const { sheet, cell, indicatorId, field, code, message } = issue;
  return { sheet, cell, indicatorId, field, code, message };
}

/** A submission (or any record with warnings) as the API shows it: warnings in the public shape. */
export function withPublicWarnings<T extends { warnings: readonly Issue[] }>(record: T): T {
  return { ...record, warnings: record.warnings.map(publicIssue) };
}

/** The message of an AppError in `lang`. */
export function appErrorMessage(error: AppError, lang: Lang): string {
  return errorMessage(error.code, error.params, lang);
}

/** The public JSON error body `{error: {code, message, issues, totalIssues?, ...details}}` in `lang`. */
export function renderErrorBody(error: AppError, lang: Lang) {
  const body: { code: string; message: string; issues: Issue[]; totalIssues?: number } & Record<
    string,
    unknown
  > = {
    ...error.details,
    code: error.code,
    message: appErrorMessage(error, lang),
    issues: error.issues.map((issue) => renderIssue(issue, lang)),
  };
  if (error.totalIssues !== error.issues.length) body.totalIssues = error.totalIssues;
  return { error: body };
}
