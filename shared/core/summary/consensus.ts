import type { Answer, AnswerCounts, JustificationType, NormalizedResponse } from '../types.js';

/** The consensus of one indicator; null when no agency voted yes, partially or no. */
export type Consensus = 'yes' | 'partially' | 'no' | null;

/** How many yes/partially answers cite each justification type. */
export interface EvidenceCounts {
  regulation: number;
  programme: number;
  practice: number;
}

/** One indicator's line of the summary (PRODUCT.md "Summary and consensus"). */
export interface IndicatorSummary {
  id: string;
  domainId: string;
  counts: AnswerCounts;
  consensus: Consensus;
  /** Largest of the yes/partially/no counts divided by votes, 3 decimals; null when votes = 0. */
  agreement: number | null;
  disagreement: boolean;
  evidence: EvidenceCounts;
  /** min(yes, no) / votes, 3 decimals; 0 when votes = 0. The focus group discusses high splits first. */
  split: number;
  /** split ≥ 0.2 (`CONTESTED_SPLIT`). */
  contested: boolean;
  /** The focus group's validated answer, or null. */
  validated: 'yes' | 'partially' | 'no' | null;
  /** validated, else consensus. */
  final: Consensus;
}

/** Mutable counters for one indicator while responses stream past. */
export interface IndicatorCounter {
  counts: AnswerCounts;
  evidence: EvidenceCounts;
}

/** A zeroed counter. */
export function createIndicatorCounter(): IndicatorCounter {
  return {
    counts: { yes: 0, partially: 0, no: 0, dont_know: 0, not_applicable: 0, unanswered: 0 },
    evidence: { regulation: 0, programme: 0, practice: 0 },
  };
}

/**
 * Counts one agency's answer to the indicator. A blank answer counts as unanswered. Evidence is
 * counted only for yes/partially: those are the answers that must be justified, and a "no" that
 * happens to name a regulation is not evidence that the indicator is met.
 */
export function countResponse(
  counter: IndicatorCounter,
  response: Pick<NormalizedResponse, 'answer' | 'justificationType'> | undefined,
): void {
  const answer: Answer | null = response?.answer ?? null;
  if (answer === null) {
    counter.counts.unanswered += 1;
    return;
  }
  counter.counts[answer] += 1;
  const type: JustificationType | null = response?.justificationType ?? null;
  if ((answer === 'yes' || answer === 'partially') && type !== null) counter.evidence[type] += 1;
}

/**
 * The consensus rule: none (null) when votes = 0; the value with more than half of the votes;
 * otherwise `partially`. "Don't know" and "not applicable" are not votes: an agency that cannot
 * judge an indicator must not pull it towards any side. With no strict majority the indicator is
 * neither clearly met nor clearly unmet, which is what `partially` means — even when nobody
 * answered `partially` (e.g. 2 yes, 2 no).
 */
export function consensusOf(counts: Pick<AnswerCounts, 'yes' | 'partially' | 'no'>): Consensus {
  const votes = counts.yes + counts.partially + counts.no;
  if (votes === 0) return null;
  // 2 × count > votes is "more than half" without fractions.
  if (2 * counts.yes > votes) return 'yes';
  if (2 * counts.no > votes) return 'no';
  // A partially majority and no majority at all both land here.
  return 'partially';
}

/**
 * Agreement = the largest of the yes, partially and no counts divided by votes, rounded half-up to
 * 3 decimals (0.667 for 2 of 3); null when votes = 0. The largest count is taken over the three
 * vote values even when the consensus is `partially` by the no-majority rule, so 2 yes / 2 no gives
 * 0.5: half the agencies agree with each other, which is what the focus group needs to see.
 */
export function agreementOf(counts: Pick<AnswerCounts, 'yes' | 'partially' | 'no'>): number | null {
  const votes = counts.yes + counts.partially + counts.no;
  if (votes === 0) return null;
  const largest = Math.max(counts.yes, counts.partially, counts.no);
  // Integer numerator and denominator: an exact .5 is represented exactly, so rounding is half-up.
  return Math.round((1000 * largest) / votes) / 1000;
}

/** Disagreement: at least one agency said yes and at least one said no. */
export function disagreementOf(counts: Pick<AnswerCounts, 'yes' | 'no'>): boolean {
  return counts.yes >= 1 && counts.no >= 1;
}

/** An indicator is contested from this split on (one in five votes on each side). */
export const CONTESTED_SPLIT = 0.2;

/**
 * Split = min(yes, no) / votes, rounded half-up to 3 decimals; 0 when votes = 0. It is high only
 * when BOTH sides have many votes: 5 yes / 5 no is 0.5, 9 yes / 1 no is 0.1, and `partially`
 * votes dilute it (they are neither side).
 */
export function splitOf(counts: Pick<AnswerCounts, 'yes' | 'partially' | 'no'>): number {
  const votes = counts.yes + counts.partially + counts.no;
  if (votes === 0) return 0;
  return Math.round((1000 * Math.min(counts.yes, counts.no)) / votes) / 1000;
}

/** The indicator's summary line from its counters and the focus group's validated answer. */
export function summarizeIndicator(
  indicator: { id: string; domainId: string },
  counter: IndicatorCounter,
  validated: IndicatorSummary['validated'] = null,
): IndicatorSummary {
  const counts = { ...counter.counts };
  const consensus = consensusOf(counts);
  const split = splitOf(counts);
  return {
    id: indicator.id,
    domainId: indicator.domainId,
    counts,
    consensus,
    agreement: agreementOf(counts),
    disagreement: disagreementOf(counts),
    evidence: { ...counter.evidence },
    split,
    contested: split >= CONTESTED_SPLIT,
    validated,
    final: validated ?? consensus,
  };
}

/** Total evidence of an indicator: yes/partially answers that cite any justification type. */
export function totalEvidence(evidence: EvidenceCounts): number {
  return evidence.regulation + evidence.programme + evidence.practice;
}
