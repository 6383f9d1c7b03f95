import type { Issue } from './types.js';

/**
 * The one error type of the system: a dotted code (`upload.not_a_workbook`), an HTTP status,
 * a user-facing message, optional per-cell issues and the underlying cause (logged, never shown).
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly issues: Issue[];
  readonly totalIssues: number;

  constructor(
    code: string,
    status: number,
    message: string,
    options: { issues?: Issue[]; totalIssues?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.issues = options.issues ?? [];
    this.totalIssues = options.totalIssues ?? this.issues.length;
  }

  /** The public JSON error body `{error: {code, message, issues}}`. */
  toBody(): { error: { code: string; message: string; issues: Issue[]; totalIssues?: number } } {
    const body: { code: string; message: string; issues: Issue[]; totalIssues?: number } = {
      code: this.code,
      message: this.message,
      issues: this.issues,
    };
    if (this.totalIssues !== this.issues.length) body.totalIssues = this.totalIssues;
    return { error: body };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
