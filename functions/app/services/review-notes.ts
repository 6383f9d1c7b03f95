/** What an agency's pre-filled template adds from the review loop: the comments and the deadline. */
import { reviewStateOf } from '../../../shared/core/review/review-state.js';
import type { AppDeps } from '../deps.js';

/**
 * The comments of a returned current submission (each becomes a note on its answer cell) and the
 * assessment's deadline; nothing when the review ports are not wired.
 */
export async function templateReviewNotes(
  deps: AppDeps,
  assessmentId: string,
  agencyCode: string,
): Promise<{ comments?: { indicatorId: string; text: string }[]; deadline?: string | null }> {
  if (!deps.reviews || !deps.deadlines) return {};
  const [agency, record, state] = await Promise.all([
    deps.store.getAgency(assessmentId, agencyCode),
    deps.reviews.get(assessmentId, agencyCode),
    deps.deadlines.deadlineState(assessmentId, agencyCode),
  ]);
  const review = reviewStateOf(agency?.current ?? null, record);
  return {
    comments: review.status === 'returned' ? (review.review?.comments ?? []) : [],
    deadline: state.deadline,
  };
}
