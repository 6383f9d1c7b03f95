/**
 * The web form's field names and the mapping between posted fields, `ResponseInput`s and the
 * issues `validateResponses` returns (so each error is shown next to its field).
 */
import type { Framework } from '../../shared/core/framework.js';
import type { Issue, NormalizedResponse } from '../../shared/core/types.js';
import type { ResponseField, ResponseInput } from '../../shared/core/validate-responses.js';

const PREFIX: Record<ResponseField, string> = {
  answer: 'a',
  justificationType: 't',
  justification: 'j',
  evidence: 'e',
};

/** The posted name of one field of one indicator, e.g. `a.1.01`. */
export function fieldName(field: ResponseField, indicatorId: string): string {
  return `${PREFIX[field]}.${indicatorId}`;
}

/** An HTML id for a field (dots replaced, so it also works as a URL fragment everywhere). */
export function fieldId(field: ResponseField, indicatorId: string, suffix = ''): string {
  return `f-${PREFIX[field]}-${indicatorId.replace(/[^A-Za-z0-9]/g, '_')}${suffix ? `-${suffix}` : ''}`;
}

/** What the user typed, per indicator, as text (missing fields are empty). */
export type FormValues = Map<string, Record<ResponseField, string>>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Reads the posted form into values (to show again) and inputs (to validate), in framework order. */
export function readFormPost(
  framework: Framework,
  body: Record<string, unknown>,
): { values: FormValues; inputs: ResponseInput[] } {
  const values: FormValues = new Map();
  const inputs: ResponseInput[] = [];
  for (const { id } of framework.indicators) {
    const v = {
      answer: text(body[fieldName('answer', id)]),
      justificationType: text(body[fieldName('justificationType', id)]),
      justification: text(body[fieldName('justification', id)]),
      evidence: text(body[fieldName('evidence', id)]),
    };
    values.set(id, v);
    inputs.push({
      indicatorId: id,
      answer: v.answer || null,
      justificationType: v.justificationType || null,
      justification: v.justification || null,
      evidence: v.evidence || null,
    });
  }
  return { values, inputs };
}

/** The current answers as form values (to pre-fill the form). */
export function valuesFromResponses(responses: readonly NormalizedResponse[] | null): FormValues {
  const values: FormValues = new Map();
  for (const r of responses ?? []) {
    values.set(r.indicatorId, {
      answer: r.answer ?? '',
      justificationType: r.justificationType ?? '',
      justification: r.justification ?? '',
      evidence: r.evidence ?? '',
    });
  }
  return values;
}

/** Issues keyed `indicatorId:field` (an issue without a field goes under `indicatorId:`). */
export function issuesByField(issues: readonly Issue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const issue of issues) {
    if (issue.indicatorId === null) continue;
    const key = `${issue.indicatorId}:${issue.field ?? ''}`;
    map.set(key, [...(map.get(key) ?? []), issue.message]);
  }
  return map;
}
