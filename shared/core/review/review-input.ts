/** The body of a review and its rules beyond shape (framework indicators, a reason to return). */
import * as z from 'zod';
import type { Framework } from '../framework.js';
import type { Issue, Lang } from '../types.js';
import { fieldIssue, reviewError } from './review-error.js';

/** Longest comment or note people type (PRODUCT.md: 2,000 characters). */
export const MAX_COMMENT_LENGTH = 2000;

export const reviewBodySchema = z.object({
  status: z.enum(['accepted', 'returned']),
  note: z.string().trim().max(MAX_COMMENT_LENGTH).nullish(),
  comments: z
    .array(
      z.object({
        indicatorId: z.string().trim().min(1).max(64),
        text: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
      }),
    )
    .max(500)
    .default([]),
  version: z.number().int().min(0).optional(),
});

export type ReviewBody = z.infer<typeof reviewBodySchema>;

/** Issues naming each comment whose indicator is not in the framework (`comments.N.indicatorId`). */
export function unknownIndicatorIssues(
  framework: Framework,
  ids: { indicatorId?: string | null; field: string }[],
  lang: Lang,
): Issue[] {
  const known = new Set(framework.indicators.map((i) => i.id));
  return ids
    .filter((x) => x.indicatorId !== undefined && x.indicatorId !== null && !known.has(x.indicatorId))
    .map((x) =>
      fieldIssue('comment.unknown_indicator', lang, x.field, { indicatorId: x.indicatorId as string }),
    );
}

/** Throws 422 for a comment on an unknown indicator, or a return without note or comment. */
export function checkReviewBody(framework: Framework, body: ReviewBody, lang: Lang): void {
  const issues = unknownIndicatorIssues(
    framework,
    body.comments.map((c, i) => ({ indicatorId: c.indicatorId, field: `comments.${i}.indicatorId` })),
    lang,
  );
  if (issues.length > 0) {
    throw reviewError(
      'comment.unknown_indicator',
      lang,
      { indicatorId: issues[0]!.indicatorId ?? '' },
      { issues },
    );
  }
  const note = body.note ?? '';
  if (body.status === 'returned' && note === '' && body.comments.length === 0) {
    throw reviewError(
      'review.note_required',
      lang,
      {},
      { issues: [fieldIssue('review.note_required', lang, 'note')] },
    );
  }
}
