import type { ErrorSection } from './error-section.js';

/**
 * Messages of the issues of a request's fields (each issue's code is `request.invalid` or a
 * framework code; these entries are its message). `{field}` is the quoted field or "the request
 * body", `{type}` and `{size}` come in both languages.
 */
export const requestFieldErrors = {
  'request.rule.assessment_id': {
    status: 400,
    en: '{field} must use lowercase letters, digits and single dashes, e.g. jatim-2026.',
    id: '{field} harus memakai huruf kecil, angka dan tanda hubung tunggal, misalnya jatim-2026.',
  },
  'request.rule.agency_code': {
    status: 400,
    en: '{field} must use letters, digits, dot, dash or underscore (at most 64 characters).',
    id: '{field} harus memakai huruf, angka, titik, tanda hubung atau garis bawah (paling banyak 64 karakter).',
  },
  'request.rule.agency_level': {
    status: 400,
    en: '{field} must be one of {agencyLevelCodes}.',
    id: '{field} harus salah satu dari {agencyLevelCodes}.',
  },
  'request.field.required': { status: 400, en: '{field} is required.', id: '{field} wajib diisi.' },
  'request.field.type': { status: 400, en: '{field} must be {type}.', id: '{field} harus berupa {type}.' },
  'request.field.empty': { status: 400, en: '{field} must not be empty.', id: '{field} tidak boleh kosong.' },
  'request.field.more_than': {
    status: 400,
    en: '{field} must be more than {size}.',
    id: '{field} harus lebih dari {size}.',
  },
  'request.field.less_than': {
    status: 400,
    en: '{field} must be less than {size}.',
    id: '{field} harus kurang dari {size}.',
  },
  'request.field.at_least': {
    status: 400,
    en: '{field} has at least {size}.',
    id: '{field} paling sedikit {size}.',
  },
  'request.field.at_most': {
    status: 400,
    en: '{field} has at most {size}.',
    id: '{field} paling banyak {size}.',
  },
  'request.field.one_of': {
    status: 400,
    en: '{field} must be one of {values}.',
    id: '{field} harus salah satu dari {values}.',
  },
  'request.field.format': {
    status: 400,
    en: '{field} is not in the expected format ({format}).',
    id: '{field} tidak sesuai format yang diminta ({format}).',
  },
  'request.field.unknown_keys': {
    status: 400,
    en: '{field} has unknown fields: {keys}.',
    id: '{field} memuat isian yang tidak dikenal: {keys}.',
  },
  'request.field.invalid': { status: 400, en: '{field} is not valid.', id: '{field} tidak valid.' },
} as const satisfies ErrorSection;
