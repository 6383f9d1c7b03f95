import type { ChangeActor, ValidatedAnswer, ValidatedAnswerValue } from './validation-types.js';

/** Input of one validation write. `expectedVersion` omitted = last writer wins (scripts). */
export interface SetValidationInput {
  assessmentId: string;
  indicatorId: string;
  answer: ValidatedAnswerValue;
  note: string | null;
  sources: string[];
  expectedVersion?: number;
  actor: ChangeActor;
}

/** Input of clearing a validated answer. */
export interface ClearValidationInput {
  assessmentId: string;
  indicatorId: string;
  expectedVersion?: number;
  actor: ChangeActor;
}

/** What is stored for one indicator: its validated answer (null: none or cleared) and version (0: never written). */
export interface StoredValidation {
  value: ValidatedAnswer | null;
  version: number;
}

/** Where validated answers live. A version mismatch throws `validation.conflict` (409, details.current). */
export interface ValidationStore {
  list(assessmentId: string): Promise<ValidatedAnswer[]>;
  /** One indicator's answer and the version a next write states. */
  get(assessmentId: string, indicatorId: string): Promise<StoredValidation>;
  /** The version of every indicator ever written (cleared ones too), for pages that write next. */
  versions(assessmentId: string): Promise<Map<string, number>>;
  set(input: SetValidationInput): Promise<ValidatedAnswer>;
  clear(input: ClearValidationInput): Promise<void>;
}
