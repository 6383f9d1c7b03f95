/** Rules of a consultation round: its dates, whether it is open, what a comment may name. */
import * as z from 'zod';
import type { Framework } from '../framework.js';
import { parseInstant } from '../review/deadline.js';
import { fieldIssue, reviewError } from '../review/review-error.js';
import { MAX_COMMENT_LENGTH } from '../review/review-input.js';
import type { Issue, Lang } from '../types.js';
import type { ConsultationRound } from './consultation-types.js';

/** True while `now` is within the round (opens ≤ now ≤ closes). */
export function isRoundOpen(round: Pick<ConsultationRound, 'opens' | 'closes'> | null, now: Date): boolean {
  if (!round) return false;
  const t = now.getTime();
  return Date.parse(round.opens) <= t && t <= Date.parse(round.closes);
}

/** True when the round still matters: open now or opening later (a new one may not start). */
export function isRoundPending(round: Pick<ConsultationRound, 'closes'> | null, now: Date): boolean {
  return round !== null && now.getTime() <= Date.parse(round.closes);
}

export const openRoundSchema = z.object({
  opens: z.string().optional(),
  closes: z.string(),
});

/**
 * The round's instants from the body (opens defaults to now); 422 naming `opens` or `closes`
 * for a bad date, a close in the past, or a close not after the opening.
 */
export function checkRoundDates(
  body: z.infer<typeof openRoundSchema>,
  now: Date,
  lang: Lang,
): { opens: string; closes: string } {
  const issues: Issue[] = [];
  const opens = body.opens === undefined ? now.toISOString() : parseInstant(body.opens);
  const closes = parseInstant(body.closes);
  if (opens === null) issues.push(dateIssue(lang, 'opens'));
  if (closes === null) issues.push(dateIssue(lang, 'closes'));
  else if (Date.parse(closes) <= now.getTime()) issues.push(dateIssue(lang, 'closes', 'future'));
  else if (opens !== null && Date.parse(closes) <= Date.parse(opens))
    issues.push(dateIssue(lang, 'closes', 'order'));
  if (issues.length > 0 || opens === null || closes === null) {
    const first = issues[0]!;
    throw reviewError(first.code as DateCode, lang, { field: first.field ?? '' }, { issues });
  }
  return { opens, closes };
}

type DateCode = 'date.invalid' | 'date.past' | 'date.before_opening';

/** An issue for a date field: not an ISO 8601 instant, not in the future, or before the opening. */
export function dateIssue(lang: Lang, field: string, why: 'format' | 'future' | 'order' = 'format'): Issue {
  const code: DateCode =
    why === 'format' ? 'date.invalid' : why === 'future' ? 'date.past' : 'date.before_opening';
  return fieldIssue(code, lang, field, { field });
}

export const commentBodySchema = z.object({
  indicatorId: z.string().trim().min(1).max(64).nullish(),
  domainId: z.string().trim().min(1).max(64).nullish(),
  text: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
});

/** 422 naming `indicatorId`/`domainId` when not in the framework; the indicator's domain fills in. */
export function checkCommentTarget(
  framework: Framework,
  body: z.infer<typeof commentBodySchema>,
  lang: Lang,
): { indicatorId: string | null; domainId: string | null } {
  const indicatorId = body.indicatorId ?? null;
  let domainId = body.domainId ?? null;
  if (indicatorId !== null) {
    const indicator = framework.indicators.find((i) => i.id === indicatorId);
    if (!indicator) {
      throw reviewError(
        'comment.unknown_indicator',
        lang,
        { indicatorId },
        {
          issues: [fieldIssue('comment.unknown_indicator', lang, 'indicatorId', { indicatorId })],
        },
      );
    }
    if (domainId !== null && domainId !== indicator.domainId) {
      throw reviewError(
        'comment.unknown_domain',
        lang,
        { domainId },
        {
          issues: [fieldIssue('comment.unknown_domain', lang, 'domainId', { domainId })],
        },
      );
    }
    domainId = indicator.domainId;
  } else if (domainId !== null && !framework.domains.some((d) => d.id === domainId)) {
    throw reviewError(
      'comment.unknown_domain',
      lang,
      { domainId },
      {
        issues: [fieldIssue('comment.unknown_domain', lang, 'domainId', { domainId })],
      },
    );
  }
  return { indicatorId, domainId };
}
