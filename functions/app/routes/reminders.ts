import { Hono } from 'hono';
import * as z from 'zod';
import { contactsOf } from '../../../shared/core/agencies/agency-fields.js';
import { writeMissingWorkbook } from '../../../shared/core/reminders/missing-workbook.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency } from '../../../shared/ports.js';
import type { AppEnv } from '../app-env.js';
import { actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { fileDownload } from '../file-download.js';
import { jsonValidator } from '../json-validator.js';
import { requestedLang } from '../request-lang.js';
import { requireAssessment } from '../services/frameworks.js';
import { sendReminders } from '../services/send-reminders.js';
import { publicUrlOf } from './agency-import.js';

const reminderBodySchema = z.object({
  agencies: z.array(z.string().trim().min(1).max(64)).max(1000).optional(),
  dryRun: z.boolean().optional(),
});

/** Enabled agencies without a current submission, in code order: who the reminders are for. */
export function missingAgencies(agencies: readonly Agency[]): Agency[] {
  return agencies
    .filter((a) => !a.disabled && a.current === null)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The file name of the "who is missing" workbook. */
export const missingWorkbookFilename = (assessmentId: string, lang: Lang) =>
  `missing-${assessmentId}-${lang}.xlsx`;

/** The "who is missing" workbook of an assessment in a language. */
export async function missingWorkbook(
  deps: AppDeps,
  aid: string,
  name: string,
  lang: Lang,
): Promise<Uint8Array> {
  const rows = missingAgencies(await deps.store.listAgencies(aid)).map((a) => ({
    code: a.code,
    name: a.name,
    level: a.level,
    ...contactsOf(a),
  }));
  return writeMissingWorkbook({ assessmentName: name, rows, lang, now: deps.clock.now() });
}

/**
 * `POST /assessments/:aid/reminders` (editor): `{agencies?, dryRun?}` → `{results: [{agency, status,
 * to?}], delivery, dryRun, preview?}`; `GET /assessments/:aid/missing.xlsx?lang=` (viewer): who is
 * missing, with contacts.
 */
export function reminderRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post('/assessments/:aid/reminders', allow('editor'), jsonValidator(reminderBodySchema), async (c) => {
      const lang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const body = c.req.valid('json');
      const outcome = await sendReminders(deps, {
        assessment,
        agencies: body.agencies,
        dryRun: body.dryRun === true,
        actor: actorOf(c),
        publicUrl: publicUrlOf(deps, c),
        lang,
      });
      return c.json(outcome);
    })
    .get('/assessments/:aid/missing.xlsx', allow('viewer'), async (c) => {
      const lang = requestedLang(c);
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const bytes = await missingWorkbook(deps, assessment.id, assessment.name, lang);
      return fileDownload(c, bytes, missingWorkbookFilename(assessment.id, lang));
    });
}
