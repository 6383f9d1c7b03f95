import type { Answer, JustificationType, Lang } from './types.js';

/** The labels shown in dropdowns (template data validation, web form), per language. */
export const ANSWER_LABELS: Record<Lang, Record<Answer, string>> = {
  en: {
    yes: 'Yes',
    partially: 'Partially',
    no: 'No',
    dont_know: "Don't know",
    not_applicable: 'Not applicable',
  },
  id: {
    yes: 'Ya',
    partially: 'Sebagian',
    no: 'Tidak',
    dont_know: 'Tidak tahu',
    not_applicable: 'Bukan kewenangan',
  },
};

/** The justification-type labels shown in dropdowns, per language. */
export const JUSTIFICATION_LABELS: Record<Lang, Record<JustificationType, string>> = {
  en: { regulation: 'Regulation', programme: 'Programme', practice: 'Best practice' },
  id: { regulation: 'Regulasi', programme: 'Program', practice: 'Praktik baik' },
};

/**
 * Every accepted spelling (PRODUCT.md "Answers and justifications"), plus the canonical value
 * itself so that JSON clients and round-tripped data can send `dont_know` or `not_applicable`.
 */
const ANSWER_SYNONYMS: Record<Answer, string[]> = {
  yes: ['yes', 'y', 'ya'],
  partially: ['partially', 'partial', 'sebagian'],
  no: ['no', 'n', 'tidak'],
  dont_know: ['dont_know', "don't know", 'dont know', 'unknown', 'tidak tahu'],
  not_applicable: ['not_applicable', 'not applicable', 'n/a', 'na', 'bukan kewenangan', 'tidak berlaku'],
};

const JUSTIFICATION_SYNONYMS: Record<JustificationType, string[]> = {
  regulation: ['regulation', 'regulasi', 'peraturan'],
  programme: ['programme', 'program', 'kegiatan'],
  practice: ['practice', 'best practice', 'praktik baik', 'praktik terbaik'],
};

/** A map from every normalised synonym to the value it stands for, for the `match*` functions. */
export function buildLookup<T extends string>(synonyms: Record<T, string[]>): Map<string, T> {
  const lookup = new Map<string, T>();
  for (const [value, labels] of Object.entries(synonyms) as [T, string[]][]) {
    for (const label of labels) lookup.set(normalizeLabel(label), value);
  }
  return lookup;
}

// Zero-width characters and the BOM survive copy-paste from web pages and Word; they are never meaningful.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// Spreadsheet programs and word processors turn the apostrophe of "Don't" into a typographic one.
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;

/**
 * Canonical form of a typed or chosen label: invisible characters removed, typographic apostrophes
 * made straight, NBSP and other spaces turned into one plain space, trimmed and lower-cased.
 */
export function normalizeLabel(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const ANSWER_LOOKUP = buildLookup(ANSWER_SYNONYMS);
const JUSTIFICATION_LOOKUP = buildLookup(JUSTIFICATION_SYNONYMS);

/** The answer value a label stands for (EN or ID label, or the canonical value), or undefined. */
export function matchAnswer(raw: string): Answer | undefined {
  return ANSWER_LOOKUP.get(normalizeLabel(raw));
}

/** The justification type a label stands for (EN or ID label, or the canonical value), or undefined. */
export function matchJustificationType(raw: string): JustificationType | undefined {
  return JUSTIFICATION_LOOKUP.get(normalizeLabel(raw));
}

/** The dropdown labels of one language, in canonical order, for messages that list what is accepted. */
export function answerLabelList(lang: Lang): string[] {
  return Object.values(ANSWER_LABELS[lang]);
}

/** The justification-type dropdown labels of one language, in canonical order. */
export function justificationLabelList(lang: Lang): string[] {
  return Object.values(JUSTIFICATION_LABELS[lang]);
}
