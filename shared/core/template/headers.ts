import { normalizeLabel } from '../answers.js';
import type { Lang } from '../types.js';

/** The columns of the responses sheet, in template order. */
export const RESPONSE_COLUMNS = [
  'id',
  'domain',
  'indicator',
  'answer',
  'justificationType',
  'justification',
  'evidence',
] as const;
export type ResponseColumn = (typeof RESPONSE_COLUMNS)[number];

/** Header texts of the responses sheet (PRODUCT.md "The Excel template"). */
export const HEADER_LABELS: Record<Lang, Record<ResponseColumn, string>> = {
  en: {
    id: 'ID',
    domain: 'Domain',
    indicator: 'Indicator',
    answer: 'Answer',
    justificationType: 'Justification type',
    justification: 'Justification',
    evidence: 'Evidence',
  },
  id: {
    id: 'ID',
    domain: 'Dimensi',
    indicator: 'Indikator',
    answer: 'Jawaban',
    justificationType: 'Jenis justifikasi',
    justification: 'Justifikasi',
    evidence: 'Bukti dukung',
  },
};

/** Normalised header text → column and the languages that spell it that way ('ID' is both). */
const HEADER_LOOKUP: ReadonlyMap<string, { column: ResponseColumn; langs: Lang[] }> = (() => {
  const lookup = new Map<string, { column: ResponseColumn; langs: Lang[] }>();
  for (const lang of ['en', 'id'] as const) {
    for (const column of RESPONSE_COLUMNS) {
      const key = normalizeLabel(HEADER_LABELS[lang][column]);
      const found = lookup.get(key);
      if (found) found.langs.push(lang);
      else lookup.set(key, { column, langs: [lang] });
    }
  }
  return lookup;
})();

/**
 * The column a header cell names, in English or Indonesian, ignoring case, spaces, NBSP and a
 * trailing asterisk or colon that people add to headers; undefined for any other text.
 */
export function matchHeader(raw: string): { column: ResponseColumn; langs: readonly Lang[] } | undefined {
  const key = normalizeLabel(raw).replace(/\s*[*:]+$/, '');
  return HEADER_LOOKUP.get(key);
}

/** Where each column was found on a header row (1-based column numbers) and the language it suggests. */
export interface HeaderMatch {
  columns: Map<ResponseColumn, number>;
  lang: Lang | null;
}

/**
 * Reads one candidate header row (1-based column → text). The first cell naming a column wins;
 * the language is the one more headers are spelt in (null when the row does not say).
 */
export function matchHeaderRow(cells: Iterable<[number, string]>): HeaderMatch {
  const columns = new Map<ResponseColumn, number>();
  const votes: Record<Lang, number> = { en: 0, id: 0 };
  for (const [col, text] of cells) {
    const match = matchHeader(text);
    if (!match || columns.has(match.column)) continue;
    columns.set(match.column, col);
    if (match.langs.length === 1) votes[match.langs[0]!] += 1;
  }
  const lang = votes.en > votes.id ? 'en' : votes.id > votes.en ? 'id' : null;
  return { columns, lang };
}
