/**
 * The review loop and the reopening after the deadline: `POST .../agencies/:code/review` (accept
 * or return the current submission with a note and comments) and `POST .../agencies/:code/reopen`.
 * Each is one conditional write at the version the coordinator read, with its audit entry; the
 * API routes and the coordinator's pages share `saveReview` and `reopenAgency`.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { SettingsConflict } from '../../../shared/adapters/dynamodb/deadline-store.js';
import { ReviewConflict } from '../../../shared/adapters/dynamodb/review-store.js';
import { requireReviewStores } from '../../../shared/adapters/dynamodb/review-stores.js';
import type { Actor } from '../../../shared/core/audit/audit-entry.js';
import { parseInstant } from '../../../shared/core/review/deadline.js';
import { fieldIssue, reviewError } from '../../../shared/core/review/review-error.js';
import {
  checkReviewBody,
  type ReviewBody,
  reviewBodySchema,
} from '../../../shared/core/review/review-input.js';
import { reviewStateOf } from '../../../shared/core/review/review-state.js';
import type { ReviewState } from '../../../shared/core/review/review-types.js';
import type { Lang } from '../../../shared/core/types.js';
import type { AppEnv } from '../app-env.js';
import { actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { jsonValidator } from '../json-validator.js';
import { frameworkOf, requireAssessmentAndAgency } from '../services/frameworks.js';

const reopenBodySchema = z.object({ until: z.string(), version: z.number().int().min(0).optional() });

/**
 * Accepts or returns an agency's current submission: 404 for an unknown agency, 422 for a comment
 * on an unknown indicator or a return without a reason, 409 without a submission or when the
 * version read is stale (`current` in the error body).
 */
export async function saveReview(
  deps: AppDeps,
  input: { aid: string; code: string; body: ReviewBody; actor: Actor; lang: Lang },
): Promise<ReviewState> {
  const { aid, body, lang } = input;
  const { reviews } = requireReviewStores(deps);
  const { assessment, agency } = await requireAssessmentAndAgency(deps, aid, input.code, lang);
  checkReviewBody(await frameworkOf(deps, assessment), body, lang);
  if (!agency.current) throw reviewError('review.no_submission', lang, { code: agency.code });
  const stored = await reviews.get(aid, agency.code);
  const expectedVersion = body.version ?? stored?.version ?? 0;
  try {
    if (expectedVersion !== (stored?.version ?? 0)) throw new ReviewConflict(stored);
    const record = await reviews.review({
      assessmentId: aid,
      agencyCode: agency.code,
      submissionId: agency.current.submissionId,
      status: body.status,
      note: body.note ? body.note : null,
      comments: body.comments,
      expectedVersion,
      actor: input.actor,
    });
    return reviewStateOf(agency.current, record);
  } catch (error) {
    if (!(error instanceof ReviewConflict)) throw error;
    const current = reviewStateOf(agency.current, error.current);
    throw reviewError('review.conflict', lang, { current: current.version }, { details: { current } });
  }
}

/** Lets one agency write until `until` (a future ISO 8601 instant with offset; 422 naming `until`). */
export async function reopenAgency(
  deps: AppDeps,
  input: { aid: string; code: string; until: string; version?: number; actor: Actor; lang: Lang },
) {
  const { aid, lang } = input;
  const { deadlines } = requireReviewStores(deps);
  const { agency } = await requireAssessmentAndAgency(deps, aid, input.code, lang);
  const until = parseInstant(input.until);
  if (until === null || Date.parse(until) <= deps.clock.now().getTime()) {
    const code = until === null ? 'date.invalid' : 'date.past';
    throw reviewError(
      code,
      lang,
      { field: 'until' },
      { issues: [fieldIssue(code, lang, 'until', { field: 'until' })] },
    );
  }
  const stored = await deadlines.getReopening(aid, agency.code);
  const expectedVersion = input.version ?? stored?.version ?? 0;
  try {
    if (expectedVersion !== (stored?.version ?? 0)) throw new SettingsConflict(stored);
    return await deadlines.reopen({
      assessmentId: aid,
      agencyCode: agency.code,
      until,
      expectedVersion,
      actor: input.actor,
    });
  } catch (error) {
    if (!(error instanceof SettingsConflict)) throw error;
    const current = error.current as { version?: number } | null;
    throw reviewError('reopen.conflict', lang, { current: current?.version ?? 0 }, { details: { current } });
  }
}

/** Review and reopen routes. */
export function reviewRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post(
      '/assessments/:aid/agencies/:code/review',
      allow('editor'),
      jsonValidator(reviewBodySchema),
      async (c) => {
        const review = await saveReview(deps, {
          aid: c.req.param('aid'),
          code: c.req.param('code'),
          body: c.req.valid('json'),
          actor: actorOf(c),
          lang: c.get('lang'),
        });
        return c.json({ review });
      },
    )
    .post(
      '/assessments/:aid/agencies/:code/reopen',
      allow('editor'),
      jsonValidator(reopenBodySchema),
      async (c) => {
        const body = c.req.valid('json');
        const reopening = await reopenAgency(deps, {
          aid: c.req.param('aid'),
          code: c.req.param('code'),
          until: body.until,
          ...(body.version !== undefined ? { version: body.version } : {}),
          actor: actorOf(c),
          lang: c.get('lang'),
        });
        return c.json({ reopening });
      },
    );
}
