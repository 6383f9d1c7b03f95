/** The draft report of one assessment, read from the stores in one pass (API, web, CLI). */
import { rasteriseSvg } from '../../../shared/adapters/report/resvg-rasteriser.js';
import { fail } from '../../../shared/core/errors/index.js';
import type { DomainFindings } from '../../../shared/core/findings/findings-types.js';
import { buildReportDocx, reportModelFromPages } from '../../../shared/core/report/index.js';
import type { ReportModel } from '../../../shared/core/report/report-types.js';
import type { Lang } from '../../../shared/core/types.js';
import type { ValidatedAnswer } from '../../../shared/core/validation/validation-types.js';
import type { AssessmentStore, Clock } from '../../../shared/ports.js';
import { findFramework } from './frameworks.js';

/** The Word document's content type. */
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the report reads; validation, findings and deadlines are optional (empty without them). */
export interface ReportDeps {
  store: AssessmentStore;
  clock: Clock;
  validation?: { list(assessmentId: string): Promise<ValidatedAnswer[]> };
  findings?: { list(assessmentId: string): Promise<DomainFindings[]> };
  deadlines?: { getSettings(assessmentId: string): Promise<{ deadline: string | null } | null> };
}

/** The report model of an assessment; 404 `assessment.not_found` when it does not exist. */
export async function assessmentReportModel(deps: ReportDeps, assessmentId: string): Promise<ReportModel> {
  const assessment = await deps.store.getAssessment(assessmentId);
  if (!assessment) throw fail('assessment.not_found', { id: assessmentId });
  const [framework, agencies, validated, findings, settings] = await Promise.all([
    findFramework(deps.store, assessment.frameworkId),
    deps.store.listAgencies(assessmentId),
    deps.validation?.list(assessmentId) ?? [],
    deps.findings?.list(assessmentId) ?? [],
    deps.deadlines?.getSettings(assessmentId) ?? null,
  ]);
  if (!framework)
    throw new Error(`assessment ${assessmentId} refers to missing framework ${assessment.frameworkId}`);
  return reportModelFromPages(
    {
      framework,
      assessment: { ...assessment, deadline: settings?.deadline ?? null },
      agencies,
      validated,
      findings,
      generatedAt: deps.clock.now(),
    },
    deps.store.iterateCurrentResponses(assessmentId),
  );
}

/** The draft report (.docx bytes) of an assessment in `lang`, chart included. */
export async function assessmentReportDocx(
  deps: ReportDeps,
  assessmentId: string,
  lang: Lang,
): Promise<Uint8Array> {
  return buildReportDocx(await assessmentReportModel(deps, assessmentId), lang, { rasterise: rasteriseSvg });
}

/** The download name of a report. */
export function reportFilename(assessmentId: string, lang: Lang): string {
  return `mgi-${assessmentId.replace(/[^A-Za-z0-9._-]/g, '_')}-report-${lang}.docx`;
}
