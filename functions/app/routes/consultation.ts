/**
 * The consultation round: the coordinator opens one (`POST .../consultation`), agencies comment on
 * the validated findings per indicator or per domain while it is open, the coordinator reads and
 * exports the comments (`GET .../consultation/comments`, `?format=xlsx`). The API routes and the
 * pages share `openConsultationRound` and `addConsultationComment`.
 */
import { type Context, Hono } from 'hono';
import type * as z from 'zod';
import { RoundPending } from '../../../shared/adapters/dynamodb/consultation-store.js';
import { requireReviewStores } from '../../../shared/adapters/dynamodb/review-stores.js';
import type { Actor } from '../../../shared/core/audit/audit-entry.js';
import {
  checkCommentTarget,
  checkRoundDates,
  commentBodySchema,
  isRoundOpen,
  openRoundSchema,
} from '../../../shared/core/consultation/consultation-rules.js';
import type {
  ConsultationComment,
  ConsultationRound,
} from '../../../shared/core/consultation/consultation-types.js';
import { reviewError } from '../../../shared/core/review/review-error.js';
import type { Lang } from '../../../shared/core/types.js';
import type { AppEnv } from '../app-env.js';
import { actingAgency, actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { fileDownload } from '../file-download.js';
import { jsonValidator } from '../json-validator.js';
import { requestedLang } from '../request-lang.js';
import { frameworkOf, requireAssessment, requireAssessmentAndAgency } from '../services/frameworks.js';

/** Opens a round (422 naming `opens`/`closes` for bad dates; 409 while another has not closed). */
export async function openConsultationRound(
  deps: AppDeps,
  input: { aid: string; body: z.infer<typeof openRoundSchema>; actor: Actor; lang: Lang },
): Promise<ConsultationRound> {
  const { lang } = input;
  const { consultation } = requireReviewStores(deps);
  const assessment = await requireAssessment(deps, input.aid, lang);
  const now = deps.clock.now();
  const dates = checkRoundDates(input.body, now, lang);
  try {
    return await consultation.openRound({ assessmentId: assessment.id, ...dates, now, actor: input.actor });
  } catch (error) {
    if (!(error instanceof RoundPending)) throw error;
    throw reviewError(
      'consultation.already_open',
      lang,
      { closes: error.current?.closes ?? '' },
      { details: { current: error.current } },
    );
  }
}

/** Stores an agency's comment while a round is open (409 `consultation.closed` otherwise). */
export async function addConsultationComment(
  deps: AppDeps,
  input: { aid: string; code: string; body: z.infer<typeof commentBodySchema>; actor: Actor; lang: Lang },
): Promise<ConsultationComment> {
  const { aid, lang } = input;
  const { consultation } = requireReviewStores(deps);
  const { assessment, agency } = await requireAssessmentAndAgency(deps, aid, input.code, lang);
  const target = checkCommentTarget(await frameworkOf(deps, assessment), input.body, lang);
  const now = deps.clock.now();
  const round = await consultation.currentRound(aid);
  if (!round || !isRoundOpen(round, now)) throw reviewError('consultation.closed', lang);
  return consultation.addComment({
    assessmentId: aid,
    roundId: round.id,
    agencyCode: agency.code,
    agencyName: agency.name,
    ...target,
    text: input.body.text,
    at: now.toISOString(),
    actor: input.actor,
  });
}

/** Consultation routes. */
export function consultationRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/assessments/:aid/consultation', allow('member'), async (c) => {
      const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      const round = await requireReviewStores(deps).consultation.currentRound(assessment.id);
      return c.json({ round, open: isRoundOpen(round, deps.clock.now()) });
    })
    .post('/assessments/:aid/consultation', allow('editor'), jsonValidator(openRoundSchema), async (c) => {
      const round = await openConsultationRound(deps, {
        aid: c.req.param('aid'),
        body: c.req.valid('json'),
        actor: actorOf(c),
        lang: c.get('lang'),
      });
      return c.json({ round }, 201);
    })
    .post(
      '/assessments/:aid/consultation/comments',
      allow('agency'),
      jsonValidator(commentBodySchema),
      async (c) => {
        const comment = await addConsultationComment(deps, {
          aid: c.req.param('aid'),
          code: actingAgency(c),
          body: c.req.valid('json'),
          actor: actorOf(c),
          lang: c.get('lang'),
        });
        return c.json({ comment }, 201);
      },
    )
    .get('/assessments/:aid/consultation/comments', allow('viewer'), async (c) => {
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const comments = await requireReviewStores(deps).consultation.listComments(assessment.id);
      if (c.req.query('format') !== 'xlsx') return c.json({ comments });
      return commentsWorkbookResponse(c, deps, assessment, comments, requestedLang(c));
    });
}

/** The comments as an xlsx download (API and coordinator page). */
export async function commentsWorkbookResponse(
  c: Context,
  deps: AppDeps,
  assessment: { id: string; frameworkId: string; name: string; createdAt: string },
  comments: ConsultationComment[],
  lang: Lang,
): Promise<Response> {
  const { writeCommentsWorkbook } = await import('../../../shared/core/consultation/comments-workbook.js');
  const bytes = await writeCommentsWorkbook(await frameworkOf(deps, assessment), comments, lang);
  return fileDownload(c, bytes, `mgi-${assessment.id}-consultation-${lang}.xlsx`);
}
