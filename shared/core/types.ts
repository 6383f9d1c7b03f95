import type { ErrorParams } from './errors/error-section.js';

/** Languages a user sees: English and Bahasa Indonesia. */
export type Lang = 'en' | 'id';
export const LANGS = ['en', 'id'] as const;

/** Canonical answer values (PRODUCT.md "Answers and justifications"). */
export const ANSWERS = ['yes', 'partially', 'no', 'dont_know', 'not_applicable'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Canonical justification types. */
export const JUSTIFICATION_TYPES = ['regulation', 'programme', 'practice'] as const;
export type JustificationType = (typeof JUSTIFICATION_TYPES)[number];

/** Text in both languages. */
export interface Bilingual {
  en: string;
  id: string;
}

/**
 * One problem found in an upload or a form, as the public contract shows it.
 * `cell` is an A1 reference such as `D17`; null where no single cell is at fault.
 */
export interface Issue {
  sheet: string | null;
  cell: string | null;
  indicatorId: string | null;
  field: string | null;
  code: string;
  message: string;
  /** The message's parameters, so a door can write it in another language (not in the public JSON). */
  params?: ErrorParams;
  /** The catalogue entry of the message when it is not the code's own (not in the public JSON). */
  text?: string;
}

/** One indicator's answer after normalisation; blank answer = null. */
export interface NormalizedResponse {
  indicatorId: string;
  answer: Answer | null;
  justificationType: JustificationType | null;
  justification: string | null;
  evidence: string | null;
}

/** Answer counts of one submission (or one indicator across agencies). */
export interface AnswerCounts {
  yes: number;
  partially: number;
  no: number;
  dont_know: number;
  not_applicable: number;
  unanswered: number;
}

/** What the hidden metadata sheet of a template says. */
export interface TemplateMeta {
  format: 'mgi-collect-template';
  templateVersion: number;
  frameworkId: string;
  frameworkVersion: string;
  assessmentId: string;
  agencyCode: string;
  lang: Lang;
  generatedAt: string;
}

/** The submission record of the public contract. */
export interface Submission {
  id: string;
  assessmentId: string;
  agency: string;
  channel: 'xlsx' | 'form';
  sha256: string;
  receivedAt: string;
  counts: AnswerCounts;
  warnings: Issue[];
}
