/** Errors of the review loop, the deadline and the consultation, built through the catalogue. */
import type { AppError } from '../app-error.js';
import { fail, issueOf } from '../errors/index.js';
import type { ReviewErrorCode } from '../errors/review-errors.js';
import type { Issue, Lang } from '../types.js';

type Params = Record<string, string | number>;

/** The AppError of `code`; `issues` name the offending field, `details` go into the body. */
export function reviewError(
  code: ReviewErrorCode,
  _lang: Lang,
  params: Params = {},
  options: { issues?: Issue[]; details?: Record<string, unknown> } = {},
): AppError {
  return fail(code, params, {
    issues: options.issues ?? [],
    ...(options.details ? { details: options.details } : {}),
  });
}

/** One issue naming a request field, with the message of `code`. */
export function fieldIssue(code: ReviewErrorCode, lang: Lang, field: string, params: Params = {}): Issue {
  const indicatorId = typeof params.indicatorId === 'string' ? params.indicatorId : null;
  return issueOf(code, { field, indicatorId }, params, lang);
}
