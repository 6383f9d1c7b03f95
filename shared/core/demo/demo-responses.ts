import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../answers.js';
import type { Framework } from '../framework.js';
import type { Answer, JustificationType, NormalizedResponse } from '../types.js';
import type { ResponseInput } from '../validate-responses.js';
import { composeJustification } from './compose-justification.js';
import type { DemoAgency } from './demo-agencies.js';
import { mandateWeight } from './mandates.js';
import { createRng, type Rng } from './prng.js';

/**
 * How far the province has got on an indicator (the chance an agency that knows says `yes`):
 * the same for every agency, so answers cluster, with room for disagreement.
 */
function indicatorMaturity(seed: string, indicatorId: string): number {
  const r = createRng(`${seed}:maturity:${indicatorId}`).next();
  return r < 0.3 ? 0.75 : r < 0.68 ? 0.42 : 0.02;
}

// NGOs and universities judge the government more strictly than the offices that run the services.
const OPTIMISM: Record<DemoAgency['level'], number> = {
  provincial: 0.08,
  district: 0.03,
  national: 0.05,
  ngo: -0.2,
  academic: -0.1,
  other: 0,
};

function informedAnswer(maturity: number, agency: DemoAgency, rng: Rng): Answer {
  if (rng.chance(0.05)) return 'dont_know';
  const r = rng.next();
  // Optimism colours the judgement of what exists; where nearly nothing exists nobody claims it.
  const yes = maturity < 0.2 ? maturity : Math.min(0.95, maturity + OPTIMISM[agency.level]);
  if (r < yes) return 'yes';
  // Where much exists, a doubter says "partially" rather than "no"; where little exists, those who
  // know say so plainly. Disagreement (yes and no) then clusters on the indicators in between.
  const partialShare = maturity > 0.6 ? 0.95 : maturity < 0.2 ? 0.3 : 0.55;
  return r < yes + (1 - yes) * partialShare ? 'partially' : 'no';
}

function justificationType(agency: DemoAgency, rng: Rng): JustificationType {
  const r = rng.next();
  const practiceShare = agency.level === 'ngo' || agency.level === 'academic' ? 0.45 : 0.2;
  if (r < practiceShare) return 'practice';
  return r < practiceShare + (1 - practiceShare) / 2 ? 'regulation' : 'programme';
}

const NO_NOTES = {
  id: 'Belum ada regulasi atau program daerah yang mengatur hal ini.',
  en: 'There is no local regulation or programme on this yet.',
};

/**
 * The answers one demo agency gives, deterministic for (seed, agency): within its mandate it
 * answers yes/partially/no after the indicator's maturity and justifies in its own words; outside
 * it answers "not our mandate" or "don't know", or leaves the cell blank.
 */
export function demoResponses(framework: Framework, agency: DemoAgency, seed: string): NormalizedResponse[] {
  const rng = createRng(`${seed}:agency:${agency.code}`);
  return framework.indicators.map((indicator) => {
    const blank: NormalizedResponse = {
      indicatorId: indicator.id,
      answer: null,
      justificationType: null,
      justification: null,
      evidence: null,
    };
    if (!rng.chance(mandateWeight(agency.kind, indicator))) {
      const r = rng.next();
      return { ...blank, answer: r < 0.7 ? 'not_applicable' : r < 0.92 ? 'dont_know' : null };
    }
    const answer = informedAnswer(indicatorMaturity(seed, indicator.id), agency, rng);
    if (answer === 'yes' || answer === 'partially') {
      const type = justificationType(agency, rng);
      const text = composeJustification(agency, type, answer === 'partially', indicator.text.en, rng);
      return {
        ...blank,
        answer,
        justificationType: type,
        ...text,
        evidence: rng.chance(0.7) ? text.evidence : null,
      };
    }
    if (answer === 'no' && rng.chance(0.5)) return { ...blank, answer, justification: NO_NOTES[agency.lang] };
    return { ...blank, answer };
  });
}

/** The rows an agency types into its template: answers and types as the labels of its language. */
export function toTemplateRows(responses: NormalizedResponse[], lang: DemoAgency['lang']): ResponseInput[] {
  return responses.map((r) => ({
    indicatorId: r.indicatorId,
    answer: r.answer ? ANSWER_LABELS[lang][r.answer] : null,
    justificationType: r.justificationType ? JUSTIFICATION_LABELS[lang][r.justificationType] : null,
    justification: r.justification,
    evidence: r.evidence,
  }));
}
