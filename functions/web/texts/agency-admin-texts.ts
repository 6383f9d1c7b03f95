/** Texts of the coordinator's agency pages (contacts, tokens, disable, roster) and reminders. */
import type { Bilingual } from '../../../shared/core/types.js';

export const AGENCY_ADMIN_TEXTS = {
  contactNameLabel: { en: 'Contact person (optional)', id: 'Narahubung (opsional)' },
  emailLabel: { en: 'E-mail (optional)', id: 'E-mail (opsional)' },
  phoneLabel: { en: 'Phone (optional)', id: 'Telepon (opsional)' },
  langLabel: { en: 'Language of e-mails', id: 'Bahasa e-mail' },
  langId: { en: 'Bahasa Indonesia', id: 'Bahasa Indonesia' },
  langEn: { en: 'English', id: 'English' },
  colContact: { en: 'Contact', id: 'Narahubung' },
  colActions: { en: 'Actions', id: 'Tindakan' },
  disabledTag: { en: 'disabled', id: 'nonaktif' },
  editLink: { en: 'Edit {code}', id: 'Ubah {code}' },
  tokenLink: { en: 'New token for {code}', id: 'Token baru untuk {code}' },
  disableButton: { en: 'Disable {code}', id: 'Nonaktifkan {code}' },
  enableButton: { en: 'Enable {code}', id: 'Aktifkan {code}' },
  disabledNotice: {
    en: 'Agency {code} is disabled: its token no longer works and it is not counted as registered or missing. Its data is kept.',
    id: 'Instansi {code} dinonaktifkan: tokennya tidak berlaku lagi dan instansi ini tidak dihitung sebagai terdaftar atau belum mengirim. Datanya tetap disimpan.',
  },
  enabledNotice: {
    en: 'Agency {code} is enabled again; its earlier token works again.',
    id: 'Instansi {code} aktif kembali; token sebelumnya berlaku lagi.',
  },
  savedNotice: { en: 'The details of agency {code} were saved.', id: 'Data instansi {code} telah disimpan.' },
  editTitle: { en: 'Edit agency {code}', id: 'Ubah instansi {code}' },
  saveButton: { en: 'Save changes', id: 'Simpan perubahan' },
  conflictNotice: {
    en: 'Someone else changed this agency meanwhile. The form now shows the current details; make your change again.',
    id: 'Orang lain telah mengubah instansi ini sementara itu. Formulir kini menampilkan data terkini; ulangi perubahan Anda.',
  },
  confirmTitle: { en: 'Issue a new token for {code}?', id: 'Terbitkan token baru untuk {code}?' },
  confirmText: {
    en: 'The current token of {name} stops working at once, also in open sessions. The new token is shown once, on the next page.',
    id: 'Token {name} yang sekarang langsung tidak berlaku, juga di sesi yang terbuka. Token baru ditampilkan sekali, di halaman berikutnya.',
  },
  confirmButton: { en: 'Yes, issue a new token', id: 'Ya, terbitkan token baru' },
  cancel: { en: 'Cancel', id: 'Batal' },
  tokenGone: {
    en: 'This token was already shown and is not kept (only its fingerprint is). If it was not copied, issue a new one from the agencies page.',
    id: 'Token ini sudah ditampilkan dan tidak disimpan (hanya sidik jarinya). Jika belum disalin, terbitkan token baru dari halaman instansi.',
  },
  importTitle: { en: 'Import a roster', id: 'Impor daftar instansi' },
  importHint: {
    en: 'A workbook with the columns code | name | level, and optionally contact name | e-mail | phone. New agencies get a token; the tokens workbook (with each agency’s sign-in address) downloads at once. Existing agencies are updated and keep their token.',
    id: 'Buku kerja dengan kolom kode | nama | tingkat, dan bila ada narahubung | e-mail | telepon. Instansi baru mendapat token; buku kerja token (dengan alamat masuk setiap instansi) langsung terunduh. Instansi yang sudah ada diperbarui dan tetap memakai tokennya.',
  },
  fileLabel: { en: 'Roster workbook (.xlsx)', id: 'Buku kerja daftar instansi (.xlsx)' },
  importButton: { en: 'Import and download the tokens workbook', id: 'Impor dan unduh buku kerja token' },
  blankRoster: { en: 'Download a blank roster', id: 'Unduh daftar instansi kosong' },
  importFailed: { en: 'The roster was not imported.', id: 'Daftar instansi tidak diimpor.' },
  noFile: {
    en: 'Choose the roster workbook first.',
    id: 'Pilih buku kerja daftar instansi terlebih dahulu.',
  },
  navReminders: { en: 'Reminders', id: 'Pengingat' },
} satisfies Record<string, Bilingual>;
