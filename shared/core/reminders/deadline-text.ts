import type { Lang } from '../types.js';

/** Western Indonesia Time is UTC+7 all year (Indonesia has no daylight saving time). */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

const DAYS: Record<Lang, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
};

const MONTHS: Record<Lang, string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A deadline as people in Central Java read it, in WIB whatever the server's zone:
 * "Friday 12 December 2026, 17:00 WIB" / "Jumat, 12 Desember 2026, pukul 17.00 WIB".
 * Returns null for a value that is not a date.
 */
export function formatDeadlineWib(iso: string, lang: Lang): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  // Shift by the fixed offset and read the UTC fields: no dependence on the host's time zone data.
  const wib = new Date(ms + WIB_OFFSET_MS);
  const day = DAYS[lang][wib.getUTCDay()];
  const date = `${wib.getUTCDate()} ${MONTHS[lang][wib.getUTCMonth()]} ${wib.getUTCFullYear()}`;
  const hh = pad(wib.getUTCHours());
  const mm = pad(wib.getUTCMinutes());
  return lang === 'id' ? `${day}, ${date}, pukul ${hh}.${mm} WIB` : `${day} ${date}, ${hh}:${mm} WIB`;
}
