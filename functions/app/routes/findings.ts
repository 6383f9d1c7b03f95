/**
 * Findings per domain: the coordinator picks highlights and areas for further development and
 * marks a domain final (`PUT .../domains/:did/findings`); coordinators — and agencies while a
 * consultation round is open — read the final answers and findings (`GET .../findings`).
 */
import { Hono } from 'hono';
import { fail } from '../../../shared/core/errors/index.js';
import { checkFindings, normalizePicks } from '../../../shared/core/findings/check-findings.js';
import { findingsInputSchema } from '../../../shared/core/findings/findings-input.js';
import type { AssessmentSummary } from '../../../shared/core/summary/summary.js';
import type { AppEnv } from '../app-env.js';
import { actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { jsonValidator } from '../json-validator.js';
import { requireDomain, requireFocusGroupStores, statedVersion } from '../services/focus-group.js';
import { frameworkOf, requireAssessment } from '../services/frameworks.js';

/** Whether agencies of the assessment may read its findings now (a consultation round is open). */
export async function agenciesMayReadFindings(deps: AppDeps, assessmentId: string): Promise<boolean> {
  const consultation = deps.consultation as
    | { isConsultationOpen?: (aid: string, now: Date) => Promise<boolean> }
    | undefined;
  return (await consultation?.isConsultationOpen?.(assessmentId, deps.clock.now())) ?? false;
}

/** The findings routes. */
export function findingsRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .put(
      '/assessments/:aid/domains/:did/findings',
      allow('editor'),
      jsonValidator(findingsInputSchema),
      async (c) => {
        const { findings } = requireFocusGroupStores(deps);
        const lang = c.get('lang');
        const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
        const framework = await frameworkOf(deps, assessment);
        const domainId = c.req.param('did');
        requireDomain(framework, domainId, lang);
        const input = c.req.valid('json');
        const issues = checkFindings(framework, domainId, input, lang);
        if (issues.length > 0) throw fail('findings.invalid', {}, { issues });
        const saved = await findings.save({
          assessmentId: assessment.id,
          domainId,
          highlights: normalizePicks(input.highlights),
          gaps: normalizePicks(input.gaps),
          status: input.status,
          expectedVersion: statedVersion(input.version, c.req.header('if-match')),
          actor: actorOf(c),
        });
        return c.json({ findings: saved });
      },
    )
    .get('/assessments/:aid/findings', allow('member'), async (c) => {
      const { validation, findings } = requireFocusGroupStores(deps);
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      if (c.get('principal').kind === 'agency' && !(await agenciesMayReadFindings(deps, assessment.id))) {
        throw fail('auth.forbidden');
      }
      if (!deps.aggregation) throw fail('not_implemented');
      const [summary, validated, picked] = await Promise.all([
        deps.aggregation.summary(assessment.id) as Promise<AssessmentSummary>,
        validation.list(assessment.id),
        findings.list(assessment.id),
      ]);
      const notes = new Map(validated.map((v) => [v.indicatorId, v] as const));
      const saved = new Map(picked.map((f) => [f.domainId, f] as const));
      return c.json({
        assessmentId: assessment.id,
        indicators: summary.indicators.map((line) => ({
          id: line.id,
          domainId: line.domainId,
          final: line.final,
          validated: line.validated,
          consensus: line.consensus,
          note: notes.get(line.id)?.note ?? null,
          sources: notes.get(line.id)?.sources ?? [],
        })),
        domains: summary.domains.map((domain) => ({
          id: domain.id,
          name: domain.name,
          finalScore: domain.finalScore,
          validatedCount: domain.validatedCount,
          findings: domain.findings,
          version: saved.get(domain.id)?.version ?? 0,
          proposed: { highlights: domain.highlights, gaps: domain.gaps },
        })),
      });
    });
}
