import { Hono } from 'hono';
import { withPublicWarnings } from '../../../shared/core/errors/index.js';
import { formResponsesSchema } from '../../../shared/core/validate-responses.js';
import type { AppEnv } from '../app-env.js';
import { actingAgency, actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { jsonValidator } from '../json-validator.js';
import { acceptForm, acceptWorkbook } from '../services/accept-submission.js';
import { requireAssessment, requireAssessmentAndAgency } from '../services/frameworks.js';
import { readIdempotencyKey, readUploadBytes } from '../services/read-upload.js';

/** Submissions: workbook upload, web-form answers and history. */
export function submissionRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post('/assessments/:aid/submissions', allow('own-agency'), async (c) => {
      const lang = c.get('lang');
      const agencyCode = actingAgency(c);
      const idempotencyKey = readIdempotencyKey(c);
      const bytes = await readUploadBytes(c);
      const { submission, created } = await acceptWorkbook(deps, {
        assessmentId: c.req.param('aid'),
        agencyCode,
        lang,
        bytes,
        idempotencyKey,
        actor: actorOf(c),
      });
      return c.json({ submission: withPublicWarnings(submission) }, created ? 201 : 200);
    })
    .post('/assessments/:aid/responses', allow('agency'), jsonValidator(formResponsesSchema), async (c) => {
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const agencyCode = actingAgency(c);
      const idempotencyKey = readIdempotencyKey(c);
      const { responses } = c.req.valid('json');
      const { submission, created } = await acceptForm(deps, {
        assessment,
        agencyCode,
        lang,
        responses,
        idempotencyKey,
        actor: actorOf(c),
      });
      return c.json({ submission: withPublicWarnings(submission) }, created ? 201 : 200);
    })
    .get('/assessments/:aid/submissions', allow('own-agency'), async (c) => {
      const lang = c.get('lang');
      const aid = c.req.param('aid');
      const principal = c.get('principal');
      const requested = principal.kind === 'agency' ? principal.agencyCode : c.req.query('agency');
      if (requested) {
        // Issued in one turn, the checks and the history's own read of the agency item share one
        // BatchGetItem (the same key is fetched once) beside the history query.
        const [, submissions] = await Promise.all([
          requireAssessmentAndAgency(deps, aid, requested, lang),
          deps.store.listSubmissions(aid, requested),
        ]);
        return c.json({ submissions: submissions.map(withPublicWarnings) });
      }
      const assessment = await requireAssessment(deps, aid, lang);
      // The coordinator without ?agency=: every agency's history, newest first.
      const agencies = await deps.store.listAgencies(assessment.id);
      const histories = await Promise.all(
        agencies.map((a) => deps.store.listSubmissions(assessment.id, a.code)),
      );
      const submissions = histories.flat().sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
      return c.json({ submissions: submissions.map(withPublicWarnings) });
    });
}
