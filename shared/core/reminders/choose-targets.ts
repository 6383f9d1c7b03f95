import type { Lang } from '../types.js';

/** An agency as the reminder rules see it. */
export interface ReminderCandidate {
  code: string;
  name: string;
  contactName: string | null;
  email: string | null;
  lang: Lang;
  disabled: boolean;
  submitted: boolean;
}

/** A requested code the rules refused, with its place in the request. */
export interface RefusedTarget {
  index: number;
  code: string;
  reason: 'unknown' | 'disabled';
}

/**
 * Who gets a reminder: the requested agencies (codes matched case-insensitively, each once), or by
 * default every enabled agency with no current submission. A requested code that is not registered
 * or is disabled is refused with its index, so the caller can name `agencies.<i>`.
 */
export function chooseReminderTargets(
  agencies: readonly ReminderCandidate[],
  requested?: readonly string[],
): { targets: ReminderCandidate[]; refused: RefusedTarget[] } {
  if (requested === undefined) {
    return { targets: agencies.filter((a) => !a.disabled && !a.submitted), refused: [] };
  }
  const byCode = new Map(agencies.map((a) => [a.code.toUpperCase(), a]));
  const targets: ReminderCandidate[] = [];
  const refused: RefusedTarget[] = [];
  const seen = new Set<string>();
  requested.forEach((raw, index) => {
    const code = raw.trim().toUpperCase();
    const agency = byCode.get(code);
    if (!agency) refused.push({ index, code: raw, reason: 'unknown' });
    else if (agency.disabled) refused.push({ index, code: agency.code, reason: 'disabled' });
    else if (!seen.has(agency.code)) {
      seen.add(agency.code);
      targets.push(agency);
    }
  });
  return { targets, refused };
}
