/** The audit log of an assessment (owner, editor): JSON newest first, or a workbook. */
import { type Context, Hono } from 'hono';
import {
  ACCOUNTS_AUDIT_ID,
  type AuditEntry,
  SYSTEM_AUDIT_ID,
} from '../../../shared/core/audit/audit-entry.js';
import { type AuditFilter, newestFirst } from '../../../shared/core/audit/audit-filter.js';
import type { AuditLog } from '../../../shared/core/audit/audit-port.js';
import { writeAuditWorkbook } from '../../../shared/core/audit/audit-workbook.js';
import { fail, issueOf } from '../../../shared/core/errors/index.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Principal } from '../../../shared/ports.js';
import type { AppEnv } from '../app-env.js';
import { allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { fileDownload } from '../file-download.js';
import { requestedLang } from '../request-lang.js';
import { requireAssessment } from '../services/frameworks.js';

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The filter of `?action=&actor=&since=&until=`; a time that is not ISO 8601 is a 400 naming it. */
export function auditFilterOf(query: Record<string, string | undefined>, lang: Lang): AuditFilter {
  const filter: AuditFilter = {};
  const bad: string[] = [];
  for (const field of ['since', 'until'] as const) {
    const value = query[field]?.trim();
    if (!value) continue;
    if (!ISO_WITH_ZONE.test(value) || Number.isNaN(Date.parse(value))) bad.push(field);
    else filter[field] = value;
  }
  if (bad.length > 0) {
    const issues = bad.map((field) => issueOf('audit.invalid_filter', { field }, { field }, lang));
    throw fail('audit.invalid_filter', { field: bad[0] ?? '' }, { issues });
  }
  const action = query.action?.trim();
  const actor = query.actor?.trim();
  if (action) filter.action = action.slice(0, 100);
  if (actor) filter.actor = actor.slice(0, 200);
  return filter;
}

/** The entries a principal sees: the assessment's, and for owners also account changes and housekeeping. */
export async function auditEntriesFor(
  audit: AuditLog,
  principal: Principal,
  assessmentId: string,
  filter: AuditFilter,
): Promise<AuditEntry[]> {
  const owner = principal.kind === 'account' && principal.role === 'owner';
  const lists = await Promise.all([
    audit.list(assessmentId, filter),
    owner ? audit.list(ACCOUNTS_AUDIT_ID, filter) : Promise.resolve([]),
    owner ? audit.list(SYSTEM_AUDIT_ID, filter) : Promise.resolve([]),
  ]);
  return lists.flat().sort(newestFirst);
}

/** The entries as a workbook download, in the language `?lang=` asks for (the page's otherwise). */
export async function auditWorkbookDownload(
  c: Context,
  assessmentId: string,
  entries: AuditEntry[],
): Promise<Response> {
  const bytes = await writeAuditWorkbook(entries, requestedLang(c));
  return fileDownload(c, bytes, `audit-${assessmentId}.xlsx`);
}

export function auditRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/assessments/:aid/audit', allow('editor'), async (c) => {
    const lang = c.get('lang');
    const filter = auditFilterOf(c.req.query(), lang);
    const assessment = await requireAssessment(deps, c.req.param('aid'), lang);
    const entries = await auditEntriesFor(deps.audit, c.get('principal'), assessment.id, filter);
    if (c.req.query('format') === 'xlsx') return auditWorkbookDownload(c, assessment.id, entries);
    return c.json({ entries });
  });
}
