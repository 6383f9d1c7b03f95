import { Hono } from 'hono';
import { mapWithConcurrency } from '../../../shared/core/concurrency.js';
import { fail, renderIssue } from '../../../shared/core/errors/index.js';
import { parseRosterWorkbook, type RosterAgency } from '../../../shared/core/roster/parse-roster.js';
import { type TokenSheetEntry, writeTokensWorkbook } from '../../../shared/core/roster/write-tokens.js';
import type { Lang } from '../../../shared/core/types.js';
import { XLSX_CONTENT_TYPE } from '../../../shared/core/xlsx.js';
import type { AppEnv } from '../app-env.js';
import { allow } from '../auth/authorize.js';
import { issueAgencyToken } from '../auth/tokens.js';
import type { AppDeps } from '../deps.js';
import { requireAssessment } from '../services/frameworks.js';
import { readUploadBytes } from '../services/read-upload.js';

/** A few registrations at a time: fast on a real table, gentle on the local store. */
const CONCURRENCY = 4;

async function register(deps: AppDeps, assessmentId: string, agencies: RosterAgency[]) {
  return mapWithConcurrency(
    agencies,
    CONCURRENCY,
    async ({ code, name, level }): Promise<TokenSheetEntry> => {
      const { created } = await deps.store.putAgency({ assessmentId, code, name, level });
      // A token is issued only to a new agency; an existing one keeps its token (rotate to replace it).
      const token = created ? await issueAgencyToken(deps.tokens, assessmentId, code) : null;
      return { code, name, level, token };
    },
  );
}

function wantsWorkbook(accept: string | undefined): boolean {
  return (accept ?? '').toLowerCase().includes(XLSX_CONTENT_TYPE);
}

/**
 * `POST /assessments/:aid/agencies/import` (admin): the body is a roster workbook (raw xlsx or
 * multipart field `file`). Every valid row is registered — new agencies get a token, existing ones
 * are updated and keep theirs — and bad rows come back as issues naming their cell. JSON
 * `{created:[{code, token}], updated:[code], issues}` (201 when an agency was created, else 200), or
 * with `Accept: <xlsx>` the tokens workbook for the coordinator. 422 `roster.invalid` when no row
 * is valid.
 */
export function agencyImportRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post('/assessments/:aid/agencies/import', allow('admin'), async (c) => {
    const requestLang = c.get('lang');
    const assessment = await requireAssessment(deps, c.req.param('aid'), requestLang);
    const bytes = await readUploadBytes(c);
    const roster = await parseRosterWorkbook(bytes, { lang: requestLang });
    if (roster.agencies.length === 0) {
      throw fail(
        'roster.invalid',
        { max: roster.issues.length },
        { issues: roster.issues, lang: roster.lang },
      );
    }
    const entries = await register(deps, assessment.id, roster.agencies);
    const status = entries.some((e) => e.token) ? 201 : 200;
    c.header('Cache-Control', 'no-store');
    deps.logger?.info(
      {
        assessmentId: assessment.id,
        created: entries.filter((e) => e.token).length,
        issues: roster.issues.length,
      },
      'roster imported',
    );
    if (wantsWorkbook(c.req.header('accept'))) {
      const queryLang = c.req.query('lang');
      const lang: Lang = queryLang === 'en' || queryLang === 'id' ? queryLang : roster.lang;
      const workbook = await writeTokensWorkbook({
        assessmentId: assessment.id,
        entries,
        lang,
        baseUrl: new URL(c.req.url).origin,
        issues: roster.issues.map((issue) => renderIssue(issue, lang)),
      });
      c.header('Content-Disposition', `attachment; filename="tokens-${assessment.id}.xlsx"`);
      return c.body(workbook as Uint8Array<ArrayBuffer>, status, { 'Content-Type': XLSX_CONTENT_TYPE });
    }
    return c.json(
      {
        created: entries.filter((e) => e.token).map((e) => ({ code: e.code, token: e.token })),
        updated: entries.filter((e) => !e.token).map((e) => e.code),
        issues: roster.issues.map((issue) => renderIssue(issue, roster.lang)),
      },
      status,
    );
  });
}
