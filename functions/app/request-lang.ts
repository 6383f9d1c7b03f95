import type { Lang } from '../../shared/core/types.js';

/**
 * The user's language from an `Accept-Language` header: Indonesian when `id` (or the legacy `in`)
 * ranks above English, English otherwise.
 */
export function langFromAcceptLanguage(header: string | undefined | null): Lang {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    if (entry.base === 'id' || entry.base === 'in') return 'id';
    if (entry.base === 'en') return 'en';
  }
  return 'en';
}

/** Whether a value names one of the service's languages. */
export function isLang(value: string | undefined): value is Lang {
  return value === 'en' || value === 'id';
}

/** The language a download asks for with `?lang=`, else the request's own. */
export function requestedLang(c: {
  req: { query(name: string): string | undefined };
  get(key: 'lang'): Lang;
}): Lang {
  const asked = c.req.query('lang');
  return isLang(asked) ? asked : c.get('lang');
}
