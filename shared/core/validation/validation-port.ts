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

/** Where validated answers live. A version mismatch throws `validation.conflict` (409, details.current). */
export interface ValidationStore {
  list(assessmentId: string): Promise<ValidatedAnswer[]>;
  set(input: SetValidationInput): Promise<ValidatedAnswer>;
  clear(input: ClearValidationInput): Promise<void>;
}
