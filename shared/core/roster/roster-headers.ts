import { normalizeLabel } from '../answers.js';
import type { Lang } from '../types.js';

/** The columns of a roster sheet: code, name and level are required, the contact columns optional. */
export const ROSTER_COLUMNS = ['code', 'name', 'level', 'contactName', 'email', 'phone'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export const CONTACT_COLUMNS = ['contactName', 'email', 'phone'] as const;
type RequiredColumn = 'code' | 'name' | 'level';

/** Where each column is: the required ones always, a contact column when its header is there. */
export type RosterColumns = Record<RequiredColumn, number> & Partial<Record<RosterColumn, number>>;

/** Header texts written in a roster or tokens workbook, per language. */
export const ROSTER_HEADER_LABELS: Record<Lang, Record<RosterColumn, string>> = {
  en: {
    code: 'code',
    name: 'name',
    level: 'level',
    contactName: 'contact name',
    email: 'e-mail',
    phone: 'phone',
  },
  id: {
    code: 'kode',
    name: 'nama',
    level: 'tingkat',
    contactName: 'narahubung',
    email: 'e-mail',
    phone: 'telepon',
  },
};

const SYNONYMS: Record<RosterColumn, { en: string[]; id: string[] }> = {
  code: { en: ['code', 'agency code'], id: ['kode', 'kode instansi'] },
  name: { en: ['name', 'agency name', 'agency'], id: ['nama', 'nama instansi', 'instansi', 'nama lembaga'] },
  level: { en: ['level', 'type', 'agency level'], id: ['tingkat', 'jenis', 'tingkat instansi'] },
  contactName: {
    en: ['contact name', 'contact', 'contact person'],
    id: ['narahubung', 'nama narahubung', 'kontak', 'nama kontak', 'penanggung jawab'],
  },
  // "e-mail" is the same word in both languages: it votes for neither.
  email: { en: ['email', 'e-mail address', 'email address'], id: ['alamat e-mail', 'alamat email', 'surel'] },
  phone: {
    en: ['phone', 'telephone', 'phone number', 'mobile'],
    id: ['telepon', 'telp', 'no. telepon', 'nomor telepon', 'no hp', 'hp', 'nomor hp'],
  },
};

const LOOKUP: ReadonlyMap<string, { column: RosterColumn; lang: Lang }> = (() => {
  const map = new Map<string, { column: RosterColumn; lang: Lang }>();
  for (const column of Object.keys(SYNONYMS) as RosterColumn[]) {
    for (const lang of ['en', 'id'] as const) {
      for (const label of SYNONYMS[column][lang]) map.set(normalizeLabel(label), { column, lang });
    }
  }
  map.set('e-mail', { column: 'email', lang: 'neutral' as Lang });
  return map;
})();

/** Where the roster columns are on one candidate header row, or null when one of them is missing. */
export function matchRosterHeaderRow(
  cells: Iterable<[number, string]>,
): { columns: RosterColumns; lang: Lang } | null {
  const found = new Map<RosterColumn, number>();
  const votes: Record<string, number> = { en: 0, id: 0 };
  for (const [col, text] of cells) {
    const match = LOOKUP.get(normalizeLabel(text).replace(/\s*[*:]+$/, ''));
    if (!match || found.has(match.column)) continue;
    found.set(match.column, col);
    votes[match.lang] = (votes[match.lang] ?? 0) + 1;
  }
  if (!found.has('code') || !found.has('name') || !found.has('level')) return null;
  const columns: RosterColumns = {
    code: found.get('code')!,
    name: found.get('name')!,
    level: found.get('level')!,
  };
  for (const column of CONTACT_COLUMNS) if (found.has(column)) columns[column] = found.get(column)!;
  return { columns, lang: votes.id! > votes.en! ? 'id' : 'en' };
}
