import { answerLabelList, justificationLabelList } from './answers.js';
import type { Lang } from './types.js';

/** Issue codes of the response rules (PRODUCT.md "Answers and justifications"); stable, part of the API. */
export type ResponseIssueCode =
  | 'answer.blank'
  | 'answer.invalid'
  | 'justification_type.missing'
  | 'justification_type.invalid'
  | 'justification.missing'
  | 'justification.too_short'
  | 'justification.too_long'
  | 'evidence.too_long'
  | 'indicator.unknown'
  | 'indicator.duplicate'
  | 'submission.empty';

/** What a message may mention: the indicator, the value found, its length and the limit. */
export interface MessageParams {
  indicatorId?: string;
  value?: string;
  length?: number;
  limit?: number;
}

type Catalog = Record<ResponseIssueCode, Record<Lang, (p: MessageParams) => string>>;

function orList(labels: string[], lang: Lang): string {
  const last = labels.at(-1) ?? '';
  const rest = labels.slice(0, -1).join(', ');
  return rest === '' ? last : `${rest} ${lang === 'id' ? 'atau' : 'or'} ${last}`;
}

const answers = (lang: Lang) => orList(answerLabelList(lang), lang);
const types = (lang: Lang) => orList(justificationLabelList(lang), lang);

/** A value quoted in a message, cut short so a pasted essay does not swamp the message. */
export function quote(value: string | undefined): string {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return `"${text.length > 40 ? `${text.slice(0, 37)}...` : text}"`;
}

const RESPONSE_MESSAGES: Catalog = {
  'answer.blank': {
    en: (p) =>
      `Indicator ${p.indicatorId} has no answer and is counted as unanswered. Choose ${answers('en')} to answer it.`,
    id: (p) =>
      `Indikator ${p.indicatorId} belum dijawab dan dihitung sebagai tidak dijawab. Pilih ${answers('id')} untuk menjawabnya.`,
  },
  'answer.invalid': {
    en: (p) =>
      `${quote(p.value)} is not an accepted answer for indicator ${p.indicatorId}. Choose ${answers('en')}.`,
    id: (p) =>
      `${quote(p.value)} bukan jawaban yang diterima untuk indikator ${p.indicatorId}. Pilih ${answers('id')}.`,
  },
  'justification_type.missing': {
    en: (p) =>
      `Indicator ${p.indicatorId} is answered Yes or Partially, so it needs a justification type. Choose ${types('en')}.`,
    id: (p) =>
      `Jenis justifikasi wajib diisi karena indikator ${p.indicatorId} dijawab Ya atau Sebagian. Pilih ${types('id')}.`,
  },
  'justification_type.invalid': {
    en: (p) =>
      `${quote(p.value)} is not an accepted justification type for indicator ${p.indicatorId}. Choose ${types('en')}.`,
    id: (p) =>
      `${quote(p.value)} bukan jenis justifikasi yang diterima untuk indikator ${p.indicatorId}. Pilih ${types('id')}.`,
  },
  'justification.missing': {
    en: (p) =>
      `Indicator ${p.indicatorId} is answered Yes or Partially, so it needs a justification: name the regulation, programme or practice that supports the answer (at least ${p.limit} characters).`,
    id: (p) =>
      `Justifikasi wajib diisi karena indikator ${p.indicatorId} dijawab Ya atau Sebagian: sebutkan regulasi, program atau praktik yang mendukung jawaban (minimal ${p.limit} karakter).`,
  },
  'justification.too_short': {
    en: (p) =>
      `The justification of indicator ${p.indicatorId} has ${p.length} characters; write at least ${p.limit}, naming the regulation, programme or practice.`,
    id: (p) =>
      `Justifikasi indikator ${p.indicatorId} hanya ${p.length} karakter; tulis minimal ${p.limit} karakter dengan menyebut regulasi, program atau praktiknya.`,
  },
  'justification.too_long': {
    en: (p) =>
      `The justification of indicator ${p.indicatorId} has ${p.length} characters; shorten it to at most ${p.limit} and put documents in the evidence column.`,
    id: (p) =>
      `Justifikasi indikator ${p.indicatorId} berisi ${p.length} karakter; persingkat menjadi paling banyak ${p.limit} karakter dan cantumkan dokumen di kolom bukti dukung.`,
  },
  'evidence.too_long': {
    en: (p) =>
      `The evidence of indicator ${p.indicatorId} has ${p.length} characters; shorten it to at most ${p.limit} (document title, number or link).`,
    id: (p) =>
      `Bukti dukung indikator ${p.indicatorId} berisi ${p.length} karakter; persingkat menjadi paling banyak ${p.limit} karakter (judul, nomor atau tautan dokumen).`,
  },
  'indicator.unknown': {
    en: (p) =>
      p.indicatorId
        ? `Indicator ${quote(p.indicatorId)} is not in this assessment's framework. Remove the row or correct the ID.`
        : 'A row has an answer but no indicator ID. Fill in the ID or remove the row.',
    id: (p) =>
      p.indicatorId
        ? `Indikator ${quote(p.indicatorId)} tidak ada dalam kerangka penilaian ini. Hapus barisnya atau perbaiki ID-nya.`
        : 'Ada baris berisi jawaban tanpa ID indikator. Isi ID-nya atau hapus barisnya.',
  },
  'indicator.duplicate': {
    en: (p) =>
      `Indicator ${p.indicatorId} appears more than once. Keep one row for it and delete the others.`,
    id: (p) => `Indikator ${p.indicatorId} muncul lebih dari sekali. Sisakan satu baris dan hapus yang lain.`,
  },
  'submission.empty': {
    en: () => `No indicator is answered. Answer at least one indicator (${answers('en')}) before submitting.`,
    id: () => `Jawaban wajib diisi untuk minimal satu indikator (${answers('id')}) sebelum dikirim.`,
  },
};

/** The user-facing message of a response issue, in the user's language. */
export function responseMessage(code: ResponseIssueCode, lang: Lang, params: MessageParams = {}): string {
  return RESPONSE_MESSAGES[code][lang](params);
}
