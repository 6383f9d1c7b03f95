import type { ErrorSection } from './error-section.js';

/**
 * Problems of a filled template or web form: the template's metadata and layout, and the answer
 * rules of PRODUCT.md "Answers and justifications" (issue codes, stable, part of the API).
 * `{value}` is the value found, already cut short (see `excerpt`).
 */
export const workbookErrors = {
  'template.no_metadata': {
    status: 422,
    en: 'This workbook is not a template of this system (its hidden metadata sheet is missing or damaged). Download the template again and copy your answers into it.',
    id: 'Berkas ini bukan templat dari sistem ini (lembar metadata tersembunyinya hilang atau rusak). Unduh templat lagi dan salin jawaban Anda ke dalamnya.',
  },
  'template.unsupported_version': {
    status: 422,
    en: 'This template has version {version}, newer than this system reads ({supported}).',
    id: 'Templat ini versi {version}, lebih baru dari yang dapat dibaca sistem ini ({supported}).',
  },
  'template.wrong_framework': {
    status: 422,
    en: 'This template is for framework "{actual}", not "{expected}". Download the template of this assessment.',
    id: 'Templat ini untuk kerangka "{actual}", bukan "{expected}". Unduh templat asesmen ini.',
  },
  'template.framework_version': {
    status: 422,
    en: 'This template was made for framework version {actual}; the current version is {expected}.',
    id: 'Templat ini dibuat untuk kerangka versi {actual}; versi saat ini {expected}.',
  },
  'template.wrong_assessment': {
    status: 422,
    en: 'This template belongs to assessment "{actual}", not "{expected}".',
    id: 'Templat ini milik asesmen "{actual}", bukan "{expected}".',
  },
  'template.wrong_agency': {
    status: 422,
    en: 'This file is the template of agency "{actual}", not of your agency "{expected}". Get your own template with "Download the template" on the Upload page (signed in as your agency, or ask your coordinator) and copy your answers into it.',
    id: 'Berkas ini templat instansi "{actual}", bukan instansi Anda "{expected}". Ambil templat Anda sendiri melalui "Unduh templat" di halaman Unggah berkas (masuk sebagai instansi Anda, atau minta kepada koordinator) lalu salin jawaban Anda ke dalamnya.',
  },
  'template.no_responses_sheet': {
    status: 422,
    en: 'No sheet has the header row of the template (with the "ID" and "Answer" columns). Do not rename or delete the header row.',
    id: 'Tidak ada lembar dengan baris judul kolom templat (kolom "ID" dan "Jawaban"). Jangan mengubah atau menghapus baris judul kolom.',
  },
  'template.missing_column': {
    status: 422,
    en: 'Sheet "{sheet}" has no "{column}" column on its header row (row {row}).',
    id: 'Lembar "{sheet}" tidak memiliki kolom "{column}" pada baris judul kolom (baris {row}).',
  },
  'answer.formula': {
    status: 422,
    en: 'Cell {cell} holds a formula; type the value itself instead.',
    id: 'Sel {cell} berisi rumus; ketik nilainya langsung.',
  },
  'answer.blank': {
    status: 422,
    en: 'Indicator {indicatorId} has no answer and is counted as unanswered. Choose {answerChoices} to answer it.',
    id: 'Indikator {indicatorId} belum dijawab dan dihitung sebagai tidak dijawab. Pilih {answerChoices} untuk menjawabnya.',
  },
  'answer.invalid': {
    status: 422,
    en: '"{value}" is not an accepted answer for indicator {indicatorId}. Choose {answerChoices}.',
    id: '"{value}" bukan jawaban yang diterima untuk indikator {indicatorId}. Pilih {answerChoices}.',
  },
  'justification_type.missing': {
    status: 422,
    en: 'Indicator {indicatorId} is answered Yes or Partially, so it needs a justification type. Choose {justificationChoices}.',
    id: 'Jenis justifikasi wajib diisi karena indikator {indicatorId} dijawab Ya atau Sebagian. Pilih {justificationChoices}.',
  },
  'justification_type.invalid': {
    status: 422,
    en: '"{value}" is not an accepted justification type for indicator {indicatorId}. Choose {justificationChoices}.',
    id: '"{value}" bukan jenis justifikasi yang diterima untuk indikator {indicatorId}. Pilih {justificationChoices}.',
  },
  'justification.missing': {
    status: 422,
    en: 'Indicator {indicatorId} is answered Yes or Partially, so it needs a justification: name the regulation, programme or practice that supports the answer (at least {limit} characters).',
    id: 'Justifikasi wajib diisi karena indikator {indicatorId} dijawab Ya atau Sebagian: sebutkan regulasi, program atau praktik yang mendukung jawaban (minimal {limit} karakter).',
  },
  'justification.too_short': {
    status: 422,
    en: 'The justification of indicator {indicatorId} has {length} characters; write at least {limit}, naming the regulation, programme or practice.',
    id: 'Justifikasi indikator {indicatorId} hanya {length} karakter; tulis minimal {limit} karakter dengan menyebut regulasi, program atau praktiknya.',
  },
  'justification.too_long': {
    status: 422,
    en: 'The justification of indicator {indicatorId} has {length} characters; shorten it to at most {limit} and put documents in the evidence column.',
    id: 'Justifikasi indikator {indicatorId} berisi {length} karakter; persingkat menjadi paling banyak {limit} karakter dan cantumkan dokumen di kolom bukti dukung.',
  },
  'evidence.too_long': {
    status: 422,
    en: 'The evidence of indicator {indicatorId} has {length} characters; shorten it to at most {limit} (document title, number or link).',
    id: 'Bukti dukung indikator {indicatorId} berisi {length} karakter; persingkat menjadi paling banyak {limit} karakter (judul, nomor atau tautan dokumen).',
  },
  'indicator.unknown': {
    status: 422,
    en: 'Indicator "{indicatorId}" is not in this assessment\'s framework. Remove the row or correct the ID.',
    id: 'Indikator "{indicatorId}" tidak ada dalam kerangka penilaian ini. Hapus barisnya atau perbaiki ID-nya.',
  },
  'indicator.missing_id': {
    status: 422,
    en: 'A row has an answer but no indicator ID. Fill in the ID or remove the row.',
    id: 'Ada baris berisi jawaban tanpa ID indikator. Isi ID-nya atau hapus barisnya.',
  },
  'indicator.duplicate': {
    status: 422,
    en: 'Indicator {indicatorId} appears more than once. Keep one row for it and delete the others.',
    id: 'Indikator {indicatorId} muncul lebih dari sekali. Sisakan satu baris dan hapus yang lain.',
  },
  'submission.empty': {
    status: 422,
    en: 'No indicator is answered. Answer at least one indicator ({answerChoices}) before submitting.',
    id: 'Jawaban wajib diisi untuk minimal satu indikator ({answerChoices}) sebelum dikirim.',
  },
} as const satisfies ErrorSection;
