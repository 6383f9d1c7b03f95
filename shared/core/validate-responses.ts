import * as z from 'zod';
import { matchAnswer, matchJustificationType } from './answers.js';
import { type ErrorCode, type ErrorParams, excerpt, issueOf } from './errors/index.js';
import type { Framework } from './framework.js';
import type { AnswerCounts, Issue, Lang, NormalizedResponse } from './types.js';

export type ResponseField = 'answer' | 'justificationType' | 'justification' | 'evidence';

/** One indicator's raw answer as typed in a workbook row or sent by the web form. */
export interface ResponseInput {
  indicatorId: string;
  answer?: string | null;
  justificationType?: string | null;
  justification?: string | null;
  evidence?: string | null;
}

/** Where a field of an indicator lives (sheet and A1 cell); field null = the indicator's row as a whole. */
export type FieldLocator = (
  indicatorId: string,
  field: ResponseField | null,
) => { sheet: string | null; cell: string | null };

export interface ValidationResult {
  /** No error issues. */
  ok: boolean;
  /** One per framework indicator, in framework order (missing = blank). */
  responses: NormalizedResponse[];
  /** Errors, capped at MAX_ISSUES. */
  issues: Issue[];
  /** Errors before the cap. */
  totalIssues: number;
  /** E.g. 'answer.blank' per unanswered indicator. */
  warnings: Issue[];
  counts: AnswerCounts;
}

/** PRODUCT.md limits, in characters after trimming. */
export const JUSTIFICATION_MIN_CHARS = 10;
export const JUSTIFICATION_MAX_CHARS = 4000;
export const EVIDENCE_MAX_CHARS = 2000;
/** Errors returned in one response; the total is still reported. */
export const MAX_ISSUES = 200;

const optionalText = z.string().nullish();

/** One response as the web-form channel sends it; the rules of PRODUCT.md are then applied by validateResponses. */
export const responseInputSchema = z.object({
  indicatorId: z.string().trim().min(1).max(32),
  answer: optionalText,
  justificationType: optionalText,
  justification: optionalText,
  evidence: optionalText,
});

/** The body of `POST /api/assessments/:aid/responses`. */
export const formResponsesSchema = z.object({
  responses: z.array(responseInputSchema).max(5000),
});

/** Trimmed text (String.prototype.trim also strips NBSP and BOM), or null when nothing is left. */
function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Length in characters as a person counts them (an emoji is one), not UTF-16 units. */
function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Answer counts of a set of responses; a null answer counts as unanswered. */
export function countAnswers(responses: readonly Pick<NormalizedResponse, 'answer'>[]): AnswerCounts {
  const counts: AnswerCounts = {
    yes: 0,
    partially: 0,
    no: 0,
    dont_know: 0,
    not_applicable: 0,
    unanswered: 0,
  };
  for (const response of responses) counts[response.answer ?? 'unanswered']++;
  return counts;
}

/**
 * Applies the response rules of PRODUCT.md to raw inputs from either channel: labels matched in both
 * languages, yes/partially need a justification type and a justification of 10+ characters, length
 * limits, unknown or repeated indicators, and at least one answered indicator. Every problem is
 * reported at once with its cell (via `locate`) and a message in `lang`.
 */
export function validateResponses(
  framework: Framework,
  inputs: ResponseInput[],
  options: { lang: Lang; locate?: FieldLocator },
): ValidationResult {
  const { lang, locate } = options;
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const issue = (
    code: ErrorCode,
    indicatorId: string | null,
    field: ResponseField | null,
    params: { value?: string; length?: number; limit?: number } = {},
  ): Issue => {
    const where = indicatorId !== null && locate ? locate(indicatorId, field) : { sheet: null, cell: null };
    const shown: ErrorParams = {};
    if (indicatorId !== null)
      shown.indicatorId = code === 'indicator.unknown' ? excerpt(indicatorId) : indicatorId;
    if (params.value !== undefined) shown.value = excerpt(params.value);
    if (params.length !== undefined) shown.length = params.length;
    if (params.limit !== undefined) shown.limit = params.limit;
    const text = code === 'indicator.unknown' && indicatorId === null ? 'indicator.missing_id' : undefined;
    return issueOf(code, { ...where, indicatorId, field }, shown, lang, text);
  };

  const known = new Set(framework.indicators.map((indicator) => indicator.id));
  const byId = new Map<string, ResponseInput>();
  const reportedDuplicates = new Set<string>();
  for (const input of inputs) {
    const id = (input.indicatorId ?? '').trim();
    if (!known.has(id)) {
      errors.push(issue('indicator.unknown', id === '' ? null : id, null));
    } else if (byId.has(id)) {
      if (!reportedDuplicates.has(id)) errors.push(issue('indicator.duplicate', id, null));
      reportedDuplicates.add(id);
    } else {
      byId.set(id, input);
    }
  }

  let anyAnswerTyped = false;
  const responses: NormalizedResponse[] = framework.indicators.map(({ id }) => {
    const input = byId.get(id);
    const rawAnswer = clean(input?.answer);
    const rawType = clean(input?.justificationType);
    const justification = clean(input?.justification);
    const evidence = clean(input?.evidence);

    let answer: NormalizedResponse['answer'] = null;
    if (rawAnswer === null) {
      warnings.push(issue('answer.blank', id, 'answer'));
    } else {
      anyAnswerTyped = true;
      answer = matchAnswer(rawAnswer) ?? null;
      if (answer === null) errors.push(issue('answer.invalid', id, 'answer', { value: rawAnswer }));
    }

    const justificationType = rawType === null ? null : (matchJustificationType(rawType) ?? null);
    if (rawType !== null && justificationType === null) {
      errors.push(issue('justification_type.invalid', id, 'justificationType', { value: rawType }));
    }

    const needsJustification = answer === 'yes' || answer === 'partially';
    if (needsJustification && rawType === null) {
      errors.push(issue('justification_type.missing', id, 'justificationType'));
    }
    const justificationLength = justification === null ? 0 : charCount(justification);
    if (needsJustification && justification === null) {
      errors.push(issue('justification.missing', id, 'justification', { limit: JUSTIFICATION_MIN_CHARS }));
    } else if (needsJustification && justificationLength < JUSTIFICATION_MIN_CHARS) {
      errors.push(
        issue('justification.too_short', id, 'justification', {
          length: justificationLength,
          limit: JUSTIFICATION_MIN_CHARS,
        }),
      );
    }
    if (justificationLength > JUSTIFICATION_MAX_CHARS) {
      errors.push(
        issue('justification.too_long', id, 'justification', {
          length: justificationLength,
          limit: JUSTIFICATION_MAX_CHARS,
        }),
      );
    }
    const evidenceLength = evidence === null ? 0 : charCount(evidence);
    if (evidenceLength > EVIDENCE_MAX_CHARS) {
      errors.push(
        issue('evidence.too_long', id, 'evidence', { length: evidenceLength, limit: EVIDENCE_MAX_CHARS }),
      );
    }

    return { indicatorId: id, answer, justificationType, justification, evidence };
  });

  // An answer that was typed but not recognised already has its own error; "empty" would mislead.
  if (!anyAnswerTyped) errors.unshift(issue('submission.empty', null, null));

  return {
    ok: errors.length === 0,
    responses,
    issues: errors.slice(0, MAX_ISSUES),
    totalIssues: errors.length,
    warnings,
    counts: countAnswers(responses),
  };
}
