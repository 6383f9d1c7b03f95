import type { ErrorParams } from './errors/error-section.js';
import { errorMessage } from './errors/index.js';
import type { Issue, Lang } from './types.js';

/** What an AppError carries besides its code and status. */
export interface AppErrorOptions {
  /** Values of the message's `{placeholders}`. */
  params?: ErrorParams;
  issues?: Issue[];
  totalIssues?: number;
  /** Overrides the catalogue's status. */
  status?: number;
  /** Extra JSON put in the error body beside code/message/issues, e.g. `{current}` for a 409. */
  details?: Record<string, unknown>;
  /** The language the error is best shown in when the door has no reason to choose (an upload's). */
  lang?: Lang;
  /** The underlying cause: logged, never shown. */
  cause?: unknown;
}

/**
 * The one error type of the system: a dotted code of the catalogue (`upload.not_a_workbook`), an
 * HTTP status, the message's params, optional per-cell issues, body details and the cause. No
 * thrower chooses its sentence: `message` is the catalogue's (for logs, in `lang` or English) and
 * the door renders it in the language it chooses (shared/core/errors). Build it with `fail`.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly params: ErrorParams;
  readonly issues: Issue[];
  readonly totalIssues: number;
  readonly details: Record<string, unknown> | undefined;
  readonly lang: Lang | undefined;

  constructor(code: string, status: number, options: AppErrorOptions = {}) {
    const text = errorMessage(code, options.params, options.lang ?? 'en');
    super(text, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.params = options.params ?? {};
    this.issues = options.issues ?? [];
    this.totalIssues = options.totalIssues ?? this.issues.length;
    this.details = options.details;
    this.lang = options.lang;
  }
}

/** True when `value` is an AppError. */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
