/**
 * The aggregation run (PRODUCT.md "Summary and consensus", "Consolidated workbook"): summary and
 * consolidated workbooks computed from the store page by page, and snapshots with history. One
 * implementation behind `POST /api/assessments/:aid/aggregate`, the `npm start` timer, the CLI and
 * the scheduled Lambda.
 */

import { fail } from '../../shared/core/errors/index.js';
import type { DomainFindings, FindingsStore } from '../../shared/core/findings/findings-types.js';
import type { Framework } from '../../shared/core/framework.js';
import { getBuiltInFramework } from '../../shared/core/framework.js';
import { ReportCitationCollector } from '../../shared/core/report/report-citations.js';
import { collectingCitations } from '../../shared/core/report/report-pass.js';
import { consolidatedWorkbookBytes, consolidateToBytes } from '../../shared/core/summary/consolidate.js';
import type { ConsolidatedAgency } from '../../shared/core/summary/consolidated-types.js';
import { readAhead } from '../../shared/core/summary/read-ahead.js';
import type { AssessmentSummary } from '../../shared/core/summary/summary.js';
import { summaryPass } from '../../shared/core/summary/summary-pass.js';
import { LANGS, type Lang } from '../../shared/core/types.js';
import type { ValidationStore } from '../../shared/core/validation/validation-port.js';
import type { ValidatedAnswer } from '../../shared/core/validation/validation-types.js';
import type { Logger } from '../../shared/observability/logger.js';
import type { Metrics } from '../../shared/observability/metrics.js';
import type {
  AggregationService,
  Assessment,
  AssessmentStore,
  Clock,
  Snapshot,
  SnapshotMeta,
  SnapshotStore,
} from '../../shared/ports.js';
import { type ReportDeadlines, snapshotReports } from './snapshot-reports.js';

/** What the aggregation needs from outside. */
export interface AggregationDeps {
  store: AssessmentStore;
  /** Without it, `aggregate` still computes (and returns) the summary but keeps no history. */
  snapshots?: SnapshotStore;
  clock: Clock;
  logger?: Logger;
  metrics?: Metrics;
  /**
   * Above this many submitting agencies the consolidated workbook is served from the latest
   * snapshot when one exists (pre-computed by the schedule) instead of being written on request.
   */
  liveWorkbookMaxAgencies?: number;
  /** The focus group's validated answers and picked findings, folded into summary and workbooks. */
  validation?: Pick<ValidationStore, 'list'>;
  findings?: Pick<FindingsStore, 'list'>;
  /** The assessment's deadline, printed in the snapshot's report. */
  deadlines?: ReportDeadlines;
}

export const DEFAULT_LIVE_WORKBOOK_MAX_AGENCIES = 1000;

/** One assessment's inputs: its framework and registered agencies with their current pointers. */
interface Loaded {
  assessment: Assessment;
  framework: Framework;
  agencies: ConsolidatedAgency[];
  decisions: { validation: ValidatedAnswer[]; findings: DomainFindings[] };
}

async function load(deps: AggregationDeps, assessmentId: string): Promise<Loaded> {
  const assessment = await deps.store.getAssessment(assessmentId);
  if (!assessment) {
    throw fail('assessment.not_found', { id: assessmentId });
  }
  const framework =
    getBuiltInFramework(assessment.frameworkId) ??
    (await deps.store.getStoredFramework(assessment.frameworkId));
  if (!framework)
    throw new Error(`assessment ${assessmentId} refers to missing framework ${assessment.frameworkId}`);
  const [agencies, validation, findings] = await Promise.all([
    deps.store.listAgencies(assessmentId),
    deps.validation?.list(assessmentId) ?? [],
    deps.findings?.list(assessmentId) ?? [],
  ]);
  // A disabled agency keeps its data but is not registered: not counted, not missing, not summarised.
  return {
    assessment,
    framework,
    agencies: agencies.filter((a) => !a.disabled),
    decisions: { validation, findings },
  };
}

/** The store's current responses of the loaded (enabled) agencies only. */
async function* enabledPages(deps: AggregationDeps, loaded: Loaded) {
  const enabled = new Set(loaded.agencies.map((a) => a.code));
  for await (const page of deps.store.iterateCurrentResponses(loaded.assessment.id)) {
    if (enabled.has(page.agency)) yield page;
  }
}

/** The summary alone, from one read of the store, page by page. */
async function summarize(
  deps: AggregationDeps,
  loaded: Loaded,
  generatedAt: Date,
): Promise<AssessmentSummary> {
  const { summary } = await summaryPass({
    framework: loaded.framework,
    registeredAgencyCodes: loaded.agencies.map((a) => a.code),
    // Counting is cheap: nothing to overlap the reads with, so no read-ahead here.
    pages: enabledPages(deps, loaded),
    assessmentId: loaded.assessment.id,
    generatedAt,
    decisions: loaded.decisions,
  });
  return summary;
}

/** The store's pages (read ahead by one page, so reads overlap writing) and the assessment's data. */
function consolidateInput(deps: AggregationDeps, loaded: Loaded, generatedAt: Date) {
  return {
    framework: loaded.framework,
    agencies: loaded.agencies,
    assessmentId: loaded.assessment.id,
    assessmentName: loaded.assessment.name,
    generatedAt,
    decisions: loaded.decisions,
    pages: readAhead(enabledPages(deps, loaded)),
  };
}

/** Computes summary and both workbooks of one assessment and stores them as a snapshot. */
export async function runAggregation(
  deps: AggregationDeps,
  assessmentId: string,
): Promise<{ summary: AssessmentSummary; snapshot: SnapshotMeta | null }> {
  const generatedAt = deps.clock.now();
  const loaded = await load(deps, assessmentId);
  if (!deps.snapshots) return { summary: await summarize(deps, loaded, generatedAt), snapshot: null };
  // One read of the store feeds the summary, the workbooks and the reports' citations in both languages.
  const citations = new ReportCitationCollector();
  const input = consolidateInput(deps, loaded, generatedAt);
  const { summary, workbooks } = await consolidateToBytes({
    ...input,
    pages: collectingCitations(input.pages, citations),
    langs: LANGS,
  });
  // A report that cannot be written must not cost the snapshot its summary and workbooks.
  const reports = await snapshotReports({ ...loaded, summary, citations }, deps).catch((err: unknown) => {
    deps.logger?.error({ err, assessmentId }, 'snapshot report failed');
    return undefined;
  });
  const snapshot = await deps.snapshots.putSnapshot({
    assessmentId,
    generatedAt: summary.generatedAt,
    summary,
    workbooks,
    ...(reports ? { reports } : {}),
  });
  return { summary, snapshot };
}

/** The scheduled run: every assessment, one after another; one failure does not stop the rest. */
export async function runAllAggregations(
  deps: AggregationDeps,
  trigger: 'api' | 'schedule' = 'schedule',
): Promise<{ assessmentId: string; ok: boolean; durationMs: number; error?: string }[]> {
  const results = [];
  for (const { id: assessmentId } of await deps.store.listAssessments()) {
    const started = performance.now();
    const outcome = await runAggregation(deps, assessmentId).then(
      ({ summary }) => ({ ok: true as const, summary }),
      (err: unknown) => ({ ok: false as const, err }),
    );
    const durationMs = performance.now() - started;
    deps.metrics?.aggregation({ durationMs, trigger, ok: outcome.ok, properties: { assessmentId } });
    if (outcome.ok) {
      const submitted = outcome.summary.agencies.submitted;
      deps.logger?.info({ assessmentId, durationMs: Math.round(durationMs), submitted }, 'aggregation done');
      results.push({ assessmentId, ok: true, durationMs });
    } else {
      deps.logger?.error({ err: outcome.err, assessmentId }, 'aggregation failed');
      results.push({ assessmentId, ok: false, durationMs, error: (outcome.err as Error).message });
    }
  }
  return results;
}

function submittedCount(loaded: Loaded): number {
  return loaded.agencies.filter((a) => a.current !== null).length;
}

/** The AggregationService port of the app (`deps.aggregation`), backed by the functions above. */
export function createAggregationService(deps: AggregationDeps): AggregationService {
  const liveMax = deps.liveWorkbookMaxAgencies ?? DEFAULT_LIVE_WORKBOOK_MAX_AGENCIES;
  /**
   * Large assessments are served pre-computed: the schedule's latest snapshot (its `generatedAt`
   * says how fresh it is); reading every response on each request would not be. Null: compute live.
   */
  async function latestIfLarge(loaded: Loaded): Promise<Snapshot | null> {
    if (submittedCount(loaded) <= liveMax || !deps.snapshots) return null;
    return deps.snapshots.getLatestSnapshot(loaded.assessment.id);
  }
  /** The snapshot to serve a workbook in `lang` from (null: write it now). */
  async function snapshotToServe(loaded: Loaded, lang: Lang): Promise<SnapshotMeta | null> {
    const latest = await latestIfLarge(loaded);
    return latest?.workbookKeys[lang] ? latest : null;
  }
  async function liveWorkbook(loaded: Loaded, lang: Lang): Promise<Uint8Array> {
    const input = { ...consolidateInput(deps, loaded, deps.clock.now()), lang };
    return (await consolidatedWorkbookBytes(input)).bytes;
  }
  return {
    async summary(assessmentId) {
      const loaded = await load(deps, assessmentId);
      const latest = await latestIfLarge(loaded);
      return latest ? latest.summary : summarize(deps, loaded, deps.clock.now());
    },
    async consolidatedWorkbook(assessmentId, lang) {
      const loaded = await load(deps, assessmentId);
      const snapshot = await snapshotToServe(loaded, lang);
      const bytes = snapshot ? await deps.snapshots?.getSnapshotWorkbook(snapshot, lang) : null;
      return bytes ?? (await liveWorkbook(loaded, lang));
    },
    async consolidatedWorkbookLocation(assessmentId, lang) {
      const loaded = await load(deps, assessmentId);
      const snapshot = await snapshotToServe(loaded, lang);
      const key = snapshot?.workbookKeys[lang];
      if (snapshot && key) return { kind: 'snapshot', key, generatedAt: snapshot.generatedAt };
      return { kind: 'bytes', bytes: await liveWorkbook(loaded, lang) };
    },
    async aggregate(assessmentId) {
      return (await runAggregation(deps, assessmentId)).summary;
    },
    async aggregateAll() {
      await runAllAggregations(deps);
    },
  };
}
