import { Hono } from 'hono';
import * as z from 'zod';
import { visibleAssessments } from '../../../shared/core/accounts/principal.js';
import { isAppError } from '../../../shared/core/app-error.js';
import { fail } from '../../../shared/core/errors/index.js';
import type { AppEnv } from '../app-env.js';
import { actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { jsonValidator } from '../json-validator.js';
import { findFramework, requireAssessment } from '../services/frameworks.js';
import type { RuleKey } from '../validation-issues.js';

/** Assessment ids go into keys and URLs: lowercase letters, digits and single dashes. */
export const ASSESSMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const createAssessmentSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(ASSESSMENT_ID, 'rule.assessment_id' satisfies RuleKey),
  name: z.string().trim().min(1).max(200),
  frameworkId: z.string().min(1).max(64),
});

/** Assessments: the coordinator creates and lists them; its agencies may read theirs. */
export function assessmentRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/assessments', allow('admin'), async (c) => {
      return c.json({
        assessments: visibleAssessments(c.get('principal'), await deps.store.listAssessments()),
      });
    })
    .post('/assessments', allow('owner'), jsonValidator(createAssessmentSchema), async (c) => {
      const input = c.req.valid('json');
      if (!(await findFramework(deps.store, input.frameworkId))) {
        throw fail('framework.not_found', { id: input.frameworkId }, { status: 422 });
      }
      const assessment = { ...input, createdAt: deps.clock.now().toISOString() };
      try {
        await deps.store.createAssessment(assessment, { log: deps.audit, actor: actorOf(c) });
      } catch (error) {
        if (isAppError(error) && error.code === 'assessment.exists') {
          throw fail('assessment.exists', { id: input.id }, { cause: error });
        }
        throw error;
      }
      return c.json(assessment, 201);
    })
    .get('/assessments/:aid', allow('member'), async (c) => {
      return c.json(await requireAssessment(deps, c.req.param('aid'), c.get('lang')));
    });
}
