import type { ErrorSection } from './error-section.js';

/** Errors about assessments, their agencies and their summary. */
export const assessmentErrors = {
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
  'summary.not_ready': {
    status: 404,
    en: 'No summary has been computed for assessment {id} yet.',
    id: 'Ringkasan untuk asesmen {id} belum dihitung.',
  },
} as const satisfies ErrorSection;
