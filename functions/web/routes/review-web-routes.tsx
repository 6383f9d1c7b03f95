/**
 * The review, deadline and consultation pages: for coordinators one agency's answers and review
 * (`/coordinator/a/:aid/agencies/:code/answers`) and the deadline and consultation page
 * (`/coordinator/a/:aid/schedule`); for agencies the consultation page (`/agency/consultation`).
 * Every write goes through the same services as the API.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { requireReviewStores } from '../../../shared/adapters/dynamodb/review-stores.js';
import type { AgencyPrincipal } from '../../../shared/core/accounts/principal.js';
import { type AppError, isAppError } from '../../../shared/core/app-error.js';
import { isRoundOpen } from '../../../shared/core/consultation/consultation-rules.js';
import { appErrorMessage, renderIssue } from '../../../shared/core/errors/index.js';
import type { AssessmentSummary } from '../../../shared/core/summary/summary.js';
import type { AppEnv } from '../../app/app-env.js';
import { actorOf } from '../../app/auth/authorize.js';
import type { AppDeps } from '../../app/deps.js';
import { fileDownload } from '../../app/file-download.js';
import { requestedLang } from '../../app/request-lang.js';
import { agencyDiff, loadAgencyResponses, originalFile } from '../../app/routes/agency-responses.js';
import { updateAssessmentSettings } from '../../app/routes/assessment-settings.js';
import {
  addConsultationComment,
  commentsWorkbookResponse,
  openConsultationRound,
} from '../../app/routes/consultation.js';
import { reopenAgency, saveReview } from '../../app/routes/review.js';
import { frameworkOf, requireAssessment, requireAssessmentAndAgency } from '../../app/services/frameworks.js';
import { requireSessionCsrf } from '../csrf.js';
import { canEdit, requirePolicy, requireRole } from '../guards.js';
import { renderPage, type WebContext } from '../page-context.js';
import { AgencyConsultationPage } from '../pages/agency-consultation.js';
import {
  type AgencyReviewPageProps,
  CoordinatorAgencyReviewPage,
} from '../pages/coordinator-agency-review.js';
import { CoordinatorSchedulePage } from '../pages/coordinator-schedule.js';
import { REVIEW_TEXTS } from '../texts/review-texts.js';
import { translator } from '../texts/translate.js';
import type { WebEnv } from '../web-env.js';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const actor = (c: WebContext) => actorOf(c as unknown as Context<AppEnv>);
/** A `datetime-local` value typed in WIB as an ISO instant with its offset (empty stays empty). */
const fromWibInput = (value: string) =>
  value === '' ? '' : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+07:00` : value;

/** An AppError of a 4xx, as one line for the page (first issue's message when it names a field). */
function problem(error: unknown, c: WebContext): string {
  if (!isAppError(error) || error.status >= 500) throw error;
  const lang = c.get('lang');
  const issue = (error as AppError).issues[0];
  return issue
    ? `${issue.field ? `${issue.field}: ` : ''}${renderIssue(issue, lang).message}`
    : appErrorMessage(error, lang);
}

async function agencyPage(
  deps: AppDeps,
  c: WebContext,
  extra: Pick<AgencyReviewPageProps, 'notice' | 'typed'> = { notice: null },
  status = 200,
) {
  const lang = c.get('lang');
  const aid = c.req.param('aid')!;
  const { view } = await loadAgencyResponses(deps, aid, c.req.param('code')!, lang);
  const from = c.req.query('from');
  const to = c.req.query('to');
  const diff =
    from && to ? { from, to, changes: await agencyDiff(deps, aid, view.agency.code, from, to, lang) } : null;
  const tr = translator(REVIEW_TEXTS, lang);
  const notice =
    extra.notice ?? (c.req.query('saved') ? { tone: 'ok' as const, text: tr('reviewSaved') } : null);
  return renderPage(
    c,
    `${tr('agencyPageTitle', { code: view.agency.code })}: ${view.agency.name}`,
    <CoordinatorAgencyReviewPage
      lang={lang}
      csrf={c.get('session')!.csrf}
      aid={aid}
      view={view}
      canEdit={canEdit(c)}
      diff={diff}
      {...extra}
      notice={notice}
    />,
    status,
  );
}

async function schedulePage(
  deps: AppDeps,
  c: WebContext,
  notice: { tone: 'ok' | 'bad'; text: string } | null,
  status = 200,
) {
  const lang = c.get('lang');
  const assessment = await requireAssessment(deps, c.req.param('aid')!, lang);
  const { deadlines, consultation } = requireReviewStores(deps);
  const [settings, agencies, round, comments] = await Promise.all([
    deadlines.getSettings(assessment.id),
    deps.store.listAgencies(assessment.id),
    consultation.currentRound(assessment.id),
    consultation.listComments(assessment.id),
  ]);
  const tr = translator(REVIEW_TEXTS, lang);
  return renderPage(
    c,
    `${tr('scheduleTitle')}: ${assessment.name}`,
    <CoordinatorSchedulePage
      lang={lang}
      csrf={c.get('session')!.csrf}
      aid={assessment.id}
      now={deps.clock.now()}
      canEdit={canEdit(c)}
      deadline={settings?.deadline ?? null}
      version={settings?.version ?? 0}
      agencies={agencies}
      round={round}
      comments={comments}
      notice={notice ?? (c.req.query('saved') ? { tone: 'ok', text: tr('saved') } : null)}
    />,
    status,
  );
}

/** Runs a schedule form's action: back to the page with "saved", or the page with the problem. */
async function scheduleAction(deps: AppDeps, c: WebContext, action: () => Promise<unknown>) {
  try {
    await action();
    return c.redirect(`/coordinator/a/${encodeURIComponent(c.req.param('aid')!)}/schedule?saved=1`, 303);
  } catch (error) {
    const status = isAppError(error) ? error.status : 500;
    return schedulePage(deps, c, { tone: 'bad', text: problem(error, c) }, status);
  }
}

/** Builds the coordinator pages (mounted at `/coordinator`). */
export function coordinatorReviewWebRoutes(deps: AppDeps): Hono<WebEnv> {
  return new Hono<WebEnv>()
    .use('/a/:aid/agencies/:code/answers', requireRole('account'), requireSessionCsrf())
    .use('/a/:aid/agencies/:code/review', requireRole('account'), requireSessionCsrf())
    .use('/a/:aid/agencies/:code/submissions/*', requireRole('account'), requirePolicy('editor'))
    .use('/a/:aid/schedule', requireRole('account'), requireSessionCsrf())
    .use('/a/:aid/schedule/*', requireRole('account'), requireSessionCsrf())
    .get('/a/:aid/agencies/:code/answers', (c) => agencyPage(deps, c))
    .get('/a/:aid/agencies/:code/review', (c) =>
      c.redirect(`/coordinator/a/${c.req.param('aid')}/agencies/${c.req.param('code')}/answers`, 303),
    )
    .post('/a/:aid/agencies/:code/review', async (c) => {
      const lang = c.get('lang');
      const form = await c.req.parseBody();
      const comments = new Map<string, string>();
      for (const [name, value] of Object.entries(form)) {
        if (name.startsWith('comment.') && text(value) !== '')
          comments.set(name.slice('comment.'.length), text(value));
      }
      const note = text(form.note);
      const version = Number.parseInt(text(form.version), 10);
      const status = text(form.status);
      const tr = translator(REVIEW_TEXTS, lang);
      try {
        await saveReview(deps, {
          aid: c.req.param('aid'),
          code: c.req.param('code'),
          body: {
            status: status === 'returned' ? 'returned' : 'accepted',
            note: note === '' ? null : note.slice(0, 2000),
            comments: [...comments].map(([indicatorId, t]) => ({ indicatorId, text: t.slice(0, 2000) })),
            ...(Number.isInteger(version) ? { version } : {}),
          },
          actor: actor(c),
          lang,
        });
        return c.redirect(
          `/coordinator/a/${encodeURIComponent(c.req.param('aid'))}/agencies/${encodeURIComponent(c.req.param('code'))}/answers?saved=1`,
          303,
        );
      } catch (error) {
        const conflict = isAppError(error) && error.code === 'review.conflict';
        const message = conflict ? tr('conflict') : problem(error, c);
        return agencyPage(
          deps,
          c,
          { notice: { tone: 'bad', text: message }, typed: { note, comments } },
          isAppError(error) ? error.status : 500,
        );
      }
    })
    .get('/a/:aid/agencies/:code/submissions/:sid/file', async (c) => {
      const { bytes, filename } = await originalFile(
        deps,
        c.req.param('aid'),
        c.req.param('code'),
        c.req.param('sid'),
        c.get('lang'),
      );
      return fileDownload(c, bytes, filename);
    })
    .get('/a/:aid/schedule', (c) => schedulePage(deps, c, null))
    .post('/a/:aid/schedule/deadline', async (c) => {
      const form = await c.req.parseBody();
      const raw = fromWibInput(text(form.deadline));
      const version = Number.parseInt(text(form.version), 10);
      return scheduleAction(deps, c, () =>
        updateAssessmentSettings(deps, {
          aid: c.req.param('aid'),
          body: { deadline: raw === '' ? null : raw, ...(Number.isInteger(version) ? { version } : {}) },
          actor: actor(c),
          lang: c.get('lang'),
        }),
      );
    })
    .post('/a/:aid/schedule/reopen', async (c) => {
      const form = await c.req.parseBody();
      return scheduleAction(deps, c, () =>
        reopenAgency(deps, {
          aid: c.req.param('aid'),
          code: text(form.code),
          until: fromWibInput(text(form.until)),
          actor: actor(c),
          lang: c.get('lang'),
        }),
      );
    })
    .post('/a/:aid/schedule/consultation', async (c) => {
      const form = await c.req.parseBody();
      return scheduleAction(deps, c, () =>
        openConsultationRound(deps, {
          aid: c.req.param('aid'),
          body: { closes: fromWibInput(text(form.closes)) },
          actor: actor(c),
          lang: c.get('lang'),
        }),
      );
    })
    .get('/a/:aid/schedule/comments.xlsx', async (c) => {
      const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      const comments = await requireReviewStores(deps).consultation.listComments(assessment.id);
      return commentsWorkbookResponse(c, deps, assessment, comments, requestedLang(c));
    });
}

async function consultationPage(
  deps: AppDeps,
  c: WebContext,
  notice: { tone: 'ok' | 'bad'; text: string } | null,
  status = 200,
) {
  const lang = c.get('lang');
  const p = c.get('principal') as AgencyPrincipal;
  const tr = translator(REVIEW_TEXTS, lang);
  const { assessment } = await requireAssessmentAndAgency(deps, p.assessmentId, p.agencyCode, lang);
  const { consultation } = requireReviewStores(deps);
  const [framework, round, comments] = await Promise.all([
    frameworkOf(deps, assessment),
    consultation.currentRound(assessment.id),
    consultation.listComments(assessment.id),
  ]);
  if (!round || !isRoundOpen(round, deps.clock.now())) {
    return renderPage(
      c,
      tr('consultationTitle'),
      <p class="notice warn" id="consultation-closed">
        {tr('consultationClosed')}
      </p>,
      status === 200 ? 200 : status,
    );
  }
  const summary = deps.aggregation
    ? ((await deps.aggregation.summary(assessment.id)) as AssessmentSummary)
    : null;
  return renderPage(
    c,
    tr('consultationTitle'),
    <AgencyConsultationPage
      lang={lang}
      csrf={c.get('session')!.csrf}
      framework={framework}
      closes={round.closes}
      summary={summary}
      own={comments.filter((x) => x.agencyCode === p.agencyCode)}
      notice={notice ?? (c.req.query('saved') ? { tone: 'ok', text: tr('commentSaved') } : null)}
    />,
    status,
  );
}

/** Builds the agency's consultation page (mounted at `/agency`). */
export function agencyReviewWebRoutes(deps: AppDeps): Hono<WebEnv> {
  return new Hono<WebEnv>()
    .use('/consultation', requireRole('agency'), requireSessionCsrf())
    .get('/consultation', (c) => consultationPage(deps, c, null))
    .post('/consultation', async (c) => {
      const form = await c.req.parseBody();
      const p = c.get('principal') as AgencyPrincipal;
      const indicatorId = text(form.indicatorId);
      const domainId = text(form.domainId);
      try {
        await addConsultationComment(deps, {
          aid: p.assessmentId,
          code: p.agencyCode,
          body: {
            text: text(form.text).slice(0, 2000),
            ...(indicatorId ? { indicatorId } : domainId ? { domainId } : {}),
          },
          actor: actor(c),
          lang: c.get('lang'),
        });
        return c.redirect('/agency/consultation?saved=1', 303);
      } catch (error) {
        return consultationPage(
          deps,
          c,
          { tone: 'bad', text: problem(error, c) },
          isAppError(error) ? error.status : 500,
        );
      }
    });
}
