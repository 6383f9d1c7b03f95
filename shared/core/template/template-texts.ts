import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../answers.js';
import type { Lang } from '../types.js';
import { HEADER_LABELS } from './headers.js';

/** Sheet names of a template, per language. The parser finds sheets by content, not by these names. */
export const SHEET_NAMES: Record<Lang, { instructions: string; responses: string }> = {
  en: { instructions: 'Instructions', responses: 'Responses' },
  id: { instructions: 'Petunjuk', responses: 'Isian' },
};

/** Every label the parser accepts, as the instructions list them (the dropdown label first). */
const ACCEPTED: Record<Lang, { answers: string[]; types: string[] }> = {
  en: {
    answers: [
      'Yes (also: Y)',
      'Partially (also: Partial)',
      'No (also: N)',
      "Don't know (also: Dont know, Unknown)",
      'Not applicable (also: N/A, NA)',
    ],
    types: ['Regulation', 'Programme', 'Best practice (also: Practice)'],
  },
  id: {
    answers: ['Ya', 'Sebagian', 'Tidak', 'Tidak tahu', 'Bukan kewenangan (juga: Tidak berlaku)'],
    types: ['Regulasi (juga: Peraturan)', 'Program (juga: Kegiatan)', 'Praktik baik (juga: Praktik terbaik)'],
  },
};

/** Context shown at the top of the sheets. */
export interface TemplateContext {
  assessmentName: string;
  assessmentId: string;
  agencyName: string;
  agencyCode: string;
  frameworkName: string;
  frameworkVersion: string;
}

/** The title line of both sheets. */
export function titleLine(ctx: TemplateContext): string {
  return `${ctx.assessmentName} — ${ctx.agencyName} (${ctx.agencyCode})`;
}

/** The line under the title: framework and what to do. */
export function subtitleLine(lang: Lang, ctx: TemplateContext): string {
  return lang === 'id'
    ? `Kerangka: ${ctx.frameworkName} (versi ${ctx.frameworkVersion}). Isi kolom ${HEADER_LABELS.id.answer}, ${HEADER_LABELS.id.justificationType}, ${HEADER_LABELS.id.justification} dan ${HEADER_LABELS.id.evidence}.`
    : `Framework: ${ctx.frameworkName} (version ${ctx.frameworkVersion}). Fill in the ${HEADER_LABELS.en.answer}, ${HEADER_LABELS.en.justificationType}, ${HEADER_LABELS.en.justification} and ${HEADER_LABELS.en.evidence} columns.`;
}

/**
 * The instruction lines of the instructions sheet: how to fill the responses sheet, the accepted
 * labels and the rules the upload check applies (PRODUCT.md "Answers and justifications").
 */
export function instructionLines(lang: Lang, ctx: TemplateContext): string[] {
  const h = HEADER_LABELS[lang];
  const sheet = SHEET_NAMES[lang].responses;
  const a = ANSWER_LABELS[lang];
  const j = JUSTIFICATION_LABELS[lang];
  if (lang === 'id') {
    return [
      `Asesmen: ${ctx.assessmentName} (${ctx.assessmentId})`,
      `Instansi: ${ctx.agencyName} (${ctx.agencyCode})`,
      `Kerangka: ${ctx.frameworkName}, versi ${ctx.frameworkVersion}`,
      '',
      'Cara mengisi',
      `1. Buka lembar "${sheet}". Setiap baris adalah satu indikator; kolom ${h.id} menunjukkan nomornya.`,
      `2. Kolom ${h.answer}: pilih dari daftar (${Object.values(a).join(', ')}).`,
      `3. Kolom ${h.justificationType}: pilih dari daftar (${Object.values(j).join(', ')}).`,
      `4. Kolom ${h.justification}: jelaskan dasar jawaban Anda (nama dan nomor peraturan, program, atau praktik).`,
      `5. Kolom ${h.evidence}: judul, nomor atau tautan dokumen pendukung.`,
      '',
      'Aturan',
      `- Jawaban "${a.yes}" atau "${a.partially}" wajib disertai ${h.justificationType} dan ${h.justification} minimal 10 karakter.`,
      `- ${h.justification} paling banyak 4.000 karakter; ${h.evidence} paling banyak 2.000 karakter.`,
      '- Jawaban kosong boleh (dihitung belum dijawab), tetapi minimal satu indikator harus dijawab.',
      '- Ketik nilai, bukan rumus: sel berisi rumus ditolak.',
      '',
      'Label yang diterima (huruf besar/kecil dan spasi diabaikan; label bahasa Inggris juga diterima)',
      `- ${h.answer}: ${ACCEPTED.id.answers.join('; ')}`,
      `- ${h.justificationType}: ${ACCEPTED.id.types.join('; ')}`,
      '',
      'Penting',
      '- Jangan mengganti nama atau menghapus lembar, dan jangan mengubah kolom ID atau baris judul kolom.',
      '- Baris boleh diurutkan ulang dan catatan boleh ditambahkan di baris lain; kolom boleh dipindah.',
      '- Simpan sebagai .xlsx (bukan .xls, tanpa kata sandi, tanpa makro), lalu unggah.',
    ];
  }
  return [
    `Assessment: ${ctx.assessmentName} (${ctx.assessmentId})`,
    `Agency: ${ctx.agencyName} (${ctx.agencyCode})`,
    `Framework: ${ctx.frameworkName}, version ${ctx.frameworkVersion}`,
    '',
    'How to fill in',
    `1. Open the "${sheet}" sheet. Each row is one indicator; the ${h.id} column gives its number.`,
    `2. ${h.answer} column: choose from the list (${Object.values(a).join(', ')}).`,
    `3. ${h.justificationType} column: choose from the list (${Object.values(j).join(', ')}).`,
    `4. ${h.justification} column: explain what your answer rests on (name and number of the regulation, the programme, or the practice).`,
    `5. ${h.evidence} column: title, number or link of a supporting document.`,
    '',
    'Rules',
    `- An answer of "${a.yes}" or "${a.partially}" needs a ${h.justificationType} and a ${h.justification} of at least 10 characters.`,
    `- ${h.justification}: at most 4,000 characters; ${h.evidence}: at most 2,000 characters.`,
    '- A blank answer is allowed (counted as unanswered), but at least one indicator must be answered.',
    '- Type values, not formulas: a cell holding a formula is rejected.',
    '',
    'Accepted labels (case and spaces are ignored; Indonesian labels are accepted too)',
    `- ${h.answer}: ${ACCEPTED.en.answers.join('; ')}`,
    `- ${h.justificationType}: ${ACCEPTED.en.types.join('; ')}`,
    '',
    'Important',
    '- Do not rename or delete sheets, and do not change the ID column or the header row.',
    '- You may re-sort rows and add notes in other rows; columns may be moved.',
    '- Save as .xlsx (not .xls, no password, no macros), then upload.',
  ];
}
