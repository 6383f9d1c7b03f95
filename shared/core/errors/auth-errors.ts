import type { ErrorSection } from './error-section.js';

/** Errors of signing in and of what a token allows. */
export const authErrors = {
  'auth.missing_token': {
    status: 401,
    en: 'Sign in: send your access token as "Authorization: Bearer <token>".',
    id: 'Masuk terlebih dahulu: kirim token akses Anda sebagai "Authorization: Bearer <token>".',
  },
  'auth.invalid_token': {
    status: 401,
    en: 'This access token is not valid (it may have been replaced). Ask the coordinator for a new one.',
    id: 'Token akses ini tidak berlaku (mungkin sudah diganti). Minta token baru kepada koordinator.',
  },
  'auth.forbidden': {
    status: 403,
    en: 'Your access token does not allow this: it belongs to another agency or assessment, or the action is for the coordinator.',
    id: 'Token akses Anda tidak mengizinkan tindakan ini: token milik instansi atau asesmen lain, atau tindakan ini khusus koordinator.',
  },
} as const satisfies ErrorSection;
