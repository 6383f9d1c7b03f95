import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import * as z from 'zod';
import { matchAgencyLevel } from '../../../shared/core/roster/agency-level.js';
import type { AppEnv } from '../app-env.js';
import { allow } from '../auth/authorize.js';
import { issueAgencyToken, revokeAgencyToken } from '../auth/tokens.js';
import type { AppDeps } from '../deps.js';
import { validationHook } from '../errors.js';
import { jsonValidator } from '../json-validator.js';
import { requireAgency, requireAssessment } from '../services/frameworks.js';
import type { RuleKey } from '../validation-issues.js';

/** Agency codes go into keys and URLs: letters, digits, dot, dash, underscore. */
export const AGENCY_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

const agencyBodySchema = z.object({
  name: z.string().trim().min(1).max(200),
  level: z.string().transform((raw, ctx) => {
    const level = matchAgencyLevel(raw);
    if (level) return level;
    ctx.addIssue({ code: 'custom', message: 'rule.agency_level' satisfies RuleKey });
    return z.NEVER;
  }),
});

const agencyParamSchema = z.object({
  aid: z.string(),
  code: z.string().regex(AGENCY_CODE, 'rule.agency_code' satisfies RuleKey),
});

/** Agencies of an assessment: registration, token rotation and revocation, status list. */
export function agencyRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/assessments/:aid/agencies', allow('admin'), async (c) => {
      const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      const agencies = await deps.store.listAgencies(assessment.id);
      return c.json({
        agencies: agencies.map(({ assessmentId: _a, ...agency }) => ({
          ...agency,
          submitted: agency.current !== null,
        })),
      });
    })
    .put(
      '/assessments/:aid/agencies/:code',
      allow('admin'),
      zValidator('param', agencyParamSchema, validationHook('param')),
      jsonValidator(agencyBodySchema),
      async (c) => {
        const { aid, code } = c.req.valid('param');
        const body = c.req.valid('json');
        await requireAssessment(deps, aid, c.get('lang'));
        const { agency, created } = await deps.store.putAgency({ assessmentId: aid, code, ...body });
        if (!created) return c.json({ agency }, 200);
        // The only time this token is shown: only its hash is kept.
        const token = await issueAgencyToken(deps.tokens, aid, code);
        return c.json({ agency, token }, 201);
      },
    )
    .post('/assessments/:aid/agencies/:code/token', allow('admin'), async (c) => {
      const aid = c.req.param('aid');
      const code = c.req.param('code');
      await requireAgency(deps, aid, code, c.get('lang'));
      return c.json({ token: await issueAgencyToken(deps.tokens, aid, code) });
    })
    .delete('/assessments/:aid/agencies/:code/token', allow('admin'), async (c) => {
      const aid = c.req.param('aid');
      const code = c.req.param('code');
      await requireAgency(deps, aid, code, c.get('lang'));
      await revokeAgencyToken(deps.tokens, aid, code);
      return c.body(null, 204);
    });
}
