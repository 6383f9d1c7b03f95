/**
 * What the focus-group pages read: the summary with the decisions, the discussion order, one
 * indicator's justifications from every agency's current submission, and progress per domain.
 */
import { fail } from '../../shared/core/errors/index.js';
import type { Framework } from '../../shared/core/framework.js';
import type { IndicatorSummary } from '../../shared/core/summary/consensus.js';
import type { AssessmentSummary } from '../../shared/core/summary/summary.js';
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

/** Every agency's current answer to one indicator, by agency code (one read of the current responses). */
export async function justificationsOf(
  deps: AppDeps,
  assessmentId: string,
  indicatorId: string,
): Promise<AgencyJustification[]> {
  const [agencies, out] = await Promise.all([deps.store.listAgencies(assessmentId), collect()]);
  const names = new Map(agencies.map((a) => [a.code, a.name] as const));
  return out.map((j) => ({ ...j, name: names.get(j.code) ?? j.code }));

  async function collect() {
    const found: AgencyJustification[] = [];
    for await (const page of deps.store.iterateCurrentResponses(assessmentId)) {
      const r = page.responses.find((response) => response.indicatorId === indicatorId);
      if (!r) continue;
      found.push({
        code: page.agency,
        name: page.agency,
        answer: r.answer,
        justificationType: r.justificationType,
        justification: r.justification,
        evidence: r.evidence,
      });
    }
    return found;
  }
}

/** Everything the workspace shows for `indicatorId` (default: the first in discussion order). */
export async function loadWorkspace(
  deps: AppDeps,
  assessment: Assessment,
  indicatorId: string | undefined,
): Promise<WorkspaceData> {
  const { validation } = requireFocusGroupStores(deps);
  const [framework, summary] = await Promise.all([
    frameworkOf(deps, assessment),
    summaryOf(deps, assessment.id),
  ]);
  const order = discussionOrder(framework, summary.indicators);
  const wanted = indicatorId ?? order[0];
  const index = wanted === undefined ? -1 : order.indexOf(wanted);
  if (index === -1) throw fail('validation.unknown_indicator', { indicatorId: indicatorId ?? '' });
  const id = order[index]!;
  const [stored, justifications] = await Promise.all([
    validation.get(assessment.id, id),
    justificationsOf(deps, assessment.id, id),
  ]);
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
