/** The audit log page: filters, the entries newest first a page at a time, the workbook export. */
import type { AuditEntry } from '../../../shared/core/audit/audit-entry.js';
import type { AuditFilter } from '../../../shared/core/audit/audit-filter.js';
import type { Lang } from '../../../shared/core/types.js';
import { TableRegion } from '../components.js';
import { formatWhen } from '../page-context.js';
import { ACCOUNT_TEXTS } from '../texts/account-texts.js';
import { translator } from '../texts/translate.js';

/** Entries per page of the audit log page. */
export const AUDIT_PAGE_SIZE = 100;

/** Which page is shown, of how many, over how many entries. */
export interface AuditPaging {
  page: number;
  pages: number;
  total: number;
  size: number;
}

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

export function CoordinatorAuditPage(props: {
  lang: Lang;
  aid: string;
  filter: AuditFilter;
  entries: readonly AuditEntry[];
  paging: AuditPaging;
  error?: string;
}) {
  const tr = translator(ACCOUNT_TEXTS, props.lang);
  const base = `/coordinator/a/${encodeURIComponent(props.aid)}/audit`;
  const query = new URLSearchParams(
    Object.entries(props.filter).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  // Page links keep the filter as typed (empty fields left out).
  const typed = [...query].filter(([, value]) => value !== '');
  const pageHref = (page: number) => {
    const q = new URLSearchParams(typed);
    q.set('page', String(page));
    return `${base}?${q.toString()}`;
  };
  query.set('format', 'xlsx');
  query.set('lang', props.lang);
  const { page, pages, total, size } = props.paging;
  const pager =
    pages > 1 ? (
      <nav aria-label={tr('auditPages')} class="pager">
        {page > 1 ? (
          <a href={pageHref(page - 1)} rel="prev" id="audit-newer">
            {tr('auditNewer')}
          </a>
        ) : null}{' '}
        {page < pages ? (
          <a href={pageHref(page + 1)} rel="next" id="audit-older">
            {tr('auditOlder')}
          </a>
        ) : null}
      </nav>
    ) : null;
  const input = (name: keyof AuditFilter, label: string) => (
    <div>
      <label for={`audit-${name}`}>{label}</label>
      <input type="text" id={`audit-${name}`} name={name} value={props.filter[name] ?? ''} />
    </div>
  );
  return (
    <>
      <form method="get" action={base} class="card">
        {input('action', tr('filterAction'))}
        {input('actor', tr('filterActor'))}
        {input('since', tr('filterSince'))}
        {input('until', tr('filterUntil'))}
        <button type="submit">{tr('filterButton')}</button>
      </form>
      {props.error ? (
        <p class="notice bad" role="alert">
          {props.error}
        </p>
      ) : null}
      <p>
        <a href={`${base}.xlsx?${query.toString()}`} id="audit-export">
          {tr('exportLink')}
        </a>
      </p>
      {props.entries.length === 0 ? (
        <p class="notice warn">{tr('auditEmpty')}</p>
      ) : (
        <p id="audit-range">
          {tr('auditRange', {
            from: (page - 1) * size + 1,
            to: (page - 1) * size + props.entries.length,
            total,
          })}
        </p>
      )}
      {pager}
      {props.entries.length === 0 ? null : (
        <TableRegion labelledBy="page-title">
          <table id="audit" class="stack">
            <thead>
              <tr>
                <th scope="col">{tr('colWhen')}</th>
                <th scope="col">{tr('colWho')}</th>
                <th scope="col">{tr('colAction')}</th>
                <th scope="col">{tr('colTarget')}</th>
                <th scope="col">{tr('colBefore')}</th>
                <th scope="col">{tr('colAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {props.entries.map((e) => (
                <tr data-action={e.action}>
                  <td data-label={tr('colWhen')}>{formatWhen(e.at, props.lang)}</td>
                  <td data-label={tr('colWho')}>
                    {e.actor.name} ({e.actor.kind})
                  </td>
                  <td data-label={tr('colAction')}>{e.action}</td>
                  <td data-label={tr('colTarget')}>{e.target}</td>
                  <td data-label={tr('colBefore')}>
                    <code>{json(e.before)}</code>
                  </td>
                  <td data-label={tr('colAfter')}>
                    <code>{json(e.after)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {pager}
    </>
  );
}
