/** The deadline rule: after the assessment's deadline, agency writes are closed unless reopened. */

export interface DeadlineState {
  /** ISO 8601 instant, or null when the assessment has no deadline. */
  deadline: string | null;
  /** Until when the coordinator reopened this agency (ISO 8601), or null. */
  reopenedUntil: string | null;
}

/** True when an agency may not write at `now`: past the deadline and not reopened until later. */
export function isClosedFor(state: DeadlineState, now: Date): boolean {
  if (state.deadline === null) return false;
  const t = now.getTime();
  if (t <= Date.parse(state.deadline)) return false;
  return state.reopenedUntil === null || t > Date.parse(state.reopenedUntil);
}

/** ISO 8601 date-time with an explicit offset (`Z` or `±hh:mm`), e.g. 2026-09-30T23:59:00+07:00. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant of an ISO 8601 date-time with offset, normalised to UTC; null when not one. */
export function parseInstant(raw: string): string | null {
  if (!ISO_WITH_OFFSET.test(raw)) return null;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) return null;
  // Date.parse rolls 2026-02-31 over to March: refuse dates whose calendar part does not exist.
  const [y, m, d] = raw.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return new Date(ms).toISOString();
}

/** An instant as people in Central Java read it: day, month, year, time and "WIB" (Asia/Jakarta). */
export function formatWib(iso: string, lang: 'en' | 'id'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Jakarta',
  }).format(date);
  return `${text} WIB`;
}
