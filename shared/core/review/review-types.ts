/** Types of the review loop: what a coordinator decided about an agency's current submission. */
import type { Actor } from '../audit/audit-entry.js';

/** Who did something, as the audit log names them. */
/** Who reviewed, reopened or opened a round: the audit log's actor. */
export type ReviewActor = Actor;

/** One comment on one indicator of the reviewed submission. */
export interface ReviewComment {
  indicatorId: string;
  text: string;
}

/** The decision stored for an agency: tied to the submission it reviewed. */
export interface ReviewRecord {
  assessmentId: string;
  agencyCode: string;
  submissionId: string;
  status: 'returned' | 'accepted';
  note: string | null;
  comments: ReviewComment[];
  version: number;
  reviewedAt: string;
  reviewedBy: ReviewActor;
}

/** The review state an agency and the coordinator see. `none`: nothing submitted yet. */
export type ReviewStatus = 'none' | 'received' | 'returned' | 'accepted';

export const REVIEW_STATUSES = ['none', 'received', 'returned', 'accepted'] as const;

/** The state of the current submission and, when it still applies, the decision about it. */
export interface ReviewState {
  status: ReviewStatus;
  /** The decision when it is about the current submission; null otherwise. */
  review: ReviewRecord | null;
  /** The version a next review must state (the stored record's, 0 when none). */
  version: number;
}
