/**
 * The consultation round: the coordinator opens one (`POST .../consultation`), agencies comment on
 * the validated findings per indicator or per domain while it is open, the coordinator reads and
 * exports the comments (`GET .../consultation/comments`, `?format=xlsx`).
 */
import { Hono } from 'hono';
import { RoundPending } from '../../../shared/adapters/dynamodb/consultation-store.js';
import { requireReviewStores } from '../../../shared/adapters/dynamodb/review-stores.js';
import {
  checkCommentTarget,
  checkRoundDates,
  commentBodySchema,
  isRoundOpen,
  openRoundSchema,
} from '../../../shared/core/consultation/consultation-rules.js';
import { reviewError } from '../../../shared/core/review/review-error.js';
import { XLSX_CONTENT_TYPE } from '../../../shared/core/xlsx.js';
import type { AppEnv } from '../app-env.js';
import { actingAgency, actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { jsonValidator } from '../json-validator.js';
import { frameworkOf, requireAssessment, requireAssessmentAndAgency } from '../services/frameworks.js';

/** Consultation routes. */
export function consultationRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/assessments/:aid/consultation', allow('member'), async (c) => {
      const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      const round = await requireReviewStores(deps).consultation.currentRound(assessment.id);
      return c.json({ round, open: isRoundOpen(round, deps.clock.now()) });
    })
    .post('/assessments/:aid/consultation', allow('editor'), jsonValidator(openRoundSchema), async (c) => {
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const now = deps.clock.now();
      const dates = checkRoundDates(c.req.valid('json'), now, lang);
      try {
        const round = await requireReviewStores(deps).consultation.openRound({
          assessmentId: assessment.id,
          ...dates,
          now,
          actor: actorOf(c),
        });
        return c.json({ round }, 201);
      } catch (error) {
        if (!(error instanceof RoundPending)) throw error;
        throw reviewError(
          'consultation.already_open',
          lang,
          { closes: error.current?.closes ?? '' },
          {
            details: { current: error.current },
          },
        );
      }
    })
    .post(
      '/assessments/:aid/consultation/comments',
      allow('agency'),
      jsonValidator(commentBodySchema),
      async (c) => {
        const lang = c.get('lang');
        const aid = c.req.param('aid');
        const body = c.req.valid('json');
        const { assessment, agency } = await requireAssessmentAndAgency(deps, aid, actingAgency(c), lang);
        const target = checkCommentTarget(await frameworkOf(deps, assessment), body, lang);
        const now = deps.clock.now();
        const round = await requireReviewStores(deps).consultation.currentRound(aid);
        if (!round || !isRoundOpen(round, now)) throw reviewError('consultation.closed', lang);
        const comment = await requireReviewStores(deps).consultation.addComment({
          assessmentId: aid,
          roundId: round.id,
          agencyCode: agency.code,
          agencyName: agency.name,
          ...target,
          text: body.text,
          at: now.toISOString(),
          actor: actorOf(c),
        });
        return c.json({ comment }, 201);
      },
    )
    .get('/assessments/:aid/consultation/comments', allow('viewer'), async (c) => {
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const comments = await requireReviewStores(deps).consultation.listComments(assessment.id);
      if (c.req.query('format') !== 'xlsx') return c.json({ comments });
      const q = c.req.query('lang');
      const bookLang = q === 'en' || q === 'id' ? q : lang;
      const { writeCommentsWorkbook } = await import(
        '../../../shared/core/consultation/comments-workbook.js'
      );
      const bytes = await writeCommentsWorkbook(await frameworkOf(deps, assessment), comments, bookLang);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': XLSX_CONTENT_TYPE,
        'Content-Disposition': `attachment; filename="mgi-${assessment.id}-consultation-${bookLang}.xlsx"`,
        'Cache-Control': 'no-store',
      });
    });
}
