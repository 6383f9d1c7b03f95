/**
 * The focus-group pages: the workspace (`/coordinator/a/:aid/focus-group[/:indicatorId]`), its
 * form posts (record, clear), the findings page per domain (`/coordinator/a/:aid/findings/:did`)
 * and the pages' stylesheet and script under `/assets`. Viewers read, editors write.
 */
import { type Context, Hono } from 'hono';
import { isAppError } from '../../../shared/core/app-error.js';
import { checkFindings, normalizePicks } from '../../../shared/core/findings/check-findings.js';
import { findingsInputSchema, MAX_PICK_TEXT } from '../../../shared/core/findings/findings-input.js';
import type { FindingPick } from '../../../shared/core/findings/findings-types.js';
import { normalizeNote, validationInputSchema } from '../../../shared/core/validation/validation-input.js';
import type { AppEnv } from '../../app/app-env.js';
import { actorOf } from '../../app/auth/authorize.js';
import type { AppDeps } from '../../app/deps.js';
import { requireDomain, requireFocusGroupStores, requireIndicator } from '../../app/services/focus-group.js';
import { frameworkOf, requireAssessment } from '../../app/services/frameworks.js';
import { requireSessionCsrf } from '../csrf.js';
import { FOCUS_GROUP_CSS, FOCUS_GROUP_JS } from '../focus-group-assets.js';
import { loadWorkspace, summaryOf } from '../focus-group-data.js';
import { canEdit, requireRole } from '../guards.js';
import { renderPage, type WebContext } from '../page-context.js';
import { type FindingsFormState, FindingsPage } from '../pages/findings-page.js';
import { FocusGroupWorkspacePage, type ValidationFormState } from '../pages/focus-group-workspace.js';
import { FOCUS_GROUP_TEXTS } from '../texts/focus-group-texts.js';
import { translator } from '../texts/translate.js';
import type { WebEnv } from '../web-env.js';

const base = (aid: string) => `/coordinator/a/${encodeURIComponent(aid)}`;
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const versionOf = (value: unknown) => {
  const n = Number(str(value));
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};
type Notice = { tone: 'ok' | 'bad' | 'warn'; text: string };

async function workspacePage(
  deps: AppDeps,
  c: WebContext,
  indicatorId: string | undefined,
  options: { form?: ValidationFormState; notice?: Notice; status?: number } = {},
) {
  const lang = c.get('lang');
  const tr = translator(FOCUS_GROUP_TEXTS, lang);
  const assessment = await requireAssessment(deps, c.req.param('aid')!, lang);
  const data = await loadWorkspace(deps, assessment, indicatorId);
  const stored = data.stored.value;
  const form: ValidationFormState = options.form ?? {
    answer: stored?.answer ?? null,
    note: stored?.note ?? '',
    sources: stored?.sources.join('\n') ?? '',
    version: data.stored.version,
    errors: {},
  };
  let notice = options.notice;
  const saved = c.req.query('saved');
  if (!notice && saved) notice = { tone: 'ok', text: tr('saved', { id: saved }) };
  const cleared = c.req.query('cleared');
  if (!notice && cleared) notice = { tone: 'ok', text: tr('cleared', { id: cleared }) };
  return renderPage(
    c,
    tr('workspaceTitle', { assessment: assessment.name }),
    <FocusGroupWorkspacePage
      lang={lang}
      csrf={c.get('session')!.csrf}
      base={base(assessment.id)}
      data={data}
      form={{ ...form, version: options.form ? form.version : data.stored.version }}
      canEdit={canEdit(c)}
      notice={notice}
    />,
    options.status ?? 200,
  );
}

async function findingsPage(
  deps: AppDeps,
  c: WebContext,
  options: { form?: FindingsFormState; notice?: Notice; status?: number } = {},
) {
  const lang = c.get('lang');
  const tr = translator(FOCUS_GROUP_TEXTS, lang);
  const assessment = await requireAssessment(deps, c.req.param('aid')!, lang);
  const framework = await frameworkOf(deps, assessment);
  const domainId = c.req.param('did')!;
  const domain = requireDomain(framework, domainId, lang);
  const [summary, stored] = await Promise.all([
    summaryOf(deps, assessment.id),
    requireFocusGroupStores(deps).findings.get(assessment.id, domainId),
  ]);
  const auto = summary.domains.find((d) => d.id === domainId)!;
  const form: FindingsFormState = options.form ?? {
    highlights: stored.value?.highlights ?? auto.highlights.map((indicatorId) => ({ indicatorId })),
    gaps: stored.value?.gaps ?? auto.gaps.map((indicatorId) => ({ indicatorId })),
    status: stored.value?.status ?? null,
    version: stored.version,
    errors: [],
  };
  let notice = options.notice;
  const saved = c.req.query('saved');
  if (!notice && (saved === 'draft' || saved === 'final')) {
    const status = tr(saved === 'final' ? 'statusFinal' : 'statusDraft');
    notice = { tone: 'ok', text: tr('findingsSaved', { domain: domainId, status }) };
  }
  return renderPage(
    c,
    `${tr('findingsTitle', { domain: domainId })}: ${domain.name[lang]}`,
    <FindingsPage
      lang={lang}
      csrf={c.get('session')!.csrf}
      base={base(assessment.id)}
      framework={framework}
      domainId={domainId}
      lines={summary.indicators.filter((l) => l.domainId === domainId)}
      form={{ ...form, version: options.form ? form.version : stored.version }}
      canEdit={canEdit(c)}
      notice={notice}
    />,
    options.status ?? 200,
  );
}

/** The workspace form's fields, checked; errors per field in the page's language. */
function readValidationForm(body: Record<string, unknown>, c: WebContext) {
  const tr = translator(FOCUS_GROUP_TEXTS, c.get('lang'));
  const sources = str(body.sources)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const state: ValidationFormState = {
    answer: str(body.answer) || null,
    note: str(body.note),
    sources: str(body.sources),
    version: versionOf(body.version) ?? 0,
    errors: {},
  };
  const parsed = validationInputSchema.safeParse({
    answer: state.answer,
    note: state.note,
    sources,
    version: versionOf(body.version),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'answer') state.errors.answer = tr('answerRequired');
      if (field === 'note') state.errors.note = tr('noteTooLong');
      if (field === 'sources') state.errors.sources = tr('sourcesInvalid');
    }
  }
  return { state, input: parsed.success ? parsed.data : null, sources };
}

/** The focus-group pages' routes (mounted at the root: they own `/assets/focus-group.*` too). */
export function focusGroupRoutes(deps: AppDeps): Hono<WebEnv> {
  const guard = [requireRole('account'), requireSessionCsrf()] as const;
  return new Hono<WebEnv>()
    .get('/assets/focus-group.css', (c) =>
      c.body(FOCUS_GROUP_CSS, 200, {
        'Content-Type': 'text/css; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
      }),
    )
    .get('/assets/focus-group.js', (c) =>
      c.body(FOCUS_GROUP_JS, 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
      }),
    )
    .get('/coordinator/a/:aid/focus-group', ...guard, (c) =>
      workspacePage(deps, c, c.req.query('i') || undefined),
    )
    .get('/coordinator/a/:aid/focus-group/:indicatorId', ...guard, (c) =>
      workspacePage(deps, c, c.req.param('indicatorId')),
    )
    .post('/coordinator/a/:aid/focus-group/:indicatorId', ...guard, async (c) => {
      const lang = c.get('lang');
      const tr = translator(FOCUS_GROUP_TEXTS, lang);
      const { validation } = requireFocusGroupStores(deps);
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const indicatorId = c.req.param('indicatorId');
      requireIndicator(await frameworkOf(deps, assessment), indicatorId, lang);
      const body = await c.req.parseBody();
      const { state, input, sources } = readValidationForm(body, c);
      if (!input) return workspacePage(deps, c, indicatorId, { form: state, status: 422 });
      try {
        await validation.set({
          assessmentId: assessment.id,
          indicatorId,
          answer: input.answer,
          note: normalizeNote(input.note),
          sources,
          expectedVersion: input.version ?? 0,
          actor: actorOf(c as unknown as Context<AppEnv>),
        });
      } catch (error) {
        if (!isAppError(error) || error.code !== 'validation.conflict') throw error;
        return workspacePage(deps, c, indicatorId, {
          notice: { tone: 'warn', text: tr('conflict') },
          status: 409,
        });
      }
      const next = str(body.next) || indicatorId;
      return c.redirect(
        `${base(assessment.id)}/focus-group/${encodeURIComponent(next)}?saved=${encodeURIComponent(indicatorId)}`,
        303,
      );
    })
    .post('/coordinator/a/:aid/focus-group/:indicatorId/clear', ...guard, async (c) => {
      const lang = c.get('lang');
      const tr = translator(FOCUS_GROUP_TEXTS, lang);
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const indicatorId = c.req.param('indicatorId');
      requireIndicator(await frameworkOf(deps, assessment), indicatorId, lang);
      const body = await c.req.parseBody();
      try {
        await requireFocusGroupStores(deps).validation.clear({
          assessmentId: assessment.id,
          indicatorId,
          expectedVersion: versionOf(body.version) ?? 0,
          actor: actorOf(c as unknown as Context<AppEnv>),
        });
      } catch (error) {
        if (
          !isAppError(error) ||
          (error.code !== 'validation.conflict' && error.code !== 'validation.not_found')
        )
          throw error;
        return workspacePage(deps, c, indicatorId, {
          notice: { tone: 'warn', text: tr('conflict') },
          status: 409,
        });
      }
      const path = `${base(assessment.id)}/focus-group/${encodeURIComponent(indicatorId)}`;
      return c.redirect(`${path}?cleared=${encodeURIComponent(indicatorId)}`, 303);
    })
    .get('/coordinator/a/:aid/findings/:did', ...guard, (c) => findingsPage(deps, c))
    .post('/coordinator/a/:aid/findings/:did', ...guard, async (c) => {
      const lang = c.get('lang');
      const tr = translator(FOCUS_GROUP_TEXTS, lang);
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const framework = await frameworkOf(deps, assessment);
      const domainId = c.req.param('did');
      requireDomain(framework, domainId, lang);
      const body = await c.req.parseBody({ all: true });
      const list = (value: unknown) =>
        (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(str);
      const pick = (indicatorId: string): FindingPick => ({
        indicatorId,
        text: { en: str(body[`en_${indicatorId}`]), id: str(body[`id_${indicatorId}`]) },
      });
      const status = str(body.status) === 'final' ? 'final' : 'draft';
      const raw = { highlights: list(body.h).map(pick), gaps: list(body.g).map(pick), status };
      const version = versionOf(body.version) ?? 0;
      const errors: string[] = [];
      const parsed = findingsInputSchema.safeParse({ ...raw, version });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const [listName, i] = issue.path;
          if (issue.path.length === 1 && (listName === 'highlights' || listName === 'gaps'))
            errors.push(tr('tooMany'));
          else if (typeof i === 'number') {
            const id = raw[listName as 'highlights' | 'gaps'][i]?.indicatorId ?? '';
            errors.push(tr('textTooLong', { id, max: MAX_PICK_TEXT }));
          }
        }
      } else {
        errors.push(...checkFindings(framework, domainId, parsed.data, lang).map((issue) => issue.message));
      }
      const form: FindingsFormState = {
        highlights: raw.highlights,
        gaps: raw.gaps,
        status,
        version,
        errors: [...new Set(errors)],
      };
      if (errors.length > 0) return findingsPage(deps, c, { form, status: 422 });
      try {
        await requireFocusGroupStores(deps).findings.save({
          assessmentId: assessment.id,
          domainId,
          highlights: normalizePicks(raw.highlights),
          gaps: normalizePicks(raw.gaps),
          status,
          expectedVersion: version,
          actor: actorOf(c as unknown as Context<AppEnv>),
        });
      } catch (error) {
        if (!isAppError(error) || error.code !== 'findings.conflict') throw error;
        return findingsPage(deps, c, { notice: { tone: 'warn', text: tr('findingsConflict') }, status: 409 });
      }
      return c.redirect(
        `${base(assessment.id)}/findings/${encodeURIComponent(domainId)}?saved=${status}`,
        303,
      );
    });
}
