import { Hono } from 'hono';
import * as z from 'zod';
import { writeMissingWorkbook } from '../../../shared/core/reminders/missing-workbook.js';
import type { Lang } from '../../../shared/core/types.js';
import { XLSX_CONTENT_TYPE } from '../../../shared/core/xlsx.js';
import type { Agency } from '../../../shared/ports.js';
import type { AppEnv } from '../app-env.js';
import { actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { jsonValidator } from '../json-validator.js';
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
    contactName: a.contactName ?? null,
    email: a.email ?? null,
    phone: a.phone ?? null,
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
      const requested = c.req.query('lang');
      const lang: Lang = requested === 'en' || requested === 'id' ? requested : c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
      const bytes = await missingWorkbook(deps, assessment.id, assessment.name, lang);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': XLSX_CONTENT_TYPE,
        'Content-Disposition': `attachment; filename="missing-${assessment.id}-${lang}.xlsx"`,
        'Cache-Control': 'no-store',
      });
    });
}
