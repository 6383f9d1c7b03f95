/** Who made a change (structurally the audit log's `Actor`). */
export interface ChangeActor {
  kind: 'account' | 'agency' | 'system';
  id: string;
  name: string;
}

/** The answers a focus group can validate (a vote value; never dont_know/not_applicable). */
export const VALIDATED_ANSWERS = ['yes', 'partially', 'no'] as const;
export type ValidatedAnswerValue = (typeof VALIDATED_ANSWERS)[number];

/** The focus group's answer to one indicator, as stored (one item per indicator). */
export interface ValidatedAnswer {
  indicatorId: string;
  answer: ValidatedAnswerValue;
  note: string | null;
  sources: string[];
  /** Starts at 1; every write adds 1 (optimistic concurrency). */
  version: number;
  updatedAt: string;
  updatedBy: ChangeActor;
}
