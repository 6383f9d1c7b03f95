import type { FindingPick } from '../findings/findings-types.js';
import { compareIds } from '../summary/compare-ids.js';
import type { IndicatorSummary } from '../summary/consensus.js';
import { domainScore, pickGaps, pickHighlights } from '../summary/summary.js';
import type {
  ReportAgency,
  ReportCitation,
  ReportDomain,
  ReportIndicator,
  ReportModel,
  ReportModelInput,
  ReportPick,
  Vote,
} from './report-types.js';

/** Distinct justifications the report quotes per highlight. */
export const REPORT_CITATIONS_PER_HIGHLIGHT = 8;

/** Names in reading order: "Agency 2" before "Agency 10", case and accents aside. */
const BY_NAME = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const NO_COUNTS = { yes: 0, partially: 0, no: 0, dont_know: 0, not_applicable: 0, unanswered: 0 };

/** Agencies per level, most first (then by level name), for the introduction. */
function countByLevel(agencies: readonly ReportAgency[]): ReportModel['agencies']['byLevel'] {
  const counts = new Map<string | null, number>();
  for (const a of agencies) counts.set(a.level, (counts.get(a.level) ?? 0) + 1);
  return [...counts]
    .map(([level, count]) => ({ level, count }))
    .sort((a, b) => b.count - a.count || String(a.level ?? '~').localeCompare(String(b.level ?? '~')));
}

/**
 * The report's content from the assessment's data: final answer = validated, else consensus; a
 * domain whose findings are `final` shows the coordinator's picks, any other domain the automatic
 * proposals (the summary's rule applied to the final answers), marked as proposed.
 */
export function buildReportModel(input: ReportModelInput): ReportModel {
  const { framework, summary } = input;
  const names = new Map(input.agencies.map((a) => [a.code, a.name] as const));
  const validated = new Map(input.validated.map((v) => [v.indicatorId, v] as const));
  const lines = new Map(summary.indicators.map((line) => [line.id, line] as const));
  const findings = new Map(input.findings.map((f) => [f.domainId, f] as const));

  const indicators: ReportIndicator[] = framework.indicators.map((indicator) => {
    const line = lines.get(indicator.id);
    const v = validated.get(indicator.id);
    const consensus = line?.consensus ?? null;
    return {
      id: indicator.id,
      domainId: indicator.domainId,
      text: indicator.text,
      consensus,
      validated: v?.answer ?? null,
      final: v?.answer ?? consensus,
      counts: line?.counts ?? NO_COUNTS,
      note: v?.note ?? null,
    };
  });
  const byId = new Map(indicators.map((i) => [i.id, i] as const));

  const citationsOf = (id: string): { citations: ReportCitation[]; more: number } => {
    const { citations, more } = input.citations.of(id, REPORT_CITATIONS_PER_HIGHLIGHT);
    return {
      more,
      citations: citations.map((c) => ({
        type: c.type,
        text: c.text,
        evidence: c.evidence,
        agencies: c.agencyCodes.map((code) => names.get(code) ?? code).sort(BY_NAME.compare),
        moreAgencies: c.agencyCount - c.agencyCodes.length,
      })),
    };
  };
  const pick = (p: FindingPick, withCitations: boolean): ReportPick | null => {
    const line = byId.get(p.indicatorId);
    if (!line) return null;
    const cited = withCitations ? citationsOf(line.id) : { citations: [], more: 0 };
    return {
      indicatorId: line.id,
      text: line.text,
      note: p.text && (p.text.en || p.text.id) ? p.text : null,
      final: line.final,
      counts: line.counts,
      citations: cited.citations,
      moreCitations: cited.more,
    };
  };

  const domains: ReportDomain[] = framework.domains.map((domain) => {
    const own = indicators.filter((i) => i.domainId === domain.id);
    const picked = findings.get(domain.id);
    const isFinal = picked?.status === 'final';
    // The summary's proposal rule over the final answers (evidence and counts as counted).
    const asLines = own.map((i) => ({ ...lines.get(i.id), id: i.id, counts: i.counts, consensus: i.final }));
    const proposals = {
      highlights: pickHighlights(asLines as IndicatorSummary[]).map((indicatorId) => ({ indicatorId })),
      gaps: pickGaps(asLines as IndicatorSummary[]).map((indicatorId) => ({ indicatorId })),
    };
    const chosen = isFinal ? picked : proposals;
    const count = (v: Vote | null) => own.filter((i) => i.final === v).length;
    return {
      id: domain.id,
      name: domain.name,
      status: isFinal ? 'final' : 'proposed',
      indicatorCount: own.length,
      met: count('yes'),
      partially: count('partially'),
      notMet: count('no'),
      open: count(null),
      finalScore: domainScore(own.map((i) => i.final)),
      consensusScore: domainScore(own.map((i) => i.consensus)),
      highlights: chosen.highlights.map((p) => pick(p, true)).filter((p) => p !== null),
      gaps: chosen.gaps.map((p) => pick(p, false)).filter((p) => p !== null),
    };
  });

  const participants = input.agencies
    .filter((a) => a.submittedAt !== null)
    .sort((a, b) => BY_NAME.compare(a.name, b.name) || compareIds(a.code, b.code));
  return {
    assessment: {
      id: input.assessment.id,
      name: input.assessment.name,
      createdAt: input.assessment.createdAt,
      deadline: input.assessment.deadline ?? null,
    },
    framework: { id: framework.id, version: framework.version, name: framework.name },
    generatedAt: input.generatedAt,
    agencies: {
      registered: input.agencies.length,
      submitted: participants.length,
      byLevel: countByLevel(participants),
    },
    domains,
    indicators,
    participants,
  };
}
