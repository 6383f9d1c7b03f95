import type { Framework } from '../framework.js';
import { type Answer, JUSTIFICATION_TYPES, type NormalizedResponse } from '../types.js';
import { countAnswers } from '../validate-responses.js';
import type { AgencyResponses, ConsolidatedAgency } from './consolidated-types.js';

/** Small fast deterministic PRNG (mulberry32): the same seed gives the same assessment everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ['province', 'regency', 'city', 'ministry', 'ngo'];
const PHRASES = [
  'Provincial regulation on the protection of migrant workers and their families',
  'One-stop service centre for migrant workers opened in the regency capital',
  'Reintegration programme for returnees with village-level training',
  'Disaster plan covers people on the move, including seasonal workers',
  'Cooperation agreement with the national migrant-worker agency renewed',
];

/** The code of the i-th sample agency (`AG-00001`, …). */
export function sampleAgencyCode(i: number): string {
  return `AG-${String(i + 1).padStart(5, '0')}`;
}

/** One sample agency's answers: roughly 40% yes, 20% partially, 20% no, 8% don't know, 4% n/a, 8% blank. */
export function sampleResponses(framework: Framework, agencyIndex: number, seed = 1): NormalizedResponse[] {
  const random = prng(seed * 1_000_003 + agencyIndex);
  return framework.indicators.map((indicator, k) => {
    const r = random();
    const answer: Answer | null =
      r < 0.4
        ? 'yes'
        : r < 0.6
          ? 'partially'
          : r < 0.8
            ? 'no'
            : r < 0.88
              ? 'dont_know'
              : r < 0.92
                ? 'not_applicable'
                : null;
    const justified = answer === 'yes' || answer === 'partially';
    const type = justified ? JUSTIFICATION_TYPES[Math.floor(random() * JUSTIFICATION_TYPES.length)]! : null;
    return {
      indicatorId: indicator.id,
      answer,
      justificationType: type,
      justification: justified
        ? `${PHRASES[(agencyIndex + k) % PHRASES.length]} (${sampleAgencyCode(agencyIndex)}).`
        : null,
      evidence:
        justified && random() < 0.5 ? `Perda No. ${(agencyIndex % 40) + 1}/2024, art. ${k + 1}` : null,
    };
  });
}

/**
 * A sample assessment: `registered` agencies of which the first `submitted` have a current
 * submission. Responses are regenerated on every read, like a store read, never kept.
 */
export function sampleAssessment(framework: Framework, registered: number, submitted = registered, seed = 1) {
  const agencies: ConsolidatedAgency[] = Array.from({ length: registered }, (_, i) => ({
    code: sampleAgencyCode(i),
    name: `Sample agency ${i + 1}`,
    level: LEVELS[i % LEVELS.length]!,
    current:
      i < submitted
        ? {
            submissionId: `sub-${i + 1}`,
            receivedAt: new Date(Date.UTC(2026, 2, 1, 8, 0, 0) + i * 60_000).toISOString(),
            channel: i % 3 === 0 ? ('form' as const) : ('xlsx' as const),
            counts: countAnswers(sampleResponses(framework, i, seed)),
          }
        : null,
  }));
  async function* pages(): AsyncIterable<AgencyResponses> {
    for (let i = 0; i < submitted; i++) {
      yield {
        agency: sampleAgencyCode(i),
        submissionId: `sub-${i + 1}`,
        responses: sampleResponses(framework, i, seed),
      };
    }
  }
  return { agencies, pages };
}
