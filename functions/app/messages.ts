/**
 * Messages of the errors the app itself raises, in English and Bahasa Indonesia. Errors raised by
 * the core (parse issues) already carry the file's language and are passed through as they are.
 */
import { AppError } from '../../shared/core/app-error.js';
import type { Bilingual, Issue, Lang } from '../../shared/core/types.js';

type Params = Record<string, string | number>;

const MESSAGES = {
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
  not_found: {
    status: 404,
    en: 'There is nothing at {path}. Check the address.',
    id: 'Tidak ada apa pun di {path}. Periksa alamatnya.',
  },
  'assessment.not_found': {
    status: 404,
    en: 'Assessment {id} does not exist.',
    id: 'Asesmen {id} tidak ada.',
  },
  'assessment.exists': {
    status: 409,
    en: 'Assessment {id} already exists. Choose another id.',
    id: 'Asesmen {id} sudah ada. Pilih id lain.',
  },
  'agency.not_found': {
    status: 404,
    en: 'Agency {code} is not registered in assessment {id}.',
    id: 'Instansi {code} tidak terdaftar dalam asesmen {id}.',
  },
  'agency.required': {
    status: 400,
    en: 'Say which agency: add ?agency=CODE to the address.',
    id: 'Sebutkan instansinya: tambahkan ?agency=KODE pada alamat.',
  },
  'framework.not_found': {
    status: 404,
    en: 'Framework {id} does not exist.',
    id: 'Kerangka {id} tidak ada.',
  },
  'request.invalid': {
    status: 400,
    en: 'The request is not valid; see the issues for each field.',
    id: 'Permintaan tidak valid; lihat rincian masalah untuk setiap isian.',
  },
  'request.malformed': {
    status: 400,
    en: 'The request body is empty or could not be read as JSON. Send a JSON object.',
    id: 'Isi permintaan kosong atau tidak dapat dibaca sebagai JSON. Kirim sebuah objek JSON.',
  },
  'request.unsupported_media_type': {
    status: 415,
    en: 'Send JSON with Content-Type: application/json.',
    id: 'Kirim JSON dengan Content-Type: application/json.',
  },
  'upload.too_large': {
    status: 413,
    en: 'The upload is larger than {limit}. Upload only the filled template.',
    id: 'Unggahan lebih besar dari {limit}. Unggah hanya templat yang sudah diisi.',
  },
  'upload.unsupported_media_type': {
    status: 415,
    en: 'Send the .xlsx file as the request body (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) or as the form field "file".',
    id: 'Kirim berkas .xlsx sebagai isi permintaan (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) atau sebagai isian formulir "file".',
  },
  'upload.missing_file': {
    status: 400,
    en: 'The form has no field "file" with the .xlsx workbook.',
    id: 'Formulir tidak memiliki isian "file" berisi buku kerja .xlsx.',
  },
  'upload.invalid': {
    status: 422,
    en: 'The workbook has {count} problem(s); nothing was saved. Fix the cells listed and upload it again.',
    id: 'Buku kerja memiliki {count} masalah; tidak ada yang disimpan. Perbaiki sel yang disebutkan lalu unggah kembali.',
  },
  'responses.invalid': {
    status: 422,
    en: 'The answers have {count} problem(s); nothing was saved. Fix the fields listed and send them again.',
    id: 'Jawaban memiliki {count} masalah; tidak ada yang disimpan. Perbaiki isian yang disebutkan lalu kirim kembali.',
  },
  'idempotency.key_reused': {
    status: 422,
    en: 'This Idempotency-Key was already used with a different request body. Use a new key for a new upload.',
    id: 'Idempotency-Key ini sudah dipakai untuk isi permintaan yang berbeda. Gunakan kunci baru untuk unggahan baru.',
  },
  'idempotency.key_invalid': {
    status: 400,
    en: 'The Idempotency-Key header must be 1 to 255 visible characters.',
    id: 'Header Idempotency-Key harus berisi 1 sampai 255 karakter yang terlihat.',
  },
  'summary.not_ready': {
    status: 404,
    en: 'No summary has been computed for assessment {id} yet.',
    id: 'Ringkasan untuk asesmen {id} belum dihitung.',
  },
  not_implemented: {
    status: 501,
    en: 'This part of the service (summary and consolidation) is not available in this version.',
    id: 'Bagian layanan ini (ringkasan dan konsolidasi) belum tersedia pada versi ini.',
  },
  internal: {
    status: 500,
    en: 'Something went wrong on our side (request {requestId}). Nothing you sent was lost; try again, and quote the request id if it persists.',
    id: 'Terjadi kesalahan di sisi kami (permintaan {requestId}). Tidak ada data Anda yang hilang; coba lagi, dan sebutkan id permintaan jika masih terjadi.',
  },
} satisfies Record<string, Bilingual & { status: number }>;

export type AppMessageCode = keyof typeof MESSAGES;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The message of one of the app's codes in a language. */
export function appMessage(code: AppMessageCode, lang: Lang, params: Params = {}): string {
  return fill(MESSAGES[code][lang], params);
}

/** Builds the AppError for one of the app's codes, in the user's language. */
export function appError(
  code: AppMessageCode,
  lang: Lang,
  params: Params = {},
  options: { status?: number; issues?: Issue[]; totalIssues?: number; cause?: unknown } = {},
): AppError {
  return new AppError(code, options.status ?? MESSAGES[code].status, appMessage(code, lang, params), options);
}
