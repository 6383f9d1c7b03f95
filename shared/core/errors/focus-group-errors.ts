import type { ErrorSection } from './error-section.js';

/** Error and issue codes of the focus group: validated answers and the findings per domain. */
export const focusGroupErrors = {
  'validation.conflict': {
    status: 409,
    en: 'Someone else changed the validated answer of indicator {indicatorId} meanwhile (now version {current}). Read the current answer and try again.',
    id: 'Orang lain telah mengubah jawaban tervalidasi indikator {indicatorId} sementara itu (kini versi {current}). Baca jawaban terkini lalu coba lagi.',
  },
  'validation.unknown_indicator': {
    status: 404,
    en: "Indicator {indicatorId} is not in this assessment's framework.",
    id: 'Indikator {indicatorId} tidak ada dalam kerangka asesmen ini.',
  },
  'validation.not_found': {
    status: 404,
    en: 'Indicator {indicatorId} has no validated answer to clear.',
    id: 'Indikator {indicatorId} belum memiliki jawaban tervalidasi untuk dihapus.',
  },
  'findings.conflict': {
    status: 409,
    en: 'Someone else changed the findings of domain {domainId} meanwhile (now version {current}). Read the current findings and try again.',
    id: 'Orang lain telah mengubah temuan dimensi {domainId} sementara itu (kini versi {current}). Baca temuan terkini lalu coba lagi.',
  },
  'findings.unknown_domain': {
    status: 404,
    en: "Domain {domainId} is not in this assessment's framework.",
    id: 'Dimensi {domainId} tidak ada dalam kerangka asesmen ini.',
  },
  'findings.invalid': {
    status: 422,
    en: 'The findings cannot be saved; see the issues for each field.',
    id: 'Temuan tidak dapat disimpan; lihat rincian masalah untuk setiap isian.',
  },
  'findings.not_in_domain': {
    status: 422,
    en: 'Indicator {indicatorId} is not an indicator of domain {domainId}.',
    id: 'Indikator {indicatorId} bukan indikator dimensi {domainId}.',
  },
  'findings.duplicate': {
    status: 422,
    en: 'Indicator {indicatorId} is picked twice: pick each indicator once, as a highlight or as an area for further development.',
    id: 'Indikator {indicatorId} dipilih dua kali: pilih setiap indikator sekali saja, sebagai sorotan atau sebagai area pengembangan.',
  },
  'findings.final_count': {
    status: 422,
    en: 'A domain marked final needs 3 to 5 highlights; {count} are picked.',
    id: 'Dimensi yang ditandai final memerlukan 3 sampai 5 sorotan; yang dipilih {count}.',
  },
} as const satisfies ErrorSection;
