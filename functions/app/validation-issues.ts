/**
 * Zod issues of a request as contract issues: each carries a catalogue entry and params chosen
 * from the issue's code, path and bounds, its message written in the user's language. Zod's own
 * (English-only) messages never reach a user; its locale bundle is not imported (it would weigh on
 * the Lambda bundle and covers no custom rule).
 */
import type * as z from 'zod';
import { frameworkIssueParams } from '../../shared/core/errors/framework-errors.js';
import { type ErrorCode, type ErrorParams, issueOf } from '../../shared/core/errors/index.js';
import type { FrameworkIssueCode } from '../../shared/core/framework-loader.js';
import type { Bilingual, Issue, Lang } from '../../shared/core/types.js';
import { type ValuePath, valueAt } from '../../shared/core/value-at.js';

type Path = ValuePath;

/**
 * Our own schema rules: a route schema passes the key as the rule's message (e.g.
 * `.regex(ASSESSMENT_ID, 'rule.assessment_id')`); the key names the catalogue entry of the message.
 */
const RULES = {
  'rule.assessment_id': 'request.rule.assessment_id',
  'rule.agency_code': 'request.rule.agency_code',
  'rule.agency_level': 'request.rule.agency_level',
} as const satisfies Record<string, ErrorCode>;

/** A message key of our own schema rules, to pass as a zod rule's message. */
export type RuleKey = keyof typeof RULES;

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { en: 'text', id: 'teks' },
  number: { en: 'a number', id: 'angka' },
  int: { en: 'a whole number', id: 'bilangan bulat' },
  boolean: { en: 'true or false', id: 'true atau false' },
  array: { en: 'a list', id: 'daftar' },
  object: { en: 'an object', id: 'objek' },
};

const THE_BODY: Bilingual = { en: 'The request body', id: 'Isi permintaan' };

/** `responses.0.answer`, the dotted path of the offending value; null for the body itself. */
function fieldOf(path: Path): string | null {
  return path.length === 0 ? null : path.map(String).join('.');
}

function sizeOf(origin: string, count: string): Bilingual | string {
  if (origin === 'string') return { en: `${count} character(s)`, id: `${count} karakter` };
  if (origin === 'array' || origin === 'set') return { en: `${count} item(s)`, id: `${count} butir` };
  return count;
}

/** The catalogue entry and params of a bound issue. */
function bound(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): [ErrorCode, ErrorParams] {
  const small = issue.code === 'too_small';
  const limit = String(small ? issue.minimum : issue.maximum);
  if (small && issue.origin === 'string' && limit === '1') return ['request.field.empty', {}];
  const size = sizeOf(issue.origin, limit);
  if (issue.inclusive === false)
    return [small ? 'request.field.more_than' : 'request.field.less_than', { size }];
  return [small ? 'request.field.at_least' : 'request.field.at_most', { size }];
}

function frameworkCode(issue: z.core.$ZodIssue): FrameworkIssueCode | undefined {
  const code = (issue as { params?: { code?: unknown } }).params?.code;
  return typeof code === 'string' && code.startsWith('framework.') ? (code as FrameworkIssueCode) : undefined;
}

/** The catalogue entry and params of one zod issue; `data` is the parsed input (to tell missing from wrong). */
function messageOf(issue: z.core.$ZodIssue, data: unknown): [ErrorCode, ErrorParams] {
  const path = fieldOf(issue.path);
  const field: ErrorParams[string] = path === null ? THE_BODY : `"${path}"`;
  const [text, params] = entryOf(issue, data, path);
  return [text, { field, ...params }];
}

function entryOf(issue: z.core.$ZodIssue, data: unknown, path: string | null): [ErrorCode, ErrorParams] {
  if (Object.hasOwn(RULES, issue.message)) return [RULES[issue.message as RuleKey], {}];
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(data, issue.path) === undefined && path !== null) return ['request.field.required', {}];
      return ['request.field.type', { type: TYPE_NAMES[issue.expected] ?? issue.expected }];
    }
    case 'too_small':
    case 'too_big':
      return bound(issue);
    case 'invalid_value':
      return ['request.field.one_of', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') }];
    case 'invalid_format':
      return ['request.field.format', { format: issue.format }];
    case 'unrecognized_keys':
      return ['request.field.unknown_keys', { keys: issue.keys.map((k) => `"${k}"`).join(', ') }];
    case 'custom': {
      const code = frameworkCode(issue);
      if (!code) return ['request.field.invalid', {}];
      const value = valueAt(data, issue.path);
      return [
        code,
        frameworkIssueParams({ value: typeof value === 'string' ? value : undefined }, path ?? '$'),
      ];
    }
    default:
      return ['request.field.invalid', {}];
  }
}

/** Zod issues as contract issues in `lang`: `field` is the dotted path of the offending value. */
export function requestIssues(issues: readonly z.core.$ZodIssue[], lang: Lang, data: unknown): Issue[] {
  return issues.slice(0, 200).map((issue) => {
    const [text, params] = messageOf(issue, data);
    const code = frameworkCode(issue) ?? 'request.invalid';
    return issueOf(code, { field: fieldOf(issue.path) }, params, lang, text === code ? undefined : text);
  });
}
