/** Filters of the audit log page and API (`?action=&actor=&since=&until=`). */
import type { AuditEntry } from './audit-entry.js';

export interface AuditFilter {
  /** Exact action (`agency.created`) or a prefix ending in a dot (`agency.`). */
  action?: string;
  /** Actor id or name, case-insensitive. */
  actor?: string;
  /** ISO times, inclusive. */
  since?: string;
  until?: string;
}

/** Whether an entry passes the filter. */
export function matchesFilter(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.action) {
    const ok = filter.action.endsWith('.')
      ? entry.action.startsWith(filter.action)
      : entry.action === filter.action;
    if (!ok) return false;
  }
  if (filter.actor) {
    const wanted = filter.actor.toLowerCase();
    if (entry.actor.id.toLowerCase() !== wanted && entry.actor.name.toLowerCase() !== wanted) return false;
  }
  const at = Date.parse(entry.at);
  if (filter.since && at < Date.parse(filter.since)) return false;
  if (filter.until && at > Date.parse(filter.until)) return false;
  return true;
}

/** Newest first; entries of the same millisecond by id, descending, so the order is stable. */
export function newestFirst(a: AuditEntry, b: AuditEntry): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
