/** A consultation round and the agencies' comments on the validated findings. */
import type { ReviewActor } from '../review/review-types.js';

export interface ConsultationRound {
  id: string;
  assessmentId: string;
  opens: string;
  closes: string;
  openedAt: string;
  openedBy: ReviewActor;
}

export interface ConsultationComment {
  id: string;
  assessmentId: string;
  roundId: string;
  agencyCode: string;
  agencyName: string;
  indicatorId: string | null;
  domainId: string | null;
  text: string;
  at: string;
}
