import { normalizeLabel } from '../answers.js';
import type { Lang } from '../types.js';

/** The columns of a roster sheet. */
export const ROSTER_COLUMNS = ['code', 'name', 'level'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** Header texts written in a roster or tokens workbook, per language. */
export const ROSTER_HEADER_LABELS: Record<Lang, Record<RosterColumn, string>> = {
  en: { code: 'code', name: 'name', level: 'level' },
  id: { code: 'kode', name: 'nama', level: 'tingkat' },
};

const SYNONYMS: Record<RosterColumn, { en: string[]; id: string[] }> = {
  code: { en: ['code', 'agency code'], id: ['kode', 'kode instansi'] },
  name: { en: ['name', 'agency name', 'agency'], id: ['nama', 'nama instansi', 'instansi', 'nama lembaga'] },
  level: { en: ['level', 'type', 'agency level'], id: ['tingkat', 'jenis', 'tingkat instansi'] },
};

const LOOKUP: ReadonlyMap<string, { column: RosterColumn; lang: Lang }> = (() => {
  const map = new Map<string, { column: RosterColumn; lang: Lang }>();
  for (const column of Object.keys(SYNONYMS) as RosterColumn[]) {
    for (const lang of ['en', 'id'] as const) {
      for (const label of SYNONYMS[column][lang]) map.set(normalizeLabel(label), { column, lang });
    }
  }
  return map;
})();

/** Where the roster columns are on one candidate header row, or null when one of them is missing. */
export function matchRosterHeaderRow(
  cells: Iterable<[number, string]>,
): { columns: Record<RosterColumn, number>; lang: Lang } | null {
  const found = new Map<RosterColumn, number>();
  const votes: Record<Lang, number> = { en: 0, id: 0 };
  for (const [col, text] of cells) {
    const match = LOOKUP.get(normalizeLabel(text).replace(/\s*[*:]+$/, ''));
    if (!match || found.has(match.column)) continue;
    found.set(match.column, col);
    votes[match.lang] += 1;
  }
  if (!found.has('code') || !found.has('name') || !found.has('level')) return null;
  return {
    columns: { code: found.get('code')!, name: found.get('name')!, level: found.get('level')! },
    lang: votes.id > votes.en ? 'id' : 'en',
  };
}
