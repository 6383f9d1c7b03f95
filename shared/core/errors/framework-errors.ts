import type { ErrorParams, ErrorSection } from './error-section.js';
import { excerpt } from './vocabulary.js';

/**
 * Errors of an indicator framework file: the whole load fails with 'framework.invalid' and one issue
 * per problem. `{place}` is where the problem is (`Indicators!D5 (text_id)` or `indicators[3].text.id`),
 * `{value}` the value found (cut short), `{kind}` and `{format}` the kind of id and its format.
 */
export const frameworkErrors = {
  'framework.not_found': {
    status: 404,
    en: 'Framework {id} does not exist.',
    id: 'Kerangka {id} tidak ada.',
  },
  'framework.invalid': {
    status: 422,
    en: 'The indicator framework was rejected: {count} problem(s) found, nothing was loaded. See the issues for where each is and how to fix it.',
    id: 'Kerangka indikator ditolak: {count} masalah ditemukan, tidak ada yang dimuat. Lihat daftar masalah untuk letak dan cara memperbaikinya.',
  },
  'framework.json_syntax': {
    status: 422,
    en: 'The file is not valid JSON ({detail}). Save it again as JSON and retry.',
    id: 'Berkas bukan JSON yang sah ({detail}). Simpan ulang sebagai JSON lalu coba lagi.',
  },
  'framework.not_a_workbook': {
    status: 422,
    en: 'The file cannot be read as an Excel workbook (.xlsx). Save it as .xlsx and retry.',
    id: 'Berkas tidak dapat dibaca sebagai buku kerja Excel (.xlsx). Simpan sebagai .xlsx lalu coba lagi.',
  },
  'framework.missing_sheet': {
    status: 422,
    en: 'The workbook has no sheet named {name}. Add it, or start from a framework workbook we produced.',
    id: 'Buku kerja tidak memiliki lembar bernama {name}. Tambahkan, atau mulai dari buku kerja kerangka buatan sistem.',
  },
  'framework.missing_column': {
    status: 422,
    en: '{place}: no column headed {name} was found. Add that header to the header row.',
    id: '{place}: tidak ada kolom berjudul {name}. Tambahkan judul itu pada baris judul.',
  },
  'framework.missing_value': {
    status: 422,
    en: '{place} is missing. Fill it in.',
    id: '{place} tidak ada. Isilah.',
  },
  'framework.invalid_type': {
    status: 422,
    en: '{place} has the wrong kind of value ({detail}). Correct it.',
    id: '{place} berisi jenis nilai yang salah ({detail}). Perbaikilah.',
  },
  'framework.invalid_value': {
    status: 422,
    en: '{place} is not valid ({detail}). Correct it.',
    id: '{place} tidak sah ({detail}). Perbaikilah.',
  },
  'framework.empty_text': {
    status: 422,
    en: '{place} is empty. Every name and text needs both an English and an Indonesian version.',
    id: '{place} kosong. Setiap nama dan teks harus ada dalam bahasa Inggris dan bahasa Indonesia.',
  },
  'framework.too_long': {
    status: 422,
    en: '{place} is longer than {limit} characters. Shorten it.',
    id: '{place} lebih dari {limit} karakter. Persingkatlah.',
  },
  'framework.invalid_id': {
    status: 422,
    en: '{place}: "{value}" is not a valid {kind} id; {format}.',
    id: '{place}: "{value}" bukan ID {kind} yang sah; {format}.',
  },
  'framework.no_domains': {
    status: 422,
    en: '{place}: the framework has no domain. Add at least one domain.',
    id: '{place}: kerangka tidak memiliki dimensi. Tambahkan minimal satu dimensi.',
  },
  'framework.no_indicators': {
    status: 422,
    en: '{place}: the framework has no indicator. Add at least one indicator.',
    id: '{place}: kerangka tidak memiliki indikator. Tambahkan minimal satu indikator.',
  },
  'framework.too_many_rows': {
    status: 422,
    en: '{place}: more than {limit} entries. Split the framework or remove rows.',
    id: '{place}: lebih dari {limit} entri. Pecah kerangkanya atau hapus sebagian baris.',
  },
  'framework.duplicate_domain': {
    status: 422,
    en: '{place}: domain id "{value}" is used twice. Give each domain its own id.',
    id: '{place}: ID dimensi "{value}" dipakai dua kali. Beri setiap dimensi ID sendiri.',
  },
  'framework.duplicate_indicator': {
    status: 422,
    en: '{place}: indicator id "{value}" is used twice. Give each indicator its own id.',
    id: '{place}: ID indikator "{value}" dipakai dua kali. Beri setiap indikator ID sendiri.',
  },
  'framework.unknown_domain': {
    status: 422,
    en: '{place}: domain "{value}" is not defined. Use an id from the domains list or add the domain.',
    id: '{place}: dimensi "{value}" tidak terdaftar. Gunakan ID dari daftar dimensi atau tambahkan dimensinya.',
  },
  'framework.empty_domain': {
    status: 422,
    en: '{place}: domain "{value}" has no indicator. Add indicators to it or remove it.',
    id: '{place}: dimensi "{value}" tidak memiliki indikator. Tambahkan indikator atau hapus dimensinya.',
  },
} as const satisfies ErrorSection;

/** What a framework id identifies: its name and the format `framework.invalid_id` asks for. */
export const FRAMEWORK_ID_KINDS = {
  framework: {
    kind: { en: 'framework', id: 'kerangka' },
    format: {
      en: 'use lowercase letters, digits and dashes, e.g. local-mgi',
      id: 'gunakan huruf kecil, angka dan tanda hubung, misalnya local-mgi',
    },
  },
  domain: {
    kind: { en: 'domain', id: 'dimensi' },
    format: { en: 'use letters and digits, e.g. 1', id: 'gunakan huruf dan angka, misalnya 1' },
  },
  indicator: {
    kind: { en: 'indicator', id: 'indikator' },
    format: {
      en: 'use the form D.NN (domain, dot, two or more digits), e.g. 1.01',
      id: 'gunakan bentuk D.NN (dimensi, titik, dua angka atau lebih), misalnya 1.01',
    },
  },
} as const;

/** What the id at fault identifies, which decides the format a message asks for. */
export type IdKind = keyof typeof FRAMEWORK_ID_KINDS;

/** What a framework issue's message may mention besides its place. */
export interface FrameworkMessageParams {
  value?: string;
  limit?: number;
  idKind?: IdKind;
  /** Sheet or column names for missing_sheet / missing_column. */
  name?: string;
  detail?: string;
}

/** The catalogue params of a framework issue at `place` (the value cut short, the id kind in both languages). */
export function frameworkIssueParams(params: FrameworkMessageParams, place: string): ErrorParams {
  const { value, idKind, ...rest } = params;
  const out: ErrorParams = { place, value: excerpt(value) };
  for (const [key, v] of Object.entries(rest)) if (v !== undefined) out[key] = v;
  const kind = FRAMEWORK_ID_KINDS[idKind ?? 'indicator'];
  if (idKind !== undefined || value !== undefined) Object.assign(out, kind);
  return out;
}
