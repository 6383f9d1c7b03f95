/**
 * Zod issues of a request as contract issues, each message written by us in the user's language
 * from the issue's code, path and bounds. Zod's own (English-only) messages never reach a user; its
 * locale bundle is not imported (it would weigh on the Lambda bundle and covers no custom rule).
 */
import type * as z from 'zod';
import type { FrameworkIssueCode } from '../../shared/core/framework-loader-messages.js';
import { frameworkMessage } from '../../shared/core/framework-loader-messages.js';
import { AGENCY_LEVELS } from '../../shared/core/roster/agency-level.js';
import type { Issue, Lang } from '../../shared/core/types.js';
import { type ValuePath, valueAt } from '../../shared/core/value-at.js';

type Path = ValuePath;
type Text = Record<Lang, (field: string) => string>;

/**
 * Messages of our own schema rules. A route schema passes the key as the rule's message (e.g.
 * `.regex(ASSESSMENT_ID, 'rule.assessment_id')`); the key is resolved here per language.
 */
const RULES = {
  'rule.assessment_id': {
    en: (f) => `${f} must use lowercase letters, digits and single dashes, e.g. jatim-2026.`,
    id: (f) => `${f} harus memakai huruf kecil, angka dan tanda hubung tunggal, misalnya jatim-2026.`,
  },
  'rule.agency_code': {
    en: (f) => `${f} must use letters, digits, dot, dash or underscore (at most 64 characters).`,
    id: (f) =>
      `${f} harus memakai huruf, angka, titik, tanda hubung atau garis bawah (paling banyak 64 karakter).`,
  },
  'rule.agency_level': {
    en: (f) => `${f} must be one of ${AGENCY_LEVELS.join(', ')}.`,
    id: (f) => `${f} harus salah satu dari ${AGENCY_LEVELS.join(', ')}.`,
  },
} satisfies Record<string, Text>;

/** A message key of our own schema rules, to pass as a zod rule's message. */
export type RuleKey = keyof typeof RULES;

const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  string: { en: 'text', id: 'teks' },
  number: { en: 'a number', id: 'angka' },
  int: { en: 'a whole number', id: 'bilangan bulat' },
  boolean: { en: 'true or false', id: 'true atau false' },
  array: { en: 'a list', id: 'daftar' },
  object: { en: 'an object', id: 'objek' },
};

/** `responses.0.answer`, the dotted path of the offending value; null for the body itself. */
function fieldOf(path: Path): string | null {
  return path.length === 0 ? null : path.map(String).join('.');
}

function sizeText(origin: string, lang: Lang, count: string): string {
  if (origin === 'string') return lang === 'id' ? `${count} karakter` : `${count} character(s)`;
  if (origin === 'array' || origin === 'set') return lang === 'id' ? `${count} butir` : `${count} item(s)`;
  return count;
}

function boundMessage(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  f: string,
  lang: Lang,
): string {
  const small = issue.code === 'too_small';
  const bound = String(small ? issue.minimum : issue.maximum);
  if (small && issue.origin === 'string' && bound === '1') {
    return lang === 'id' ? `${f} tidak boleh kosong.` : `${f} must not be empty.`;
  }
  const size = sizeText(issue.origin, lang, bound);
  if (issue.inclusive === false) {
    if (lang === 'id') return `${f} harus ${small ? 'lebih dari' : 'kurang dari'} ${size}.`;
    return `${f} must be ${small ? 'more' : 'less'} than ${size}.`;
  }
  if (lang === 'id') return `${f} ${small ? 'paling sedikit' : 'paling banyak'} ${size}.`;
  return `${f} has at ${small ? 'least' : 'most'} ${size}.`;
}

function frameworkCode(issue: z.core.$ZodIssue): FrameworkIssueCode | undefined {
  const code = (issue as { params?: { code?: unknown } }).params?.code;
  return typeof code === 'string' && code.startsWith('framework.') ? (code as FrameworkIssueCode) : undefined;
}

/** The message of one zod issue in `lang`; `data` is the input that was parsed (to tell missing from wrong). */
function issueMessage(issue: z.core.$ZodIssue, lang: Lang, data: unknown): string {
  const field = fieldOf(issue.path);
  const f = field === null ? (lang === 'id' ? 'Isi permintaan' : 'The request body') : `"${field}"`;
  if (Object.hasOwn(RULES, issue.message)) return RULES[issue.message as RuleKey][lang](f);
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(data, issue.path);
      if (value === undefined && field !== null) {
        return lang === 'id' ? `${f} wajib diisi.` : `${f} is required.`;
      }
      const type = TYPE_NAMES[issue.expected]?.[lang] ?? issue.expected;
      return lang === 'id' ? `${f} harus berupa ${type}.` : `${f} must be ${type}.`;
    }
    case 'too_small':
    case 'too_big':
      return boundMessage(issue, f, lang);
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return lang === 'id' ? `${f} harus salah satu dari ${values}.` : `${f} must be one of ${values}.`;
    }
    case 'invalid_format':
      return lang === 'id'
        ? `${f} tidak sesuai format yang diminta (${issue.format}).`
        : `${f} is not in the expected format (${issue.format}).`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return lang === 'id'
        ? `${f} memuat isian yang tidak dikenal: ${keys}.`
        : `${f} has unknown fields: ${keys}.`;
    }
    case 'custom': {
      const code = frameworkCode(issue);
      if (code) {
        const value = valueAt(data, issue.path);
        return frameworkMessage(code, lang, {
          place: field ?? '$',
          value: typeof value === 'string' ? value : undefined,
        });
      }
      return lang === 'id' ? `${f} tidak valid.` : `${f} is not valid.`;
    }
    default:
      return lang === 'id' ? `${f} tidak valid.` : `${f} is not valid.`;
  }
}

/** Zod issues as contract issues in `lang`: `field` is the dotted path of the offending value. */
export function requestIssues(issues: readonly z.core.$ZodIssue[], lang: Lang, data: unknown): Issue[] {
  return issues.slice(0, 200).map((issue) => ({
    sheet: null,
    cell: null,
    indicatorId: null,
    field: fieldOf(issue.path),
    code: frameworkCode(issue) ?? 'request.invalid',
    message: issueMessage(issue, lang, data),
  }));
}
