/** The coordinator's reminders page: choose, preview, send, results; the "who is missing" export. */
import { Hono } from 'hono';
import { isAppError } from '../../../shared/core/app-error.js';
import { appErrorMessage } from '../../../shared/core/errors/index.js';
import { formatDeadlineWib } from '../../../shared/core/reminders/deadline-text.js';
import type { Assessment } from '../../../shared/ports.js';
import { actorOf } from '../../app/auth/authorize.js';
import type { AppDeps } from '../../app/deps.js';
import { fileDownload } from '../../app/file-download.js';
import { publicUrlOf } from '../../app/routes/agency-import.js';
import { missingAgencies, missingWorkbook, missingWorkbookFilename } from '../../app/routes/reminders.js';
import { requireAssessment } from '../../app/services/frameworks.js';
import { deadlineOf, type ReminderOutcome, sendReminders } from '../../app/services/send-reminders.js';
import { renderPage, type WebContext } from '../page-context.js';
import { CoordinatorRemindersPage } from '../pages/coordinator-reminders.js';
import { AGENCY_ADMIN_TEXTS } from '../texts/agency-admin-texts.js';
import { translator } from '../texts/translate.js';
import type { WebEnv } from '../web-env.js';

const remindersHref = (aid: string) => `/coordinator/a/${encodeURIComponent(aid)}/reminders`;

async function page(
  deps: AppDeps,
  c: WebContext,
  assessment: Assessment,
  state: { chosen?: ReadonlySet<string>; outcome?: ReminderOutcome; error?: string },
  status = 200,
) {
  const lang = c.get('lang');
  const ta = translator(AGENCY_ADMIN_TEXTS, lang);
  const [agencies, deadline] = await Promise.all([
    deps.store.listAgencies(assessment.id),
    deadlineOf(deps, assessment),
  ]);
  const enabled = agencies.filter((a) => !a.disabled).sort((a, b) => a.code.localeCompare(b.code));
  const chosen = state.chosen ?? new Set(missingAgencies(agencies).map((a) => a.code));
  const mailer = deps.mailer;
  return renderPage(
    c,
    ta('remindersTitle', { assessment: assessment.name }),
    <CoordinatorRemindersPage
      lang={lang}
      csrf={c.get('session')!.csrf}
      base={remindersHref(assessment.id)}
      agencies={enabled}
      chosen={chosen}
      deadlineText={deadline ? formatDeadlineWib(deadline, lang) : null}
      delivery={{ kind: mailer?.kind ?? 'outbox', outboxDir: mailer?.outboxDir }}
      outcome={state.outcome}
      error={state.error}
    />,
    status,
  );
}

/** Builds `/coordinator/a/:aid/reminders...` (mounted under `/coordinator`). */
export function coordinatorReminderRoutes(deps: AppDeps): Hono<WebEnv> {
  return new Hono<WebEnv>()
    .get('/a/:aid/reminders', async (c) => {
      const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      return page(deps, c, assessment, {});
    })
    .post('/a/:aid/reminders', async (c) => {
      const lang = c.get('lang');
      const ta = translator(AGENCY_ADMIN_TEXTS, lang);
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const body = await c.req.parseBody({ all: true });
      const raw = body.agency;
      const codes = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
        (v): v is string => typeof v === 'string',
      );
      const chosen = new Set(codes);
      if (codes.length === 0) return page(deps, c, assessment, { chosen, error: ta('noneChosen') }, 422);
      try {
        const outcome = await sendReminders(deps, {
          assessment,
          agencies: codes,
          dryRun: body.action !== 'send',
          actor: actorOf(c),
          publicUrl: publicUrlOf(deps, c),
          lang,
        });
        return page(deps, c, assessment, { chosen, outcome });
      } catch (error) {
        if (!isAppError(error)) throw error;
        const detail = error.issues.map((i) => i.message).join(' ');
        return page(
          deps,
          c,
          assessment,
          { chosen, error: `${appErrorMessage(error, lang)} ${detail}` },
          error.status,
        );
      }
    })
    .get('/a/:aid/reminders/missing.xlsx', async (c) => {
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const bytes = await missingWorkbook(deps, assessment.id, assessment.name, lang);
      return fileDownload(c, bytes, missingWorkbookFilename(assessment.id, lang));
    });
}
