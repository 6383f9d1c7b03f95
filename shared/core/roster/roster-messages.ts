import type { Bilingual, Lang } from '../types.js';
import { AGENCY_LEVEL_LABELS } from './agency-level.js';

/** Every issue and error code of roster import. */
export type RosterCode =
  | 'roster.no_header'
  | 'roster.empty'
  | 'roster.invalid'
  | 'roster.too_many_rows'
  | 'roster.code_invalid'
  | 'roster.code_duplicate'
  | 'roster.name_missing'
  | 'roster.name_too_long'
  | 'roster.level_invalid'
  | 'roster.formula';

type Params = { row?: number; value?: string; first?: number; max?: number };

const levelList = (lang: Lang): string => Object.values(AGENCY_LEVEL_LABELS[lang]).join(', ');

const MESSAGES: Record<RosterCode, (p: Params) => Bilingual> = {
  'roster.no_header': () => ({
    en: 'No sheet of the roster has a header row with the columns "code", "name" and "level". Add that header row above the agencies and upload again.',
    id: 'Tidak ada lembar pada daftar instansi yang memiliki baris judul dengan kolom "kode", "nama" dan "tingkat". Tambahkan baris judul itu di atas daftar instansi lalu unggah kembali.',
  }),
  'roster.empty': () => ({
    en: 'The roster lists no agency under its header row.',
    id: 'Daftar instansi tidak memuat satu pun instansi di bawah baris judul.',
  }),
  'roster.invalid': (p) => ({
    en: `No row of the roster could be registered (${p.max} problems). Correct the cells listed and upload again.`,
    id: `Tidak ada baris daftar instansi yang dapat didaftarkan (${p.max} masalah). Perbaiki sel yang disebutkan lalu unggah kembali.`,
  }),
  'roster.too_many_rows': (p) => ({
    en: `The roster has more than ${p.max} rows. Split it into several files.`,
    id: `Daftar instansi memiliki lebih dari ${p.max} baris. Bagi menjadi beberapa berkas.`,
  }),
  'roster.code_invalid': (p) => ({
    en: `Row ${p.row}: the code "${p.value}" is not valid. Use 2 to 32 letters, digits, "-" or "_", starting with a letter or digit (e.g. DISNAKERTRANS).`,
    id: `Baris ${p.row}: kode "${p.value}" tidak valid. Gunakan 2 sampai 32 huruf, angka, "-" atau "_", diawali huruf atau angka (mis. DISNAKERTRANS).`,
  }),
  'roster.code_duplicate': (p) => ({
    en: `Row ${p.row}: the code "${p.value}" is already used in row ${p.first}. Give each agency its own code; this row was skipped.`,
    id: `Baris ${p.row}: kode "${p.value}" sudah dipakai pada baris ${p.first}. Beri setiap instansi kode sendiri; baris ini dilewati.`,
  }),
  'roster.name_missing': (p) => ({
    en: `Row ${p.row}: the agency name is empty. Write the agency's full name.`,
    id: `Baris ${p.row}: nama instansi kosong. Tuliskan nama lengkap instansi.`,
  }),
  'roster.name_too_long': (p) => ({
    en: `Row ${p.row}: the agency name is longer than ${p.max} characters. Shorten it.`,
    id: `Baris ${p.row}: nama instansi lebih dari ${p.max} karakter. Persingkat nama tersebut.`,
  }),
  'roster.level_invalid': (p) => ({
    en: `Row ${p.row}: the level "${p.value}" is not known. Use one of: ${levelList('en')}.`,
    id: `Baris ${p.row}: tingkat "${p.value}" tidak dikenal. Gunakan salah satu dari: ${levelList('id')}.`,
  }),
  'roster.formula': (p) => ({
    en: `Row ${p.row}: the cell holds a formula. Type the value itself.`,
    id: `Baris ${p.row}: sel berisi rumus. Ketik nilainya langsung.`,
  }),
};

/** The message for a roster code in the given language. */
export function rosterMessage(code: RosterCode, lang: Lang, params: Params = {}): string {
  return MESSAGES[code](params)[lang];
}
