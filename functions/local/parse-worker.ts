/**
 * Worker side of the parse pool: the core `parseSubmissionWorkbook`, its result posted back as
 * data. A structured clone keeps an Error's message but not its class or fields, so an AppError
 * goes back as its own fields.
 */
import { isAppError } from '../../shared/core/app-error.js';
import { type ParsedRoster, parseRosterWorkbook } from '../../shared/core/roster/parse-roster.js';
import type { Lang } from '../../shared/core/types.js';
import {
  type ParsedSubmission,
  parseSubmissionWorkbook,
} from '../../shared/core/workbook/parse-submission.js';
import { type AnnotateOptions, annotateRejectedFile } from '../web/annotate-workbook.js';

export type ParseReply =
  | { ok: true; result: ParsedSubmission }
  | { ok: false; appError: Record<string, unknown> };

/** An AppError as plain fields (a structured clone keeps neither its class nor its cause). */
function errorReply(error: unknown): { ok: false; appError: Record<string, unknown> } {
  if (!isAppError(error)) throw error;
  const { cause, ...fields } = error as unknown as Record<string, unknown>;
  return {
    ok: false,
    appError: { ...fields, message: error.message, ...(cause === undefined ? {} : { cause: String(cause) }) },
  };
}

/** Parses one job (the pool's `run` argument). */
export async function parseJob(
  job: { bytes: Uint8Array } & Parameters<typeof parseSubmissionWorkbook>[1],
): Promise<ParseReply> {
  const { bytes, ...options } = job;
  try {
    return { ok: true, result: await parseSubmissionWorkbook(bytes, options) };
  } catch (error) {
    return errorReply(error);
  }
}

export type AnnotateReply =
  | { ok: true; result: Uint8Array }
  | { ok: false; appError: Record<string, unknown> };

/** Marks up a stored rejected file (the annotated download), through the same bounded opener. */
export async function annotateJob(job: { bytes: Uint8Array } & AnnotateOptions): Promise<AnnotateReply> {
  const { bytes, ...options } = job;
  try {
    return { ok: true, result: await annotateRejectedFile(bytes, options) };
  } catch (error) {
    return errorReply(error);
  }
}

export type RosterReply =
  | { ok: true; result: ParsedRoster }
  | { ok: false; appError: Record<string, unknown> };

/** Reads a roster workbook (the roster import), through the same bounded opener. */
export async function rosterJob(job: { bytes: Uint8Array; lang?: Lang }): Promise<RosterReply> {
  try {
    return { ok: true, result: await parseRosterWorkbook(job.bytes, { lang: job.lang }) };
  } catch (error) {
    return errorReply(error);
  }
}
