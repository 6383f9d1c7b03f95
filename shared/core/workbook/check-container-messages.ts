import { AppError } from '../app-error.js';
import type { Bilingual, Lang } from '../types.js';

/** Every error code the container checks can raise, with its HTTP status. */
export const CONTAINER_ERROR_STATUS = {
  'upload.empty': 415,
  'upload.not_a_workbook': 415,
  'upload.encrypted_or_legacy': 415,
  'upload.macros': 415,
  'upload.corrupt_zip': 422,
  'upload.too_many_entries': 422,
  'upload.unsafe_entry_name': 422,
  'upload.xml_entities': 422,
  'upload.zip_bomb': 413,
} as const;

export type ContainerErrorCode = keyof typeof CONTAINER_ERROR_STATUS;

/** What the user reads for each code, in English and Bahasa Indonesia: what is wrong and how to fix it. */
export const CONTAINER_ERROR_MESSAGES: Record<ContainerErrorCode, Bilingual> = {
  'upload.empty': {
    en: 'The uploaded file is empty. Choose the filled .xlsx template and upload it again.',
    id: 'Berkas yang diunggah kosong. Pilih templat .xlsx yang sudah diisi lalu unggah kembali.',
  },
  'upload.not_a_workbook': {
    en: 'The file is not an Excel workbook (.xlsx). Upload the .xlsx template you downloaded, not a CSV, PDF or other file.',
    id: 'Berkas ini bukan buku kerja Excel (.xlsx). Unggah templat .xlsx yang Anda unduh, bukan CSV, PDF atau berkas lain.',
  },
  'upload.encrypted_or_legacy': {
    en: 'The file is password-protected or an old .xls workbook. Save it as .xlsx without a password and upload it again.',
    id: 'Berkas dilindungi kata sandi atau berformat .xls lama. Simpan sebagai .xlsx tanpa kata sandi lalu unggah kembali.',
  },
  'upload.macros': {
    en: 'The workbook contains macros. Save it as a normal .xlsx workbook (without macros) and upload it again.',
    id: 'Buku kerja berisi makro. Simpan sebagai buku kerja .xlsx biasa (tanpa makro) lalu unggah kembali.',
  },
  'upload.corrupt_zip': {
    en: 'The .xlsx file is damaged and cannot be read. Open it in your spreadsheet program, save it again as .xlsx and upload it again.',
    id: 'Berkas .xlsx rusak dan tidak dapat dibaca. Buka di program lembar kerja Anda, simpan ulang sebagai .xlsx lalu unggah kembali.',
  },
  'upload.too_many_entries': {
    en: 'The workbook has too many internal parts (more than 500). Upload the template without extra sheets, images or attachments.',
    id: 'Buku kerja memiliki terlalu banyak bagian internal (lebih dari 500). Unggah templat tanpa lembar, gambar atau lampiran tambahan.',
  },
  'upload.unsafe_entry_name': {
    en: 'The workbook contains an internal part with an unsafe or duplicated name. Save it again as .xlsx from your spreadsheet program and upload it again.',
    id: 'Buku kerja berisi bagian internal dengan nama yang tidak aman atau ganda. Simpan ulang sebagai .xlsx dari program lembar kerja Anda lalu unggah kembali.',
  },
  'upload.xml_entities': {
    en: 'The workbook contains XML declarations (DOCTYPE or ENTITY) that are not allowed. Save it again as .xlsx from your spreadsheet program and upload it again.',
    id: 'Buku kerja berisi deklarasi XML (DOCTYPE atau ENTITY) yang tidak diizinkan. Simpan ulang sebagai .xlsx dari program lembar kerja Anda lalu unggah kembali.',
  },
  'upload.zip_bomb': {
    en: 'The workbook unpacks to far more data than a filled template (over 50 MB, or a part compressed more than 100:1). Upload the template with only your answers.',
    id: 'Buku kerja membuka data jauh lebih besar daripada templat yang diisi (lebih dari 50 MB, atau bagian yang dimampatkan lebih dari 100:1). Unggah templat yang hanya berisi jawaban Anda.',
  },
};

/** The user-facing message of a container error code in the given language. */
export function containerErrorMessage(code: ContainerErrorCode, lang: Lang): string {
  return CONTAINER_ERROR_MESSAGES[code][lang];
}

/** True when `code` is one of the container checks' codes (e.g. to re-translate an AppError). */
export function isContainerErrorCode(code: string): code is ContainerErrorCode {
  return Object.hasOwn(CONTAINER_ERROR_STATUS, code);
}

/** Builds the AppError for a container failure; `detail` goes to the cause (logs), not to the user. */
export function containerError(code: ContainerErrorCode, detail?: string, cause?: unknown): AppError {
  return new AppError(code, CONTAINER_ERROR_STATUS[code], CONTAINER_ERROR_MESSAGES[code].en, {
    cause: detail === undefined ? cause : new Error(detail, cause === undefined ? undefined : { cause }),
  });
}
