/** The draft report of one assessment, read from the stores in one pass (API, web, CLI). */
import { rasteriseSvg } from '../../../shared/adapters/report/resvg-rasteriser.js';
import { fail } from '../../../shared/core/errors/index.js';
import type { DomainFindings } from '../../../shared/core/findings/findings-types.js';
import { buildReportDocx, reportModelFromPages } from '../../../shared/core/report/index.js';
import type { ReportModel } from '../../../shared/core/report/report-types.js';
import type { Lang } from '../../../shared/core/types.js';
import type { ValidatedAnswer } from '../../../shared/core/validation/validation-types.js';
import type { AssessmentStore, Clock, SnapshotStore } from '../../../shared/ports.js';
import { DEFAULT_LIVE_WORKBOOK_MAX_AGENCIES } from '../../aggregate/aggregation-service.js';
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
  // A disabled agency keeps its data but takes no part, as in the summary.
  const enabled = agencies.filter((a) => !('disabled' in a && a.disabled === true));
  const codes = new Set(enabled.map((a) => a.code));
  async function* pages() {
    for await (const page of deps.store.iterateCurrentResponses(assessmentId))
      if (codes.has(page.agency)) yield page;
  }
  return reportModelFromPages(
    {
      framework,
      assessment: { ...assessment, deadline: settings?.deadline ?? null },
      agencies: enabled,
      validated,
      findings,
      generatedAt: deps.clock.now(),
    },
    pages(),
  );
}

/**
 * Where a report comes from: for assessments above the live limit (as for the consolidated
 * workbook), the latest snapshot's copy when it kept one; otherwise written now.
 */
export async function assessmentReportLocation(
  deps: ReportDeps & { snapshots?: SnapshotStore },
  assessmentId: string,
  lang: Lang,
  liveMaxAgencies = DEFAULT_LIVE_WORKBOOK_MAX_AGENCIES,
): Promise<{ kind: 'snapshot'; key: string } | { kind: 'bytes'; bytes: Uint8Array }> {
  if (deps.snapshots) {
    const agencies = await deps.store.listAgencies(assessmentId);
    if (agencies.filter((a) => a.current !== null).length > liveMaxAgencies) {
      const key = (await deps.snapshots.getLatestSnapshot(assessmentId))?.reportKeys?.[lang];
      if (key) return { kind: 'snapshot', key };
    }
  }
  return { kind: 'bytes', bytes: await assessmentReportDocx(deps, assessmentId, lang) };
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
