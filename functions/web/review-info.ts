/** Reads what the agency pages show of the review loop, the deadline and the consultation. */
import { isRoundOpen } from '../../shared/core/consultation/consultation-rules.js';
import { isClosedFor } from '../../shared/core/review/deadline.js';
import { commentsByIndicator, reviewStateOf } from '../../shared/core/review/review-state.js';
import type { ReviewStatus } from '../../shared/core/review/review-types.js';
import type { Agency } from '../../shared/ports.js';
import type { AppDeps } from '../app/deps.js';
import type { AgencyReviewInfo } from './pages/agency-review-parts.js';

/** The review state, deadline and open consultation of one agency (null without the review ports). */
export async function agencyReviewInfo(
  deps: AppDeps,
  aid: string,
  code: string,
): Promise<AgencyReviewInfo | null> {
  if (!deps.reviews || !deps.deadlines || !deps.consultation) return null;
  const [agency, record, deadline, round] = await Promise.all([
    deps.store.getAgency(aid, code),
    deps.reviews.get(aid, code),
    deps.deadlines.deadlineState(aid, code),
    deps.consultation.currentRound(aid),
  ]);
  const now = deps.clock.now();
  return {
    review: reviewStateOf(agency?.current ?? null, record),
    deadline: deadline.deadline,
    reopenedUntil: deadline.reopenedUntil,
    closed: isClosedFor(deadline, now),
    consultationCloses: round && isRoundOpen(round, now) ? round.closes : null,
  };
}

/** The comments of a returned current submission by indicator (empty otherwise). */
export async function agencyReviewComments(
  deps: AppDeps,
  aid: string,
  code: string,
): Promise<Map<string, string[]>> {
  const info = await agencyReviewInfo(deps, aid, code);
  return info ? commentsByIndicator(info.review) : new Map();
}

/** The review state of every agency, by code (undefined without the review ports). */
export async function reviewStatuses(
  deps: AppDeps,
  aid: string,
  agencies: readonly Agency[],
): Promise<Map<string, ReviewStatus> | undefined> {
  if (!deps.reviews) return undefined;
  const records = await deps.reviews.listForAgencies(
    aid,
    agencies.map((a) => a.code),
  );
  return new Map(agencies.map((a) => [a.code, reviewStateOf(a.current, records.get(a.code) ?? null).status]));
}
