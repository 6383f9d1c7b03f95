import type { ErrorSection } from './error-section.js';

/** Errors of the request itself: its address, body, headers, and our own failures. */
export const requestErrors = {
  not_found: {
    status: 404,
    en: 'There is nothing at {path}. Check the address.',
    id: 'Tidak ada apa pun di {path}. Periksa alamatnya.',
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
} as const satisfies ErrorSection;
