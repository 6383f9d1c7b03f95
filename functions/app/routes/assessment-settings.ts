/**
 * The assessment's editable settings: `GET /assessments/:aid/settings` and
 * `PATCH /assessments/:aid` `{name?, deadline?, version?}` (one conditional write, audited).
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { SettingsConflict } from '../../../shared/adapters/dynamodb/deadline-store.js';
import { requireReviewStores } from '../../../shared/adapters/dynamodb/review-stores.js';
import type { Actor } from '../../../shared/core/audit/audit-entry.js';
import { parseInstant } from '../../../shared/core/review/deadline.js';
import { fieldIssue, reviewError } from '../../../shared/core/review/review-error.js';
import type { Lang } from '../../../shared/core/types.js';
import type { AppEnv } from '../app-env.js';
import { actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { jsonValidator } from '../json-validator.js';
import { requireAssessment } from '../services/frameworks.js';

const patchSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  deadline: z.string().nullable().optional(),
  version: z.number().int().min(0).optional(),
});

/** Changes name and/or deadline at the version read: 422 naming `deadline`, 409 with `current`. */
export async function updateAssessmentSettings(
  deps: AppDeps,
  input: { aid: string; body: z.infer<typeof patchSchema>; actor: Actor; lang: Lang },
) {
  const { body, lang } = input;
  const { deadlines } = requireReviewStores(deps);
  const assessment = await requireAssessment(deps, input.aid, lang);
  let deadline: string | null | undefined = body.deadline;
  if (typeof body.deadline === 'string') {
    deadline = parseInstant(body.deadline);
    if (deadline === null) {
      throw reviewError(
        'date.invalid',
        lang,
        { field: 'deadline' },
        { issues: [fieldIssue('date.invalid', lang, 'deadline', { field: 'deadline' })] },
      );
    }
  }
  const stored = await deadlines.getSettings(assessment.id);
  const expectedVersion = body.version ?? stored?.version ?? 0;
  try {
    if (!stored || expectedVersion !== stored.version) throw new SettingsConflict(stored);
    const settings = await deadlines.updateSettings({
      assessmentId: assessment.id,
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(deadline !== undefined ? { deadline } : {}),
      expectedVersion,
      actor: input.actor,
    });
    return { ...assessment, ...settings };
  } catch (error) {
    if (!(error instanceof SettingsConflict)) throw error;
    const current = error.current as { version?: number } | null;
    throw reviewError(
      'assessment.conflict',
      lang,
      { current: current?.version ?? 0 },
      { details: { current } },
    );
  }
}

/** Settings routes. */
export function assessmentSettingsRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/assessments/:aid/settings', allow('member'), async (c) => {
      const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      const settings = await requireReviewStores(deps).deadlines.getSettings(assessment.id);
      return c.json({ assessment: { ...assessment, ...settings } });
    })
    .patch('/assessments/:aid', allow('editor'), jsonValidator(patchSchema), async (c) => {
      const assessment = await updateAssessmentSettings(deps, {
        aid: c.req.param('aid'),
        body: c.req.valid('json'),
        actor: actorOf(c),
        lang: c.get('lang'),
      });
      return c.json({ assessment });
    });
}
