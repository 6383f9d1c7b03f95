/** What changed between two versions of an agency's answers, indicator by indicator. */
import type { Framework } from '../framework.js';
import type { NormalizedResponse } from '../types.js';

export const DIFF_FIELDS = ['answer', 'justificationType', 'justification', 'evidence'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldChange {
  field: DiffField;
  from: string | null;
  to: string | null;
}

export interface IndicatorChange {
  indicatorId: string;
  domainId: string;
  changes: FieldChange[];
}

/**
 * The indicators whose answer, justification type, justification or evidence differ between
 * `from` and `to`, in framework order; an indicator missing from a version counts as blank.
 */
export function diffResponses(
  framework: Framework,
  from: NormalizedResponse[],
  to: NormalizedResponse[],
): IndicatorChange[] {
  const before = new Map(from.map((r) => [r.indicatorId, r]));
  const after = new Map(to.map((r) => [r.indicatorId, r]));
  const out: IndicatorChange[] = [];
  for (const indicator of framework.indicators) {
    const a = before.get(indicator.id);
    const b = after.get(indicator.id);
    const changes: FieldChange[] = [];
    for (const field of DIFF_FIELDS) {
      const x = a?.[field] ?? null;
      const y = b?.[field] ?? null;
      if (x !== y) changes.push({ field, from: x, to: y });
    }
    if (changes.length > 0) out.push({ indicatorId: indicator.id, domainId: indicator.domainId, changes });
  }
  return out;
}
