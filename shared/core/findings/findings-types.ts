import type { ChangeActor } from '../validation/validation-types.js';

/** One picked indicator, with an optional short text in English and Indonesian. */
export interface FindingPick {
  indicatorId: string;
  text?: { en?: string; id?: string };
}

/** `final` needs 3–5 highlights; `draft` is anything in progress. */
export type FindingsStatus = 'draft' | 'final';

/** The highlights and areas for further development a coordinator picked for one domain. */
export interface DomainFindings {
  domainId: string;
  highlights: FindingPick[];
  gaps: FindingPick[];
  status: FindingsStatus;
  /** Starts at 1; every write adds 1 (optimistic concurrency). */
  version: number;
  updatedAt: string;
  updatedBy: ChangeActor;
}

/** Input of saving one domain's findings. `expectedVersion` omitted = last writer wins (scripts). */
export interface SaveFindingsInput {
  assessmentId: string;
  domainId: string;
  highlights: FindingPick[];
  gaps: FindingPick[];
  status: FindingsStatus;
  expectedVersion?: number;
  actor: ChangeActor;
}

/** Where picked findings live. A version mismatch throws `findings.conflict` (409, details.current). */
export interface FindingsStore {
  list(assessmentId: string): Promise<DomainFindings[]>;
  /** One domain's findings (null: never saved) and the version a next write states (0: none). */
  get(assessmentId: string, domainId: string): Promise<{ value: DomainFindings | null; version: number }>;
  save(input: SaveFindingsInput): Promise<DomainFindings>;
}
