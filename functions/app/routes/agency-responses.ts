/**
 * One agency's answers for the coordinator (and the agency itself): the current answers by
 * domain with review state and comments, an archived original file, and the diff of two versions.
 */
import { Hono } from 'hono';
import { requireReviewStores } from '../../../shared/adapters/dynamodb/review-stores.js';
import { isAllowed } from '../../../shared/core/accounts/principal.js';
import { fail } from '../../../shared/core/errors/index.js';
import type { Framework } from '../../../shared/core/framework.js';
import { diffResponses } from '../../../shared/core/review/response-diff.js';
import { fieldIssue, reviewError } from '../../../shared/core/review/review-error.js';
import { commentsByIndicator, reviewStateOf } from '../../../shared/core/review/review-state.js';
import type { ReviewState } from '../../../shared/core/review/review-types.js';
import type { Lang, NormalizedResponse, Submission } from '../../../shared/core/types.js';
import type { Agency } from '../../../shared/ports.js';
import type { AppEnv } from '../app-env.js';
import { allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { fileDownload } from '../file-download.js';
import { frameworkOf, requireAssessmentAndAgency } from '../services/frameworks.js';

/** The agency's answers by domain as the responses route and the coordinator page show them. */
export interface AgencyResponsesView {
  agency: Pick<Agency, 'code' | 'name' | 'level'>;
  current: Agency['current'];
  review: ReviewState;
  submissions: Submission[];
  domains: {
    id: string;
    name: { en: string; id: string };
    indicators: (NormalizedResponse & { text: { en: string; id: string }; comments: string[] })[];
  }[];
}

/** Builds the view of one agency from its records (shared by the API route and the web page). */
export function responsesView(
  framework: Framework,
  agency: Agency,
  responses: NormalizedResponse[] | null,
  review: ReviewState,
  submissions: Submission[],
): AgencyResponsesView {
  const byId = new Map((responses ?? []).map((r) => [r.indicatorId, r]));
  const comments = commentsByIndicator(review);
  return {
    agency: { code: agency.code, name: agency.name, level: agency.level },
    current: agency.current,
    review,
    submissions,
    domains: framework.domains.map((d) => ({
      id: d.id,
      name: d.name,
      indicators: framework.indicators
        .filter((i) => i.domainId === d.id)
        .map((i) => ({
          indicatorId: i.id,
          text: i.text,
          answer: byId.get(i.id)?.answer ?? null,
          justificationType: byId.get(i.id)?.justificationType ?? null,
          justification: byId.get(i.id)?.justification ?? null,
          evidence: byId.get(i.id)?.evidence ?? null,
          comments: comments.get(i.id) ?? [],
        })),
    })),
  };
}

/** Reads everything the view needs for one agency in one turn. */
export async function loadAgencyResponses(deps: AppDeps, aid: string, code: string, lang: 'en' | 'id') {
  const { assessment, agency } = await requireAssessmentAndAgency(deps, aid, code, lang);
  const [framework, responses, record, submissions] = await Promise.all([
    frameworkOf(deps, assessment),
    deps.store.getCurrentResponses(aid, agency.code),
    requireReviewStores(deps).reviews.get(aid, agency.code),
    deps.store.listSubmissions(aid, agency.code),
  ]);
  const view = responsesView(
    framework,
    agency,
    responses,
    reviewStateOf(agency.current, record),
    submissions,
  );
  return { assessment, agency, framework, view };
}

const SID = /^[A-Za-z0-9_.:-]{1,80}$/;

/** The archived original of one submission: 404 for an unknown id or a web-form submission. */
export async function originalFile(deps: AppDeps, aid: string, code: string, sid: string, lang: Lang) {
  const { agency } = await requireAssessmentAndAgency(deps, aid, code, lang);
  const history = SID.test(sid) ? await deps.store.listSubmissions(aid, agency.code) : [];
  const submission = history.find((s) => s.id === sid);
  if (!submission) throw reviewError('submission.not_found', lang, { code: agency.code, sid });
  const key =
    submission.channel === 'xlsx'
      ? await requireReviewStores(deps).reviews.originalKeyOf(aid, agency.code, sid)
      : null;
  const bytes = key ? await deps.archive.get(key) : null;
  if (!bytes) throw reviewError('submission.no_file', lang, { sid });
  const stamp = submission.receivedAt.replace(/[:.]/g, '-');
  return { bytes, filename: `mgi-${aid}-${agency.code}-${stamp}.xlsx` };
}

/** What changed between two committed submissions of an agency (404 naming `from`/`to`). */
export async function agencyDiff(
  deps: AppDeps,
  aid: string,
  code: string,
  from: string,
  to: string,
  lang: Lang,
) {
  const { assessment, agency } = await requireAssessmentAndAgency(deps, aid, code, lang);
  const history = await deps.store.listSubmissions(aid, agency.code);
  for (const [field, sid] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!history.some((s) => s.id === sid)) {
      const issues = [fieldIssue('submission.not_found', lang, field, { code: agency.code, sid })];
      throw reviewError('submission.not_found', lang, { code: agency.code, sid }, { issues });
    }
  }
  const { reviews } = requireReviewStores(deps);
  const [framework, before, after] = await Promise.all([
    frameworkOf(deps, assessment),
    reviews.responsesOf(aid, agency.code, from),
    reviews.responsesOf(aid, agency.code, to),
  ]);
  return diffResponses(framework, before, after);
}

/** `GET .../responses`, `GET .../submissions/:sid/file`, `GET .../diff?from=&to=`. */
export function agencyResponsesRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/assessments/:aid/agencies/:code/responses', allow('own-agency'), async (c) => {
      const { view } = await loadAgencyResponses(
        deps,
        c.req.param('aid'),
        c.req.param('code'),
        c.get('lang'),
      );
      return c.json(view);
    })
    .get('/assessments/:aid/agencies/:code/submissions/:sid/file', allow('own-agency'), async (c) => {
      const lang = c.get('lang');
      const principal = c.get('principal');
      const aid = c.req.param('aid');
      // The original file is for editors (and the agency itself), not for viewers.
      if (principal.kind === 'account' && !isAllowed(principal, 'editor', { assessmentId: aid })) {
        throw fail('auth.forbidden');
      }
      const { bytes, filename } = await originalFile(
        deps,
        aid,
        c.req.param('code'),
        c.req.param('sid'),
        lang,
      );
      return fileDownload(c, bytes, filename);
    })
    .get('/assessments/:aid/agencies/:code/diff', allow('own-agency'), async (c) => {
      const lang = c.get('lang');
      const aid = c.req.param('aid');
      const from = c.req.query('from') ?? '';
      const to = c.req.query('to') ?? '';
      const changes = await agencyDiff(deps, aid, c.req.param('code'), from, to, lang);
      return c.json({ from, to, changes });
    });
}
