/**
 * What the focus-group pages read: the summary with the decisions, the discussion order, one
 * indicator's justifications from every agency's current submission, and progress per domain.
 */
import { fail } from '../../shared/core/errors/index.js';
import type { Framework } from '../../shared/core/framework.js';
import type { IndicatorSummary } from '../../shared/core/summary/consensus.js';
import type { AssessmentSummary } from '../../shared/core/summary/summary.js';
import { summaryPass } from '../../shared/core/summary/summary-pass.js';
import type { Answer, JustificationType } from '../../shared/core/types.js';
import {
  type DomainProgress,
  discussionOrder,
  domainProgress,
} from '../../shared/core/validation/discussion-order.js';
import type { StoredValidation } from '../../shared/core/validation/validation-port.js';
import type { Assessment } from '../../shared/ports.js';
import type { AppDeps } from '../app/deps.js';
import { requireFocusGroupStores } from '../app/services/focus-group.js';
import { frameworkOf } from '../app/services/frameworks.js';

/** One agency's answer to the indicator on the screen. */
export interface AgencyJustification {
  code: string;
  name: string;
  answer: Answer | null;
  justificationType: JustificationType | null;
  justification: string | null;
  evidence: string | null;
}

export interface WorkspaceData {
  framework: Framework;
  summary: AssessmentSummary;
  order: string[];
  index: number;
  line: IndicatorSummary;
  previous: string | null;
  next: string | null;
  stored: StoredValidation;
  justifications: AgencyJustification[];
  progress: DomainProgress[];
}

/** The summary (with the validated answers and findings) or 501 without an aggregation service. */
export async function summaryOf(deps: AppDeps, assessmentId: string): Promise<AssessmentSummary> {
  if (!deps.aggregation) throw fail('not_implemented');
  return (await deps.aggregation.summary(assessmentId)) as AssessmentSummary;
}

/**
 * The summary and every agency's current answer to one indicator from ONE read of the current
 * responses (the summary pass taps the pages on their way). The focus group meets over one
 * assessment of tens of agencies, so the summary is computed live, never from a snapshot.
 */
async function summaryWithJustifications(
  deps: AppDeps,
  assessment: Assessment,
  framework: Framework,
  indicatorId: string,
): Promise<{ summary: AssessmentSummary; justifications: AgencyJustification[] }> {
  const { validation, findings } = requireFocusGroupStores(deps);
  const [agencies, validated, picked] = await Promise.all([
    deps.store.listAgencies(assessment.id),
    validation.list(assessment.id),
    findings.list(assessment.id),
  ]);
  const names = new Map(agencies.map((a) => [a.code, a.name] as const));
  const justifications: AgencyJustification[] = [];
  async function* tapped() {
    for await (const page of deps.store.iterateCurrentResponses(assessment.id)) {
      const r = page.responses.find((response) => response.indicatorId === indicatorId);
      if (r) {
        justifications.push({
          code: page.agency,
          name: names.get(page.agency) ?? page.agency,
          answer: r.answer,
          justificationType: r.justificationType,
          justification: r.justification,
          evidence: r.evidence,
        });
      }
      yield page;
    }
  }
  const { summary } = await summaryPass({
    framework,
    registeredAgencyCodes: agencies.map((a) => a.code),
    pages: tapped(),
    assessmentId: assessment.id,
    generatedAt: deps.clock.now(),
    decisions: { validation: validated, findings: picked },
  });
  return { summary, justifications };
}

/** Everything the workspace shows for `indicatorId` (default: the first in discussion order). */
export async function loadWorkspace(
  deps: AppDeps,
  assessment: Assessment,
  indicatorId: string | undefined,
): Promise<WorkspaceData> {
  const { validation } = requireFocusGroupStores(deps);
  const framework = await frameworkOf(deps, assessment);
  // Without an indicator (the first visit) the order is needed first: the entry page reads twice.
  const id = indicatorId ?? discussionOrder(framework, (await summaryOf(deps, assessment.id)).indicators)[0];
  if (id === undefined || !framework.indicators.some((i) => i.id === id)) {
    throw fail('validation.unknown_indicator', { indicatorId: indicatorId ?? '' });
  }
  const [{ summary, justifications }, stored] = await Promise.all([
    summaryWithJustifications(deps, assessment, framework, id),
    validation.get(assessment.id, id),
  ]);
  const order = discussionOrder(framework, summary.indicators);
  const index = order.indexOf(id);
  return {
    framework,
    summary,
    order,
    index,
    line: summary.indicators.find((l) => l.id === id)!,
    previous: index > 0 ? order[index - 1]! : null,
    next: index < order.length - 1 ? order[index + 1]! : null,
    stored,
    justifications,
    progress: domainProgress(
      framework,
      summary.indicators.filter((l) => l.validated !== null).map((l) => l.id),
    ),
  };
}
