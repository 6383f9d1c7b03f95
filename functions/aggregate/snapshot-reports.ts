/** The draft reports an aggregation snapshot keeps beside its workbooks (one per language). */
import { rasteriseSvg } from '../../shared/adapters/report/resvg-rasteriser.js';
import type { DomainFindings } from '../../shared/core/findings/findings-types.js';
import type { Framework } from '../../shared/core/framework.js';
import { buildReportDocx, buildReportModel, reportAgencies } from '../../shared/core/report/index.js';
import type { ReportCitationCollector } from '../../shared/core/report/report-citations.js';
import type { ReportSummary } from '../../shared/core/report/report-types.js';
import type { ConsolidatedAgency } from '../../shared/core/summary/consolidated-types.js';
import { LANGS, type Lang } from '../../shared/core/types.js';
import type { ValidatedAnswer } from '../../shared/core/validation/validation-types.js';
import type { Assessment } from '../../shared/ports.js';

/** Where the assessment's deadline is read (the deadline store). */
export interface ReportDeadlines {
  getSettings(assessmentId: string): Promise<{ deadline: string | null } | null>;
}

/**
 * Both languages' reports from what the aggregation's one pass already produced: the summary and
 * the citations collected from the same pages (no second read of the store).
 */
export async function snapshotReports(
  input: {
    assessment: Assessment;
    framework: Framework;
    agencies: readonly ConsolidatedAgency[];
    summary: ReportSummary;
    citations: ReportCitationCollector;
    decisions: { validation: readonly ValidatedAnswer[]; findings: readonly DomainFindings[] };
  },
  deps: { deadlines?: ReportDeadlines } = {},
): Promise<Partial<Record<Lang, Uint8Array>>> {
  const settings = await deps.deadlines?.getSettings(input.assessment.id);
  const model = buildReportModel({
    framework: input.framework,
    assessment: { ...input.assessment, deadline: settings?.deadline ?? null },
    agencies: reportAgencies(input.agencies),
    summary: input.summary,
    validated: input.decisions.validation,
    findings: input.decisions.findings,
    citations: input.citations,
    generatedAt: input.summary.generatedAt,
  });
  const reports: Partial<Record<Lang, Uint8Array>> = {};
  for (const lang of LANGS) reports[lang] = await buildReportDocx(model, lang, { rasterise: rasteriseSvg });
  return reports;
}
