import type { FindingPick, FindingsStatus } from '../findings/findings-types.js';
import type { Framework } from '../framework.js';
import type { Lang, NormalizedResponse } from '../types.js';
import { compareIds } from './compare-ids.js';
import {
  countResponse,
  createIndicatorCounter,
  type IndicatorCounter,
  type IndicatorSummary,
  summarizeIndicator,
  totalEvidence,
} from './consensus.js';

/** One domain's line of the summary. */
export interface DomainSummary {
  id: string;
  name: string;
  indicatorCount: number;
  /** 100 × mean over indicators with a consensus (yes 1, partially 0.5, no 0), 1 decimal; null when none. */
  score: number | null;
  highlights: string[];
  gaps: string[];
  /** The score rule over each indicator's `final` answer (validated, else consensus). */
  finalScore: number | null;
  /** How many of the domain's indicators have a validated answer. */
  validatedCount: number;
  /** The findings the coordinator picked; null until any were saved (`highlights`/`gaps` stay automatic). */
  findings: { highlights: FindingPick[]; gaps: FindingPick[]; status: FindingsStatus } | null;
}

/** What people decided, folded into the summary: validated answers and picked findings. */
export interface SummaryDecisions {
  validation?: readonly { indicatorId: string; answer: 'yes' | 'partially' | 'no' }[];
  findings?: readonly {
    domainId: string;
    highlights: FindingPick[];
    gaps: FindingPick[];
    status: FindingsStatus;
  }[];
}

/** The summary JSON of the public contract (PRODUCT.md "Summary and consensus"). */
export interface AssessmentSummary {
  assessmentId: string;
  frameworkId: string;
  generatedAt: string;
  agencies: { registered: number; submitted: number; missing: string[] };
  indicators: IndicatorSummary[];
  domains: DomainSummary[];
}

/** Streams agencies' current responses into counters; never keeps a response. */
export interface SummaryAccumulator {
  /** Counts one agency's current submission. Throws when the same agency is added twice. */
  add(agency: string, responses: readonly NormalizedResponse[]): void;
  /** The summary of everything added so far. */
  finish(meta: { assessmentId: string; generatedAt: string | Date }): AssessmentSummary;
}

/** How many highlights and gaps a domain lists at most. */
export const MAX_DOMAIN_HIGHLIGHTS = 5;

/**
 * Creates the accumulator. Counts are over the agencies' CURRENT submissions only: an agency that
 * has not submitted is reported in `agencies.missing`, not as unanswered, so for every indicator
 * the six counts add up to `agencies.submitted`. A response for an indicator the framework does
 * not have is ignored, an indicator a submission lacks counts as unanswered, and a second response
 * for the same indicator within one submission is ignored (the first one counts).
 * Domain names are in `lang` (English by default).
 */
export function createSummaryAccumulator(
  framework: Framework,
  registeredAgencyCodes: Iterable<string>,
  options: { lang?: Lang } & SummaryDecisions = {},
): SummaryAccumulator {
  const lang = options.lang ?? 'en';
  const registered = new Set(registeredAgencyCodes);
  const index = new Map(framework.indicators.map((indicator, i) => [indicator.id, i] as const));
  const counters: IndicatorCounter[] = framework.indicators.map(() => createIndicatorCounter());
  const seenAgencies = new Set<string>();
  // Reused per agency: which indicators this submission answered (dedupe + missing → unanswered).
  const seen = new Uint8Array(framework.indicators.length);

  return {
    add(agency, responses) {
      if (seenAgencies.has(agency)) throw new Error(`agency ${agency} was added to the summary twice`);
      seenAgencies.add(agency);
      seen.fill(0);
      for (const response of responses) {
        const i = index.get(response.indicatorId);
        if (i === undefined || seen[i] === 1) continue;
        seen[i] = 1;
        countResponse(counters[i]!, response);
      }
      for (let i = 0; i < seen.length; i++) if (seen[i] === 0) countResponse(counters[i]!, undefined);
    },

    finish(meta) {
      const validated = new Map((options.validation ?? []).map((v) => [v.indicatorId, v.answer] as const));
      const picked = new Map((options.findings ?? []).map((f) => [f.domainId, f] as const));
      const indicators = framework.indicators.map((indicator, i) =>
        summarizeIndicator(indicator, counters[i]!, validated.get(indicator.id) ?? null),
      );
      const domains = framework.domains.map((domain) =>
        summarizeDomain(
          domain.id,
          domain.name[lang],
          indicators.filter((line) => line.domainId === domain.id),
          picked.get(domain.id),
        ),
      );
      const missing = [...registered].filter((code) => !seenAgencies.has(code)).sort(compareIds);
      return {
        assessmentId: meta.assessmentId,
        frameworkId: framework.id,
        generatedAt: meta.generatedAt instanceof Date ? meta.generatedAt.toISOString() : meta.generatedAt,
        agencies: { registered: registered.size, submitted: seenAgencies.size, missing },
        indicators,
        domains,
      };
    },
  };
}

/** Points in halves so the score stays in integers until the final rounding: yes 2, partially 1, no 0. */
const HALF_POINTS = { yes: 2, partially: 1, no: 0 } as const;

/**
 * The domain score: 100 × mean of yes 1 / partially 0.5 / no 0 over indicators that have a
 * consensus, rounded half-up to one decimal; null when no indicator of the domain has one (a score
 * of 0 would claim every indicator is unmet).
 */
export function domainScore(consensuses: readonly IndicatorSummary['consensus'][]): number | null {
  let halves = 0;
  let n = 0;
  for (const consensus of consensuses) {
    if (consensus === null) continue;
    halves += HALF_POINTS[consensus];
    n += 1;
  }
  if (n === 0) return null;
  // 100 × halves / (2n), in tenths: 500 × halves / n, an exact ratio of integers before rounding.
  return Math.round((500 * halves) / n) / 10;
}

/** Highlights: consensus yes, by practice evidence desc, total evidence desc, then id. */
export function pickHighlights(lines: readonly IndicatorSummary[]): string[] {
  return lines
    .filter((line) => line.consensus === 'yes')
    .sort(
      (a, b) =>
        b.evidence.practice - a.evidence.practice ||
        totalEvidence(b.evidence) - totalEvidence(a.evidence) ||
        compareIds(a.id, b.id),
    )
    .slice(0, MAX_DOMAIN_HIGHLIGHTS)
    .map((line) => line.id);
}

/** Gaps: consensus no or partially, by `no` count desc, then id. */
export function pickGaps(lines: readonly IndicatorSummary[]): string[] {
  return lines
    .filter((line) => line.consensus === 'no' || line.consensus === 'partially')
    .sort((a, b) => b.counts.no - a.counts.no || compareIds(a.id, b.id))
    .slice(0, MAX_DOMAIN_HIGHLIGHTS)
    .map((line) => line.id);
}

function summarizeDomain(
  id: string,
  name: string,
  lines: IndicatorSummary[],
  picked: NonNullable<SummaryDecisions['findings']>[number] | undefined,
): DomainSummary {
  return {
    id,
    name,
    indicatorCount: lines.length,
    score: domainScore(lines.map((line) => line.consensus)),
    highlights: pickHighlights(lines),
    gaps: pickGaps(lines),
    finalScore: domainScore(lines.map((line) => line.final)),
    validatedCount: lines.filter((line) => line.validated !== null).length,
    findings: picked
      ? {
          highlights: picked.highlights.map(copyPick),
          gaps: picked.gaps.map(copyPick),
          status: picked.status,
        }
      : null,
  };
}

function copyPick(pick: FindingPick): FindingPick {
  return pick.text
    ? { indicatorId: pick.indicatorId, text: { ...pick.text } }
    : { indicatorId: pick.indicatorId };
}
