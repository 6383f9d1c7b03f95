/**
 * The review loop and the reopening after the deadline: `POST .../agencies/:code/review` (accept
 * or return the current submission with a note and comments) and `POST .../agencies/:code/reopen`.
 * Each is one conditional write at the version the coordinator read, with its audit entry.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { SettingsConflict } from '../../../shared/adapters/dynamodb/deadline-store.js';
import { ReviewConflict } from '../../../shared/adapters/dynamodb/review-store.js';
import { requireReviewStores } from '../../../shared/adapters/dynamodb/review-stores.js';
import { parseInstant } from '../../../shared/core/review/deadline.js';
import { fieldIssue, reviewError } from '../../../shared/core/review/review-error.js';
import { checkReviewBody, reviewBodySchema } from '../../../shared/core/review/review-input.js';
import { reviewStateOf } from '../../../shared/core/review/review-state.js';
import type { AppEnv } from '../app-env.js';
import { actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { jsonValidator } from '../json-validator.js';
import { frameworkOf, requireAssessmentAndAgency } from '../services/frameworks.js';

const reopenBodySchema = z.object({ until: z.string(), version: z.number().int().min(0).optional() });

/** Review and reopen routes. */
export function reviewRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post(
      '/assessments/:aid/agencies/:code/review',
      allow('editor'),
      jsonValidator(reviewBodySchema),
      async (c) => {
        const lang = c.get('lang');
        const body = c.req.valid('json');
        const aid = c.req.param('aid');
        const { assessment, agency } = await requireAssessmentAndAgency(deps, aid, c.req.param('code'), lang);
        checkReviewBody(await frameworkOf(deps, assessment), body, lang);
        if (!agency.current) throw reviewError('review.no_submission', lang, { code: agency.code });
        const stored = await requireReviewStores(deps).reviews.get(aid, agency.code);
        const state = () => reviewStateOf(agency.current, stored);
        const expectedVersion = body.version ?? stored?.version ?? 0;
        if (expectedVersion !== (stored?.version ?? 0)) {
          throw reviewError(
            'review.conflict',
            lang,
            { current: stored?.version ?? 0 },
            { details: { current: state() } },
          );
        }
        try {
          const record = await requireReviewStores(deps).reviews.review({
            assessmentId: aid,
            agencyCode: agency.code,
            submissionId: agency.current.submissionId,
            status: body.status,
            note: body.note ? body.note : null,
            comments: body.comments,
            expectedVersion,
            actor: actorOf(c),
          });
          return c.json({ review: reviewStateOf(agency.current, record) });
        } catch (error) {
          if (!(error instanceof ReviewConflict)) throw error;
          const current = reviewStateOf(agency.current, error.current);
          throw reviewError('review.conflict', lang, { current: current.version }, { details: { current } });
        }
      },
    )
    .post(
      '/assessments/:aid/agencies/:code/reopen',
      allow('editor'),
      jsonValidator(reopenBodySchema),
      async (c) => {
        const lang = c.get('lang');
        const body = c.req.valid('json');
        const aid = c.req.param('aid');
        const { agency } = await requireAssessmentAndAgency(deps, aid, c.req.param('code'), lang);
        const until = parseInstant(body.until);
        if (until === null || Date.parse(until) <= deps.clock.now().getTime()) {
          const code = until === null ? 'date.invalid' : 'date.past';
          throw reviewError(
            code,
            lang,
            { field: 'until' },
            { issues: [fieldIssue(code, lang, 'until', { field: 'until' })] },
          );
        }
        const stored = await requireReviewStores(deps).deadlines.getReopening(aid, agency.code);
        const expectedVersion = body.version ?? stored?.version ?? 0;
        try {
          if (expectedVersion !== (stored?.version ?? 0)) throw new SettingsConflict(stored);
          const reopening = await requireReviewStores(deps).deadlines.reopen({
            assessmentId: aid,
            agencyCode: agency.code,
            until,
            expectedVersion,
            actor: actorOf(c),
          });
          return c.json({ reopening });
        } catch (error) {
          if (!(error instanceof SettingsConflict)) throw error;
          const current = error.current as { version?: number } | null;
          throw reviewError(
            'reopen.conflict',
            lang,
            { current: current?.version ?? 0 },
            { details: { current } },
          );
        }
      },
    );
}
