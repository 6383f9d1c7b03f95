import type { ReviewRecord, ReviewState } from './review-types.js';

/**
 * The review state of an agency: `none` without a submission; the stored decision while it is
 * about the current submission; `received` once a newer submission is current (so an upload
 * needs no write of its own to put the review back).
 */
export function reviewStateOf(
  current: { submissionId: string } | null,
  record: ReviewRecord | null,
): ReviewState {
  const version = record?.version ?? 0;
  if (!current) return { status: 'none', review: null, version };
  if (record && record.submissionId === current.submissionId) {
    return { status: record.status, review: record, version };
  }
  return { status: 'received', review: null, version };
}

/** The comments of the current decision by indicator (empty unless it is `returned`). */
export function commentsByIndicator(state: ReviewState): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (state.status !== 'returned' || !state.review) return map;
  for (const c of state.review.comments) map.set(c.indicatorId, [...(map.get(c.indicatorId) ?? []), c.text]);
  return map;
}
