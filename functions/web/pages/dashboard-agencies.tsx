/**
 * The dashboard's details, one click from the overview: every agency in a collapsible section,
 * with search and filters by level and status in a GET form (works without JavaScript, the
 * address can be bookmarked), as cards on a phone; and the review states counted.
 */
import type { Framework } from '../../../shared/core/framework.js';
import type { ReviewStatus } from '../../../shared/core/review/review-types.js';
import { AGENCY_LEVELS } from '../../../shared/core/roster/agency-level.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency } from '../../../shared/ports.js';
import { answeredOf } from '../components.js';
import { formatWhen } from '../page-context.js';
import { AGENCY_TEXTS } from '../texts/agency-texts.js';
import { COORDINATOR_TEXTS } from '../texts/coordinator-texts.js';
import { REVIEW_TEXTS } from '../texts/review-texts.js';
import { translator } from '../texts/translate.js';
import { levelLabel } from './agency-cells.js';
import { ReviewTag } from './coordinator-agency-review.js';

export const AGENCY_STATUS_FILTERS = ['submitted', 'missing', 'received', 'returned', 'accepted'] as const;
export type AgencyStatusFilter = (typeof AGENCY_STATUS_FILTERS)[number];

export interface AgencyFilter {
  q: string;
  level: string;
  status: AgencyStatusFilter | '';
}

/** The filter from the query string; unknown values are ignored (an empty filter shows all). */
export function agencyFilterFrom(query: Record<string, string | undefined>): AgencyFilter {
  const status = query.status ?? '';
  const level = query.level ?? '';
  return {
    q: (query.q ?? '').trim().slice(0, 100),
    level: (AGENCY_LEVELS as readonly string[]).includes(level) ? level : '',
    status: (AGENCY_STATUS_FILTERS as readonly string[]).includes(status)
      ? (status as AgencyStatusFilter)
      : '',
  };
}

/** Whether any filter is set (then the section opens by itself). */
export function isFiltered(filter: AgencyFilter): boolean {
  return filter.q !== '' || filter.level !== '' || filter.status !== '';
}

/** The agencies the filter keeps, in their order. */
export function filterAgencies(
  agencies: readonly Agency[],
  filter: AgencyFilter,
  reviews: ReadonlyMap<string, ReviewStatus> | undefined,
): Agency[] {
  const q = filter.q.toLowerCase();
  return agencies.filter((a) => {
    if (q && !`${a.code} ${a.name}`.toLowerCase().includes(q)) return false;
    if (filter.level && a.level !== filter.level) return false;
    switch (filter.status) {
      case 'submitted':
        return a.current !== null;
      case 'missing':
        return a.current === null;
      case '':
        return true;
      default:
        return (reviews?.get(a.code) ?? 'none') === filter.status;
    }
  });
}

const TEXTS = {
  title: { en: 'All agencies ({count})', id: 'Semua instansi ({count})' },
  shown: { en: '{shown} of {count} agencies shown', id: '{shown} dari {count} instansi ditampilkan' },
  search: { en: 'Search code or name', id: 'Cari kode atau nama' },
  level: { en: 'Level', id: 'Tingkat' },
  status: { en: 'Status', id: 'Status' },
  any: { en: 'All', id: 'Semua' },
  apply: { en: 'Show', id: 'Tampilkan' },
  reset: { en: 'Clear filters', id: 'Hapus filter' },
  none: { en: 'No agency matches.', id: 'Tidak ada instansi yang cocok.' },
  submitted: { en: 'Submitted', id: 'Sudah mengirim' },
  missing: { en: 'Missing', id: 'Belum mengirim' },
  reviewStates: { en: 'Reviews', id: 'Tinjauan' },
} as const;

/** How many agencies are in each review state (agencies without a submission left out). */
export function ReviewCounts(props: { lang: Lang; aid: string; reviews: ReadonlyMap<string, ReviewStatus> }) {
  const t = (key: keyof typeof TEXTS) => TEXTS[key][props.lang];
  const counts = { received: 0, returned: 0, accepted: 0 };
  for (const status of props.reviews.values()) if (status !== 'none') counts[status] += 1;
  const base = `/coordinator/a/${encodeURIComponent(props.aid)}?status=`;
  return (
    <div class="review-counts" id="review-counts">
      <h3>{t('reviewStates')}</h3>
      <ul class="plain inline-list">
        {(['received', 'returned', 'accepted'] as const).map((status) => (
          <li data-review={status}>
            <a href={`${base}${status}#agencies`}>
              <ReviewTag lang={props.lang} status={status} /> <span class="count">{counts[status]}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The collapsible agency list with its filter form. */
export function DashboardAgencies(props: {
  lang: Lang;
  aid: string;
  framework: Framework;
  agencies: readonly Agency[];
  reviews?: ReadonlyMap<string, ReviewStatus>;
  filter: AgencyFilter;
}) {
  const { lang, filter } = props;
  const t = (key: keyof typeof TEXTS, params: Record<string, number> = {}) =>
    TEXTS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  const tr = translator(COORDINATOR_TEXTS, lang);
  const ag = translator(AGENCY_TEXTS, lang);
  const rv = translator(REVIEW_TEXTS, lang);
  const shown = filterAgencies(props.agencies, filter, props.reviews);
  const total = props.framework.indicators.length;
  const action = `/coordinator/a/${encodeURIComponent(props.aid)}`;
  const statusLabel = (s: AgencyStatusFilter) =>
    s === 'submitted' || s === 'missing' ? t(s) : rv(`state_${s}`);
  return (
    <details class="card" id="agencies" open={isFiltered(filter)}>
      <summary>
        <h2 class="summary-h">{t('title', { count: props.agencies.length })}</h2>
      </summary>
      <form method="get" action={`${action}#agencies`} class="filters">
        <div>
          <label for="flt-q">{t('search')}</label>
          <input type="text" id="flt-q" name="q" value={filter.q} />
        </div>
        <div>
          <label for="flt-level">{t('level')}</label>
          <select id="flt-level" name="level">
            <option value="">{t('any')}</option>
            {AGENCY_LEVELS.map((level) => (
              <option value={level} selected={filter.level === level}>
                {levelLabel(level, lang)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="flt-status">{t('status')}</label>
          <select id="flt-status" name="status">
            <option value="">{t('any')}</option>
            {AGENCY_STATUS_FILTERS.filter((s) => props.reviews || s === 'submitted' || s === 'missing').map(
              (s) => (
                <option value={s} selected={filter.status === s}>
                  {statusLabel(s)}
                </option>
              ),
            )}
          </select>
        </div>
        <div class="filter-actions">
          <button type="submit">{t('apply')}</button>
          {isFiltered(filter) ? <a href={`${action}#agencies`}>{t('reset')}</a> : null}
        </div>
      </form>
      <p id="agencies-shown" role="status">
        {t('shown', { shown: shown.length, count: props.agencies.length })}
      </p>
      {shown.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table id="progress" class="stack">
          <caption class="visually-hidden">{t('title', { count: props.agencies.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr('colAgency')}</th>
              <th scope="col">{tr('colStatus')}</th>
              {props.reviews ? <th scope="col">{rv('colReview')}</th> : null}
              <th scope="col" class="num">
                {tr('colAnswered')}
              </th>
              <th scope="col">{tr('colLevel')}</th>
              <th scope="col">{tr('colWhen')}</th>
              <th scope="col">{tr('colChannel')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => {
              const review = props.reviews?.get(a.code) ?? 'none';
              const href = `${action}/agencies/${encodeURIComponent(a.code)}/answers`;
              return (
                <tr data-agency={a.code}>
                  <td data-label={tr('colAgency')}>
                    <strong>{a.code}</strong> {a.name}
                  </td>
                  <td data-label={tr('colStatus')}>
                    {a.current ? (
                      <span class="tag ok">{tr('statusSubmitted')}</span>
                    ) : (
                      <span class="tag miss">{tr('statusMissing')}</span>
                    )}
                  </td>
                  {props.reviews ? (
                    <td data-label={rv('colReview')} data-review={review}>
                      {review === 'none' ? (
                        '—'
                      ) : (
                        <a href={href}>
                          <ReviewTag lang={lang} status={review} />
                        </a>
                      )}
                    </td>
                  ) : null}
                  <td class="num" data-label={tr('colAnswered')}>
                    {a.current ? `${answeredOf(a.current.counts)} / ${total}` : ''}
                  </td>
                  <td data-label={tr('colLevel')}>{levelLabel(a.level, lang)}</td>
                  <td data-label={tr('colWhen')}>
                    {a.current ? formatWhen(a.current.receivedAt, lang) : ''}
                  </td>
                  <td data-label={tr('colChannel')}>{a.current ? ag(`channel_${a.current.channel}`) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
}
