import type { ResponseInput } from '../validate-responses.js';
import { DEMO_AGENCIES, type DemoAgency } from './demo-agencies.js';

/** How a demo file goes wrong: the mistakes that agencies really make. */
export type BrokenVariant = 'missing_justification' | 'unknown_answer' | 'short_justification';

/** What one agency does in the demo. */
export interface DemoStep {
  agency: DemoAgency;
  /** `missing`: never submits; `xlsx`: uploads its filled template; `form`: uses the web form. */
  channel: 'xlsx' | 'form' | 'missing';
  /** When set, its first upload has this mistake (rejected with 422) and a corrected one follows. */
  firstAttemptBroken?: BrokenVariant;
}

// Who stays silent, who gets it wrong first, who prefers the web form: fixed, so every run of the
// demo tells the same story (5 missing, 3 rejected then corrected, 10 by web form).
const MISSING = new Set(['KESBANGPOL', 'SATPOLPP', 'DINKOPUKM', 'UNSOED', 'RSUD-CILACAP']);
const BROKEN: Record<string, BrokenVariant> = {
  'DISNAKER-BBS': 'missing_justification',
  'DINKES-CLP': 'unknown_answer',
  'SBMI-JATENG': 'short_justification',
};
const FORM = new Set([
  'MIGRANTCARE',
  'LBH-SMG',
  'PKBI-JATENG',
  'YAYASAN-SETARA',
  'UNNES',
  'UIN-WALISONGO',
  'BPS-JATENG',
  'KANIM-CLP',
  'DISKOMINFO',
  'BAPPEDA-KDL',
]);

/** The demo's script: one step per agency, in roster order. */
export function demoPlan(agencies: readonly DemoAgency[] = DEMO_AGENCIES): DemoStep[] {
  return agencies.map((agency) => {
    if (MISSING.has(agency.code)) return { agency, channel: 'missing' };
    const broken = BROKEN[agency.code];
    const channel = FORM.has(agency.code) ? 'form' : 'xlsx';
    return broken ? { agency, channel, firstAttemptBroken: broken } : { agency, channel };
  });
}

const UNKNOWN_ANSWERS = { id: ['Mungkin', 'Sudah'], en: ['Maybe', 'Done'] };

/**
 * The template rows with one kind of mistake, in the first answered rows it can apply to:
 * yes/partially without justification (4 rows), an answer that is no label (2 rows), or a
 * justification shorter than 10 characters (3 rows).
 */
export function breakRows(
  rows: ResponseInput[],
  variant: BrokenVariant,
  lang: DemoAgency['lang'],
): ResponseInput[] {
  const out = rows.map((r) => ({ ...r }));
  const justified = out.filter((r) => r.justification && r.justificationType);
  if (variant === 'missing_justification') {
    for (const row of justified.slice(0, 4)) {
      row.justification = null;
      row.justificationType = null;
      row.evidence = null;
    }
  } else if (variant === 'short_justification') {
    for (const row of justified.slice(0, 3)) row.justification = lang === 'id' ? 'ada' : 'yes, we do';
  } else {
    UNKNOWN_ANSWERS[lang].forEach((label, i) => {
      const row = out[i * 7];
      if (row) row.answer = label;
    });
  }
  return out;
}
