/** Texts shared by every page: the frame, sign-in, errors. */
import type { Bilingual } from '../../../shared/core/types.js';

export const COMMON_TEXTS = {
  appName: { en: 'MGI Collect', id: 'MGI Collect' },
  tagline: {
    en: 'Local Migration Governance Indicators — answers from every agency, in one place',
    id: 'Indikator Tata Kelola Migrasi Daerah — jawaban semua instansi, di satu tempat',
  },
  skipToContent: { en: 'Skip to content', id: 'Langsung ke isi' },
  switchLang: { en: 'Bahasa Indonesia', id: 'English' },
  switchLangLabel: { en: 'Baca dalam Bahasa Indonesia', id: 'Read in English' },
  signOut: { en: 'Sign out', id: 'Keluar' },
  signedInAsAgency: { en: 'Agency {code} · {assessment}', id: 'Instansi {code} · {assessment}' },
  signedInAsAdmin: { en: 'Coordinator', id: 'Koordinator' },
  mainNav: { en: 'Main', id: 'Menu utama' },
  signInTitle: { en: 'Sign in', id: 'Masuk' },
  signInIntro: {
    en: 'Paste the access token you received from the coordinator. Agencies see their own assessment; the coordinator sees all agencies.',
    id: 'Tempel token akses yang Anda terima dari koordinator. Instansi melihat asesmennya sendiri; koordinator melihat semua instansi.',
  },
  tokenLabel: { en: 'Access token', id: 'Token akses' },
  tokenHint: {
    en: 'Agencies: the token from your coordinator, starting with mgi_agy_. Coordinators: your token starting with mgi_adm_, or the ADMIN_TOKEN value the service was started with. It is never shown on these pages.',
    id: 'Instansi: token dari koordinator, diawali mgi_agy_. Koordinator: token Anda yang diawali mgi_adm_, atau nilai ADMIN_TOKEN saat layanan dijalankan. Token tidak pernah ditampilkan di halaman ini.',
  },
  signInButton: { en: 'Sign in', id: 'Masuk' },
  signInFailed: {
    en: 'This access token is not valid (it may have been replaced). Check it, or ask the coordinator for a new one.',
    id: 'Token akses ini tidak berlaku (mungkin sudah diganti). Periksa kembali, atau minta token baru kepada koordinator.',
  },
  signedOut: { en: 'You are signed out.', id: 'Anda sudah keluar.' },
  sessionEnded: {
    en: 'Your session has ended. Sign in again.',
    id: 'Sesi Anda sudah berakhir. Silakan masuk kembali.',
  },
  errorTitle: { en: 'Something is wrong', id: 'Ada masalah' },
  forbiddenTitle: { en: 'Not allowed', id: 'Tidak diizinkan' },
  forbidden: {
    en: 'Your sign-in does not allow this page: it is for the coordinator, or for another agency.',
    id: 'Akun Anda tidak dapat membuka halaman ini: halaman ini untuk koordinator, atau untuk instansi lain.',
  },
  csrfFailed: {
    en: 'This form has expired or did not come from this site, so nothing was done. Open the page again and resend it.',
    id: 'Formulir ini sudah kedaluwarsa atau tidak berasal dari situs ini, jadi tidak ada yang diproses. Buka kembali halamannya lalu kirim ulang.',
  },
  notFoundTitle: { en: 'Page not found', id: 'Halaman tidak ditemukan' },
  notFound: {
    en: 'There is nothing at this address. Use the menu to find your way.',
    id: 'Tidak ada apa pun di alamat ini. Gunakan menu untuk mencari halaman.',
  },
  backHome: { en: 'Back to the start page', id: 'Kembali ke halaman awal' },
  yes: { en: 'Yes', id: 'Ya' },
  no: { en: 'No', id: 'Tidak' },
  never: { en: '—', id: '—' },
} satisfies Record<string, Bilingual>;
