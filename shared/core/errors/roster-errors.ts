import type { ErrorSection } from './error-section.js';

/** Problems of an agency roster import (`{value}` is the cell's value as found). */
export const rosterErrors = {
  'roster.no_header': {
    status: 422,
    en: 'No sheet of the roster has a header row with the columns "code", "name" and "level". Add that header row above the agencies and upload again.',
    id: 'Tidak ada lembar pada daftar instansi yang memiliki baris judul dengan kolom "kode", "nama" dan "tingkat". Tambahkan baris judul itu di atas daftar instansi lalu unggah kembali.',
  },
  'roster.empty': {
    status: 422,
    en: 'The roster lists no agency under its header row.',
    id: 'Daftar instansi tidak memuat satu pun instansi di bawah baris judul.',
  },
  'roster.invalid': {
    status: 422,
    en: 'No row of the roster could be registered ({max} problems). Correct the cells listed and upload again.',
    id: 'Tidak ada baris daftar instansi yang dapat didaftarkan ({max} masalah). Perbaiki sel yang disebutkan lalu unggah kembali.',
  },
  'roster.too_many_rows': {
    status: 413,
    en: 'The roster has more than {max} rows. Split it into several files.',
    id: 'Daftar instansi memiliki lebih dari {max} baris. Bagi menjadi beberapa berkas.',
  },
  'roster.code_invalid': {
    status: 422,
    en: 'Row {row}: the code "{value}" is not valid. Use 2 to 32 letters, digits, "-" or "_", starting with a letter or digit (e.g. DISNAKERTRANS).',
    id: 'Baris {row}: kode "{value}" tidak valid. Gunakan 2 sampai 32 huruf, angka, "-" atau "_", diawali huruf atau angka (mis. DISNAKERTRANS).',
  },
  'roster.code_duplicate': {
    status: 422,
    en: 'Row {row}: the code "{value}" is already used in row {first}. Give each agency its own code; this row was skipped.',
    id: 'Baris {row}: kode "{value}" sudah dipakai pada baris {first}. Beri setiap instansi kode sendiri; baris ini dilewati.',
  },
  'roster.name_missing': {
    status: 422,
    en: "Row {row}: the agency name is empty. Write the agency's full name.",
    id: 'Baris {row}: nama instansi kosong. Tuliskan nama lengkap instansi.',
  },
  'roster.name_too_long': {
    status: 422,
    en: 'Row {row}: the agency name is longer than {max} characters. Shorten it.',
    id: 'Baris {row}: nama instansi lebih dari {max} karakter. Persingkat nama tersebut.',
  },
  'roster.level_invalid': {
    status: 422,
    en: 'Row {row}: the level "{value}" is not known. Use one of: {agencyLevels}.',
    id: 'Baris {row}: tingkat "{value}" tidak dikenal. Gunakan salah satu dari: {agencyLevels}.',
  },
  'roster.formula': {
    status: 422,
    en: 'Row {row}: the cell holds a formula. Type the value itself.',
    id: 'Baris {row}: sel berisi rumus. Ketik nilainya langsung.',
  },
} as const satisfies ErrorSection;
