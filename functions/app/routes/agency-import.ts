import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Actor } from '../../../shared/core/audit/audit-entry.js';
import { mapWithConcurrency } from '../../../shared/core/concurrency.js';
import { fail, publicIssue } from '../../../shared/core/errors/index.js';
import { type ParsedRoster, parseRosterWorkbook } from '../../../shared/core/roster/parse-roster.js';
import { type TokenSheetEntry, writeTokensWorkbook } from '../../../shared/core/roster/write-tokens.js';
import type { Lang } from '../../../shared/core/types.js';
import { XLSX_CONTENT_TYPE } from '../../../shared/core/xlsx.js';
import type { AppEnv } from '../app-env.js';
import { actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { fileDownload } from '../file-download.js';
import { isLang } from '../request-lang.js';
import { requireAssessment } from '../services/frameworks.js';
import { readUploadBytes } from '../services/read-upload.js';
import { agencyStoreOf } from './agencies.js';

/** A few registrations at a time: fast on a real table, gentle on the local store. */
const CONCURRENCY = 4;

/** The web pages' public base URL: configured, else the request's own origin. */
export function publicUrlOf(deps: AppDeps, c: Context): string {
  return (deps.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
}

/**
 * Registers every valid row of a roster workbook, each through the agency store (one audited
 * write): new agencies get their first token in that write, existing ones are updated (contacts
 * only where the roster has the column) and keep theirs. 422 `roster.invalid` when no row is valid.
 */
export async function importRoster(
  deps: AppDeps,
  input: { assessmentId: string; bytes: Uint8Array; lang: Lang; actor: Actor },
): Promise<{ roster: ParsedRoster; entries: TokenSheetEntry[] }> {
  // Off the event loop where the service has a parse pool (the same bounded opener either way).
  const roster = await (deps.parseRoster ?? ((bytes, o) => parseRosterWorkbook(bytes, { lang: o.lang })))(
    input.bytes,
    { assessmentId: input.assessmentId, lang: input.lang },
  );
  if (roster.agencies.length === 0) {
    throw fail('roster.invalid', { max: roster.issues.length }, { issues: roster.issues, lang: roster.lang });
  }
  const store = agencyStoreOf(deps);
  const entries = await mapWithConcurrency(
    roster.agencies,
    CONCURRENCY,
    async ({ row: _row, code, name, level, ...contacts }): Promise<TokenSheetEntry> => {
      const { token } = await store.upsert({
        assessmentId: input.assessmentId,
        code,
        actor: input.actor,
        fields: { name, level, ...contacts },
        withToken: true,
      });
      return { code, name, level, token };
    },
  );
  return { roster, entries };
}

/** The tokens workbook of an import, its link column the web sign-in address. */
export function tokensWorkbookOf(
  deps: AppDeps,
  c: Context,
  assessmentId: string,
  imported: { roster: ParsedRoster; entries: TokenSheetEntry[] },
  lang: Lang,
): Promise<Uint8Array> {
  return writeTokensWorkbook({
    assessmentId,
    entries: imported.entries,
    lang,
    publicUrl: publicUrlOf(deps, c),
    issues: imported.roster.issues,
  });
}

function wantsWorkbook(accept: string | undefined): boolean {
  return (accept ?? '').toLowerCase().includes(XLSX_CONTENT_TYPE);
}

/**
 * `POST /assessments/:aid/agencies/import` (editor): the body is a roster workbook (raw xlsx or
 * multipart field `file`). JSON `{created:[{code, token}], updated:[code], issues}` (201 when an
 * agency was created, else 200), or with `Accept: <xlsx>` the tokens workbook.
 */
export function agencyImportRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().post('/assessments/:aid/agencies/import', allow('editor'), async (c) => {
    const requestLang = c.get('lang');
    const assessment = await requireAssessment(deps, c.req.param('aid'), requestLang);
    const bytes = await readUploadBytes(c);
    const imported = await importRoster(deps, {
      assessmentId: assessment.id,
      bytes,
      lang: requestLang,
      actor: actorOf(c),
    });
    const { entries, roster } = imported;
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
      const lang: Lang = isLang(queryLang) ? queryLang : roster.lang;
      const workbook = await tokensWorkbookOf(deps, c, assessment.id, imported, lang);
      return fileDownload(c, workbook, `tokens-${assessment.id}.xlsx`, { status });
    }
    return c.json(
      {
        created: entries.filter((e) => e.token).map((e) => ({ code: e.code, token: e.token })),
        updated: entries.filter((e) => !e.token).map((e) => e.code),
        issues: roster.issues.map(publicIssue),
      },
      status,
    );
  });
}
