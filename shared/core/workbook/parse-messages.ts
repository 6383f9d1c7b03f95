import type { Lang } from '../types.js';

/** Codes the workbook parser itself raises (the answer rules are in validate-responses). */
export type ParseCode =
  | 'answer.formula'
  | 'template.no_metadata'
  | 'template.unsupported_version'
  | 'template.wrong_framework'
  | 'template.framework_version'
  | 'template.wrong_assessment'
  | 'template.wrong_agency'
  | 'template.no_responses_sheet'
  | 'template.missing_column'
  | 'upload.too_many_rows'
  | 'upload.unreadable';

type Params = Record<string, string | number>;
type Text = (p: Params) => string;

const MESSAGES: Record<ParseCode, Record<Lang, Text>> = {
  'answer.formula': {
    en: (p) => `Cell ${p.cell} holds a formula; type the value itself instead.`,
    id: (p) => `Sel ${p.cell} berisi rumus; ketik nilainya langsung.`,
  },
  'template.no_metadata': {
    en: () =>
      'This workbook is not a template of this system (its hidden metadata sheet is missing or damaged). Download the template again and copy your answers into it.',
    id: () =>
      'Berkas ini bukan templat dari sistem ini (lembar metadata tersembunyinya hilang atau rusak). Unduh templat lagi dan salin jawaban Anda ke dalamnya.',
  },
  'template.unsupported_version': {
    en: (p) => `This template has version ${p.version}, newer than this system reads (${p.supported}).`,
    id: (p) =>
      `Templat ini versi ${p.version}, lebih baru dari yang dapat dibaca sistem ini (${p.supported}).`,
  },
  'template.wrong_framework': {
    en: (p) =>
      `This template is for framework "${p.actual}", not "${p.expected}". Download the template of this assessment.`,
    id: (p) => `Templat ini untuk kerangka "${p.actual}", bukan "${p.expected}". Unduh templat asesmen ini.`,
  },
  'template.framework_version': {
    en: (p) =>
      `This template was made for framework version ${p.actual}; the current version is ${p.expected}.`,
    id: (p) => `Templat ini dibuat untuk kerangka versi ${p.actual}; versi saat ini ${p.expected}.`,
  },
  'template.wrong_assessment': {
    en: (p) => `This template belongs to assessment "${p.actual}", not "${p.expected}".`,
    id: (p) => `Templat ini milik asesmen "${p.actual}", bukan "${p.expected}".`,
  },
  'template.wrong_agency': {
    en: (p) =>
      `This template belongs to agency "${p.actual}", not "${p.expected}". Download your own agency's template.`,
    id: (p) =>
      `Templat ini milik instansi "${p.actual}", bukan "${p.expected}". Unduh templat instansi Anda sendiri.`,
  },
  'template.no_responses_sheet': {
    en: () =>
      'No sheet has the header row of the template (with the "ID" and "Answer" columns). Do not rename or delete the header row.',
    id: () =>
      'Tidak ada lembar dengan baris judul kolom templat (kolom "ID" dan "Jawaban"). Jangan mengubah atau menghapus baris judul kolom.',
  },
  'template.missing_column': {
    en: (p) => `Sheet "${p.sheet}" has no "${p.column}" column on its header row (row ${p.row}).`,
    id: (p) =>
      `Lembar "${p.sheet}" tidak memiliki kolom "${p.column}" pada baris judul kolom (baris ${p.row}).`,
  },
  'upload.too_many_rows': {
    en: (p) =>
      `A sheet of this workbook has more than ${p.rows} rows or ${p.cells} cells; the template has far fewer. Copy your answers into a fresh template.`,
    id: (p) =>
      `Salah satu lembar berkas ini memiliki lebih dari ${p.rows} baris atau ${p.cells} sel; templat jauh lebih sedikit. Salin jawaban Anda ke templat baru.`,
  },
  'upload.unreadable': {
    en: () =>
      'The workbook could not be read. Open it in a spreadsheet program, save it as .xlsx and upload again.',
    id: () =>
      'Berkas tidak dapat dibaca. Buka di program lembar kerja, simpan sebagai .xlsx, lalu unggah lagi.',
  },
};

/** The user-facing message of a parser code, in the file's language. */
export function parseMessage(code: ParseCode, lang: Lang, params: Params = {}): string {
  return MESSAGES[code][lang](params);
}
