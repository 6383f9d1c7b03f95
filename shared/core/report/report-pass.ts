import type { DomainFindings } from '../findings/findings-types.js';
import type { Framework } from '../framework.js';
import type { AgencyResponses, ConsolidatedAgency } from '../summary/consolidated-types.js';
import { createSummaryAccumulator } from '../summary/summary.js';
import type { ValidatedAnswer } from '../validation/validation-types.js';
import { ReportCitationCollector } from './report-citations.js';
import { buildReportModel } from './report-model.js';
import type { ReportAgency, ReportModel } from './report-types.js';

/** What a report needs besides the agencies' current responses. */
export interface ReportSource {
  framework: Framework;
  assessment: { id: string; name: string; createdAt: string; deadline?: string | null };
  /** Every registered agency, with its current submission's time when it has one. */
  agencies: readonly Pick<ConsolidatedAgency, 'code' | 'name' | 'level' | 'current'>[];
  validated: readonly ValidatedAnswer[];
  findings: readonly DomainFindings[];
  generatedAt: string | Date;
}

/** The registered agencies as the report lists them. */
export function reportAgencies(agencies: ReportSource['agencies']): ReportAgency[] {
  return agencies.map((a) => ({
    code: a.code,
    name: a.name,
    level: a.level,
    submittedAt: a.current?.receivedAt ?? null,
  }));
}

/**
 * A tap for a pass that already reads the responses (the aggregation's consolidation): the citation
 * collector fed with every page on its way through.
 */
export async function* collectingCitations(
  pages: AsyncIterable<AgencyResponses>,
  collector: ReportCitationCollector,
): AsyncIterable<AgencyResponses> {
  for await (const page of pages) {
    collector.add(page.agency, page.responses);
    yield page;
  }
}

/**
 * The report model from ONE read of the agencies' current responses: each page feeds the summary
 * counters and the citation collector, then is dropped, so memory stays bounded at any number of
 * agencies.
 */
export async function reportModelFromPages(
  source: ReportSource,
  pages: AsyncIterable<AgencyResponses>,
): Promise<ReportModel> {
  const acc = createSummaryAccumulator(
    source.framework,
    source.agencies.map((a) => a.code),
  );
  const citations = new ReportCitationCollector();
  for await (const page of pages) {
    acc.add(page.agency, page.responses);
    citations.add(page.agency, page.responses);
  }
  const generatedAt =
    source.generatedAt instanceof Date ? source.generatedAt.toISOString() : source.generatedAt;
  const summary = acc.finish({ assessmentId: source.assessment.id, generatedAt });
  return buildReportModel({
    framework: source.framework,
    assessment: source.assessment,
    agencies: reportAgencies(source.agencies),
    summary,
    validated: source.validated,
    findings: source.findings,
    citations,
    generatedAt,
  });
}
