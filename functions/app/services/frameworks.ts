import { fail } from '../../../shared/core/errors/index.js';
import type { Framework } from '../../../shared/core/framework.js';
import { getBuiltInFramework } from '../../../shared/core/framework.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Assessment, AssessmentStore } from '../../../shared/ports.js';
import type { AppDeps } from '../deps.js';

/** A framework by id: shipped with the code, else stored by a coordinator. */
export async function findFramework(store: AssessmentStore, id: string): Promise<Framework | null> {
  return getBuiltInFramework(id) ?? (await store.getStoredFramework(id));
}

/** The framework of an assessment; its absence is a server-side inconsistency, so not a 4xx. */
export async function frameworkOf(deps: AppDeps, assessment: Assessment): Promise<Framework> {
  const framework = await findFramework(deps.store, assessment.frameworkId);
  if (!framework)
    throw new Error(`assessment ${assessment.id} refers to missing framework ${assessment.frameworkId}`);
  return framework;
}

/** The assessment or 404 `assessment.not_found`. */
export async function requireAssessment(deps: AppDeps, id: string, _lang?: Lang): Promise<Assessment> {
  const assessment = await deps.store.getAssessment(id);
  if (!assessment) throw fail('assessment.not_found', { id });
  return assessment;
}

/** The agency or 404 `agency.not_found`. */
export async function requireAgency(deps: AppDeps, assessmentId: string, code: string, _lang?: Lang) {
  const agency = await deps.store.getAgency(assessmentId, code);
  if (!agency) throw fail('agency.not_found', { id: assessmentId, code });
  return agency;
}

/** Both reads at once (one round trip of latency); a missing assessment is reported first. */
export async function requireAssessmentAndAgency(
  deps: AppDeps,
  assessmentId: string,
  code: string,
  _lang?: Lang,
) {
  const [assessment, agency] = await Promise.all([
    deps.store.getAssessment(assessmentId),
    deps.store.getAgency(assessmentId, code),
  ]);
  if (!assessment) throw fail('assessment.not_found', { id: assessmentId });
  if (!agency) throw fail('agency.not_found', { id: assessmentId, code });
  return { assessment, agency };
}
