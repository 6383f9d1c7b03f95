import { quote } from './messages.js';
import type { Lang } from './types.js';

/** Issue codes a framework file can get; the whole load fails with AppError 'framework.invalid'. */
export type FrameworkIssueCode =
  | 'framework.json_syntax'
  | 'framework.not_a_workbook'
  | 'framework.missing_sheet'
  | 'framework.missing_column'
  | 'framework.missing_value'
  | 'framework.invalid_type'
  | 'framework.invalid_value'
  | 'framework.empty_text'
  | 'framework.too_long'
  | 'framework.invalid_id'
  | 'framework.no_domains'
  | 'framework.no_indicators'
  | 'framework.too_many_rows'
  | 'framework.duplicate_domain'
  | 'framework.duplicate_indicator'
  | 'framework.unknown_domain'
  | 'framework.empty_domain';

/** What the id at fault identifies, which decides the format a message asks for. */
export type IdKind = 'framework' | 'domain' | 'indicator';

export interface FrameworkMessageParams {
  /** Where the problem is: `Indicators!D5 (text_id)` or `indicators[3].text.id`. */
  place: string;
  value?: string;
  limit?: number;
  idKind?: IdKind;
  /** Sheet or column names for missing_sheet / missing_column. */
  name?: string;
  detail?: string;
}

const ID_FORMAT: Record<IdKind, Record<Lang, string>> = {
  framework: {
    en: 'use lowercase letters, digits and dashes, e.g. local-mgi',
    id: 'gunakan huruf kecil, angka dan tanda hubung, misalnya local-mgi',
  },
  domain: { en: 'use letters and digits, e.g. 1', id: 'gunakan huruf dan angka, misalnya 1' },
  indicator: {
    en: 'use the form D.NN (domain, dot, two or more digits), e.g. 1.01',
    id: 'gunakan bentuk D.NN (dimensi, titik, dua angka atau lebih), misalnya 1.01',
  },
};

type Catalog = Record<FrameworkIssueCode, Record<Lang, (p: FrameworkMessageParams) => string>>;

const MESSAGES: Catalog = {
  'framework.json_syntax': {
    en: (p) => `The file is not valid JSON (${p.detail}). Save it again as JSON and retry.`,
    id: (p) => `Berkas bukan JSON yang sah (${p.detail}). Simpan ulang sebagai JSON lalu coba lagi.`,
  },
  'framework.not_a_workbook': {
    en: () => 'The file cannot be read as an Excel workbook (.xlsx). Save it as .xlsx and retry.',
    id: () =>
      'Berkas tidak dapat dibaca sebagai buku kerja Excel (.xlsx). Simpan sebagai .xlsx lalu coba lagi.',
  },
  'framework.missing_sheet': {
    en: (p) =>
      `The workbook has no sheet named ${p.name}. Add it, or start from a framework workbook we produced.`,
    id: (p) =>
      `Buku kerja tidak memiliki lembar bernama ${p.name}. Tambahkan, atau mulai dari buku kerja kerangka buatan sistem.`,
  },
  'framework.missing_column': {
    en: (p) => `${p.place}: no column headed ${p.name} was found. Add that header to the header row.`,
    id: (p) => `${p.place}: tidak ada kolom berjudul ${p.name}. Tambahkan judul itu pada baris judul.`,
  },
  'framework.missing_value': {
    en: (p) => `${p.place} is missing. Fill it in.`,
    id: (p) => `${p.place} tidak ada. Isilah.`,
  },
  'framework.invalid_type': {
    en: (p) => `${p.place} has the wrong kind of value (${p.detail}). Correct it.`,
    id: (p) => `${p.place} berisi jenis nilai yang salah (${p.detail}). Perbaikilah.`,
  },
  'framework.invalid_value': {
    en: (p) => `${p.place} is not valid (${p.detail}). Correct it.`,
    id: (p) => `${p.place} tidak sah (${p.detail}). Perbaikilah.`,
  },
  'framework.empty_text': {
    en: (p) => `${p.place} is empty. Every name and text needs both an English and an Indonesian version.`,
    id: (p) => `${p.place} kosong. Setiap nama dan teks harus ada dalam bahasa Inggris dan bahasa Indonesia.`,
  },
  'framework.too_long': {
    en: (p) => `${p.place} is longer than ${p.limit} characters. Shorten it.`,
    id: (p) => `${p.place} lebih dari ${p.limit} karakter. Persingkatlah.`,
  },
  'framework.invalid_id': {
    en: (p) =>
      `${p.place}: ${quote(p.value)} is not a valid ${p.idKind} id; ${ID_FORMAT[p.idKind ?? 'indicator'].en}.`,
    id: (p) =>
      `${p.place}: ${quote(p.value)} bukan ID ${kindId(p.idKind)} yang sah; ${ID_FORMAT[p.idKind ?? 'indicator'].id}.`,
  },
  'framework.no_domains': {
    en: (p) => `${p.place}: the framework has no domain. Add at least one domain.`,
    id: (p) => `${p.place}: kerangka tidak memiliki dimensi. Tambahkan minimal satu dimensi.`,
  },
  'framework.no_indicators': {
    en: (p) => `${p.place}: the framework has no indicator. Add at least one indicator.`,
    id: (p) => `${p.place}: kerangka tidak memiliki indikator. Tambahkan minimal satu indikator.`,
  },
  'framework.too_many_rows': {
    en: (p) => `${p.place}: more than ${p.limit} entries. Split the framework or remove rows.`,
    id: (p) => `${p.place}: lebih dari ${p.limit} entri. Pecah kerangkanya atau hapus sebagian baris.`,
  },
  'framework.duplicate_domain': {
    en: (p) => `${p.place}: domain id ${quote(p.value)} is used twice. Give each domain its own id.`,
    id: (p) => `${p.place}: ID dimensi ${quote(p.value)} dipakai dua kali. Beri setiap dimensi ID sendiri.`,
  },
  'framework.duplicate_indicator': {
    en: (p) => `${p.place}: indicator id ${quote(p.value)} is used twice. Give each indicator its own id.`,
    id: (p) =>
      `${p.place}: ID indikator ${quote(p.value)} dipakai dua kali. Beri setiap indikator ID sendiri.`,
  },
  'framework.unknown_domain': {
    en: (p) =>
      `${p.place}: domain ${quote(p.value)} is not defined. Use an id from the domains list or add the domain.`,
    id: (p) =>
      `${p.place}: dimensi ${quote(p.value)} tidak terdaftar. Gunakan ID dari daftar dimensi atau tambahkan dimensinya.`,
  },
  'framework.empty_domain': {
    en: (p) => `${p.place}: domain ${quote(p.value)} has no indicator. Add indicators to it or remove it.`,
    id: (p) =>
      `${p.place}: dimensi ${quote(p.value)} tidak memiliki indikator. Tambahkan indikator atau hapus dimensinya.`,
  },
};

function kindId(kind: IdKind | undefined): string {
  if (kind === 'framework') return 'kerangka';
  if (kind === 'domain') return 'dimensi';
  return 'indikator';
}

/** The user-facing message of a framework issue, in the user's language. */
export function frameworkMessage(
  code: FrameworkIssueCode,
  lang: Lang,
  params: FrameworkMessageParams,
): string {
  return MESSAGES[code][lang](params);
}

/** The summary message of a rejected framework file. */
export function frameworkInvalidMessage(lang: Lang, total: number): string {
  return lang === 'id'
    ? `Kerangka indikator ditolak: ${total} masalah ditemukan, tidak ada yang dimuat. Lihat daftar masalah untuk letak dan cara memperbaikinya.`
    : `The indicator framework was rejected: ${total} problem(s) found, nothing was loaded. See the issues for where each is and how to fix it.`;
}
