import type { ErrorSection } from './error-section.js';

/**
 * Error codes of the review loop, the deadline and the consultation round: status and the
 * English and Indonesian message with `{placeholders}`.
 */
export const reviewErrors = {
  'review.conflict': {
    status: 409,
    en: 'Someone else reviewed this agency meanwhile (version {current}). Read the current review and try again.',
    id: 'Orang lain telah meninjau instansi ini sementara itu (versi {current}). Baca tinjauan terkini lalu coba lagi.',
  },
  'review.no_submission': {
    status: 409,
    en: 'Agency {code} has sent no submission yet: there is nothing to review.',
    id: 'Instansi {code} belum mengirim apa pun: belum ada yang dapat ditinjau.',
  },
  'review.note_required': {
    status: 422,
    en: 'A returned submission needs a note or at least one comment, so the agency knows what to fix.',
    id: 'Kiriman yang dikembalikan memerlukan catatan atau paling sedikit satu komentar, agar instansi tahu apa yang perlu diperbaiki.',
  },
  'comment.unknown_indicator': {
    status: 422,
    en: "Indicator {indicatorId} is not in this assessment's framework.",
    id: 'Indikator {indicatorId} tidak ada dalam kerangka asesmen ini.',
  },
  'comment.unknown_domain': {
    status: 422,
    en: "Domain {domainId} is not in this assessment's framework.",
    id: 'Domain {domainId} tidak ada dalam kerangka asesmen ini.',
  },
  'submission.not_found': {
    status: 404,
    en: 'Agency {code} has no submission {sid}.',
    id: 'Instansi {code} tidak memiliki kiriman {sid}.',
  },
  'submission.no_file': {
    status: 404,
    en: 'Submission {sid} was sent with the web form: it has no original file.',
    id: 'Kiriman {sid} dikirim melalui formulir web: tidak ada berkas aslinya.',
  },
  'assessment.closed': {
    status: 409,
    en: 'The deadline of this assessment ({deadline}) has passed. Ask the coordinator to reopen it for your agency.',
    id: 'Batas waktu asesmen ini ({deadline}) sudah lewat. Minta koordinator membukanya kembali untuk instansi Anda.',
  },
  'assessment.conflict': {
    status: 409,
    en: 'Someone else changed this assessment meanwhile (version {current}). Read it again and retry.',
    id: 'Orang lain telah mengubah asesmen ini sementara itu (versi {current}). Baca ulang lalu coba lagi.',
  },
  'reopen.conflict': {
    status: 409,
    en: 'Someone else reopened this agency meanwhile (version {current}). Read it again and retry.',
    id: 'Orang lain telah membuka kembali instansi ini sementara itu (versi {current}). Baca ulang lalu coba lagi.',
  },
  'consultation.closed': {
    status: 409,
    en: 'No consultation round is open for this assessment: comments are not taken now.',
    id: 'Tidak ada putaran konsultasi yang terbuka untuk asesmen ini: komentar tidak diterima saat ini.',
  },
  'consultation.already_open': {
    status: 409,
    en: 'A consultation round is already open until {closes}. Wait until it closes before opening another.',
    id: 'Putaran konsultasi sudah terbuka sampai {closes}. Tunggu sampai ditutup sebelum membuka yang lain.',
  },
  'date.invalid': {
    status: 422,
    en: '"{field}" must be a date and time in ISO 8601 with its offset, e.g. 2026-09-30T23:59:00+07:00.',
    id: '"{field}" harus berupa tanggal dan waktu ISO 8601 dengan zona waktunya, misalnya 2026-09-30T23:59:00+07:00.',
  },
  'date.past': {
    status: 422,
    en: '"{field}" must be in the future.',
    id: '"{field}" harus di masa mendatang.',
  },
  'date.before_opening': {
    status: 422,
    en: '"{field}" must be after the opening.',
    id: '"{field}" harus setelah waktu pembukaan.',
  },
} as const satisfies ErrorSection;

/** A code of this section. */
export type ReviewErrorCode = keyof typeof reviewErrors;
