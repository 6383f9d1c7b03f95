import type { Framework } from '../framework.js';
import { ANSWERS, type Answer, type NormalizedResponse } from '../types.js';

const CODE = new Map<Answer, number>(ANSWERS.map((a, i) => [a, i + 1]));

/**
 * Every agency's answer to every indicator, one byte each (0 = blank): 10,000 agencies × 76
 * indicators is 760 KB. Filled in the same pass over the store as the summary, it lets the
 * Matrix sheet be written without reading the store again, in either orientation.
 */
export interface AnswerMatrix {
  /** Agency codes with a row, in the order given at creation. */
  readonly agencies: readonly string[];
  readonly indicatorIds: readonly string[];
  /** Records one agency's answers; agencies not given at creation are ignored. */
  add(agency: string, responses: readonly NormalizedResponse[]): void;
  /** Whether the agency's answers were added. */
  has(agency: string): boolean;
  /** The answer of agency row `a` to indicator column `i`; null when blank. */
  answer(a: number, i: number): Answer | null;
}

/** An empty matrix over `agencyCodes` (one row each) and the framework's indicators. */
export function createAnswerMatrix(framework: Framework, agencyCodes: readonly string[]): AnswerMatrix {
  const indicatorIds = framework.indicators.map((i) => i.id);
  const n = indicatorIds.length;
  const column = new Map(indicatorIds.map((id, i) => [id, i]));
  const row = new Map(agencyCodes.map((code, a) => [code, a]));
  const codes = new Uint8Array(n * agencyCodes.length);
  const added = new Uint8Array(agencyCodes.length);
  return {
    agencies: agencyCodes,
    indicatorIds,
    add(agency, responses) {
      const a = row.get(agency);
      if (a === undefined) return;
      added[a] = 1;
      // As in the summary, the first response to an indicator counts, even when blank.
      const seen = new Uint8Array(n);
      for (const r of responses) {
        const i = column.get(r.indicatorId);
        if (i === undefined || seen[i] === 1) continue;
        seen[i] = 1;
        codes[a * n + i] = r.answer === null ? 0 : CODE.get(r.answer)!;
      }
    },
    has(agency) {
      const a = row.get(agency);
      return a !== undefined && added[a] === 1;
    },
    answer(a, i) {
      const code = codes[a * n + i]!;
      return code === 0 ? null : ANSWERS[code - 1]!;
    },
  };
}
