/**
 * Validated answers (PRODUCT.md "From answers to the report"): the coordinator records the focus
 * group's answer of an indicator (`PUT`) or clears it (`DELETE`), stating the version it read.
 */

import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import * as z from 'zod';
import { normalizeNote, validationInputSchema } from '../../../shared/core/validation/validation-input.js';
import type { AppEnv } from '../app-env.js';
import { actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { validationHook } from '../errors.js';
import { jsonValidator } from '../json-validator.js';
import { requireFocusGroupStores, requireIndicator, statedVersion } from '../services/focus-group.js';
import { frameworkOf, requireAssessment } from '../services/frameworks.js';

const versionQuerySchema = z.object({ version: z.coerce.number().int().min(0).optional() });

/** `PUT`/`DELETE /assessments/:aid/validation/:indicatorId` and the list of validated answers. */
export function validationRoutes(deps: AppDeps): Hono<AppEnv> {
  async function indicatorOf(aid: string, indicatorId: string, lang: 'en' | 'id') {
    const assessment = await requireAssessment(deps, aid, lang);
    const framework = await frameworkOf(deps, assessment);
    requireIndicator(framework, indicatorId, lang);
    return assessment;
  }
  return new Hono<AppEnv>()
    .get('/assessments/:aid/validation', allow('viewer'), async (c) => {
      const { validation } = requireFocusGroupStores(deps);
      const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      const [validated, versions] = await Promise.all([
        validation.list(assessment.id),
        validation.versions(assessment.id),
      ]);
      return c.json({ validated, versions: Object.fromEntries(versions) });
    })
    .put(
      '/assessments/:aid/validation/:indicatorId',
      allow('editor'),
      jsonValidator(validationInputSchema),
      async (c) => {
        const { validation } = requireFocusGroupStores(deps);
        const indicatorId = c.req.param('indicatorId');
        const assessment = await indicatorOf(c.req.param('aid'), indicatorId, c.get('lang'));
        const input = c.req.valid('json');
        const validated = await validation.set({
          assessmentId: assessment.id,
          indicatorId,
          answer: input.answer,
          note: normalizeNote(input.note),
          sources: input.sources ?? [],
          expectedVersion: statedVersion(input.version, c.req.header('if-match')),
          actor: actorOf(c),
        });
        return c.json({ validated });
      },
    )
    .delete(
      '/assessments/:aid/validation/:indicatorId',
      allow('editor'),
      zValidator('query', versionQuerySchema, validationHook('query')),
      async (c) => {
        const { validation } = requireFocusGroupStores(deps);
        const indicatorId = c.req.param('indicatorId');
        const assessment = await indicatorOf(c.req.param('aid'), indicatorId, c.get('lang'));
        await validation.clear({
          assessmentId: assessment.id,
          indicatorId,
          expectedVersion: statedVersion(c.req.valid('query').version, c.req.header('if-match')),
          actor: actorOf(c),
        });
        return c.body(null, 204);
      },
    );
}
