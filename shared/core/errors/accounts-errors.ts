import type { ErrorSection } from './error-section.js';

/** Coordinator accounts and the audit log. */
export const accountsErrors = {
  'account.not_found': {
    status: 404,
    en: 'Account {id} does not exist or was revoked.',
    id: 'Akun {id} tidak ada atau sudah dicabut.',
  },
  'account.last_owner': {
    status: 409,
    en: 'Account {id} is the last owner: make another account an owner first, then revoke this one. Nothing was changed.',
    id: 'Akun {id} adalah pemilik terakhir: jadikan akun lain pemilik terlebih dahulu, lalu cabut akun ini. Tidak ada yang diubah.',
  },
  'account.invalid': {
    status: 422,
    en: "The account's details are not valid; see the issues for each field.",
    id: 'Data akun tidak valid; lihat rincian masalah untuk setiap isian.',
  },
  'account.unknown_assessment': {
    status: 422,
    en: 'Assessment {id} does not exist. Give existing assessment ids, or "*" for all.',
    id: 'Asesmen {id} tidak ada. Berikan id asesmen yang ada, atau "*" untuk semua.',
  },
  'account.outside_scope': {
    status: 403,
    en: 'You may give access only to assessments you can see yourself ({id} is not one of them).',
    id: 'Anda hanya dapat memberi akses ke asesmen yang dapat Anda lihat sendiri ({id} tidak termasuk).',
  },
  'audit.invalid_filter': {
    status: 400,
    en: 'The filter {field} is not valid: give an ISO 8601 time such as 2026-09-30T17:00:00+07:00.',
    id: 'Saringan {field} tidak valid: berikan waktu ISO 8601 seperti 2026-09-30T17:00:00+07:00.',
  },
  'audit.invalid_page': {
    status: 400,
    en: 'There is no page {page} of this audit log: give a page number from 1 to {pages}.',
    id: 'Tidak ada halaman {page} dalam log audit ini: berikan nomor halaman 1 sampai {pages}.',
  },
} as const satisfies ErrorSection;
