import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.js';
import { mergeSections } from './error-section.js';
import { ERRORS, errorMessage, fail, issueOf, renderErrorBody, renderIssue } from './index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the error catalogue', () => {
  it('refuses a code defined in two sections', () => {
    const a = { 'x.one': { status: 400, en: 'One.', id: 'Satu.' } };
    const b = { 'x.one': { status: 404, en: 'Other.', id: 'Lain.' } };
    expect(() => mergeSections(a, b)).toThrow(/x\.one is defined twice/);
  });

  it('has a status and both languages for every code, with the same placeholders', () => {
    const entries = Object.entries(ERRORS);
    expect(entries.length).toBeGreaterThan(50);
    for (const [code, entry] of entries) {
      expect(code).toMatch(/^[a-z_]+(\.[a-z_]+)*$/);
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
      expect(entry.en.trim(), code).not.toBe('');
      expect(entry.id.trim(), code).not.toBe('');
      expect(entry.id, code).not.toBe(entry.en);
      expect(placeholders(entry.id), code).toEqual(placeholders(entry.en));
    }
  });

  it('fills placeholders, per-language params and the product vocabulary', () => {
    expect(errorMessage('agency.not_found', { code: 'BAPPEDA', id: 'jatim' }, 'id')).toBe(
      'Instansi BAPPEDA tidak terdaftar dalam asesmen jatim.',
    );
    expect(errorMessage('answer.blank', { indicatorId: '1.01' }, 'en')).toContain(
      "Choose Yes, Partially, No, Don't know or Not applicable",
    );
    const kind = { en: 'domain', id: 'dimensi' };
    expect(errorMessage('framework.invalid_id', { place: 'A2', value: 'x', kind, format: kind }, 'id')).toBe(
      'A2: "x" bukan ID dimensi yang sah; dimensi.',
    );
  });
});

describe('fail and the error body', () => {
  it('carries code, status, params and details but renders the message at the door', () => {
    const error = fail(
      'agency.not_found',
      { code: 'X1', id: 'a1' },
      { details: { current: { version: 2 } } },
    );
    expect(error).toBeInstanceOf(AppError);
    expect([error.code, error.status, error.params]).toEqual([
      'agency.not_found',
      404,
      { code: 'X1', id: 'a1' },
    ]);
    expect(error.message).toBe('Agency X1 is not registered in assessment a1.');
    expect(renderErrorBody(error, 'id')).toEqual({
      error: {
        code: 'agency.not_found',
        message: 'Instansi X1 tidak terdaftar dalam asesmen a1.',
        issues: [],
        current: { version: 2 },
      },
    });
  });

  it('writes issues in the language the door chooses and keeps params out of the body', () => {
    const issue = issueOf('answer.formula', { sheet: 'Isian', cell: 'D7' }, { cell: 'D7' }, 'id');
    expect(issue.message).toBe('Sel D7 berisi rumus; ketik nilainya langsung.');
    expect(renderIssue(issue, 'en')).toEqual({
      sheet: 'Isian',
      cell: 'D7',
      indicatorId: null,
      field: null,
      code: 'answer.formula',
      message: 'Cell D7 holds a formula; type the value itself instead.',
    });
    const error = fail('upload.invalid', { count: 300 }, { issues: [issue], totalIssues: 300, status: 422 });
    const body = renderErrorBody(error, 'en').error;
    expect(body.totalIssues).toBe(300);
    expect(body.issues[0]).not.toHaveProperty('params');
  });

  it('renders a variant message under the issue code', () => {
    const issue = issueOf('indicator.unknown', { cell: 'A9' }, {}, 'en', 'indicator.missing_id');
    expect(issue.code).toBe('indicator.unknown');
    expect(renderIssue(issue, 'id').message).toBe(
      'Ada baris berisi jawaban tanpa ID indikator. Isi ID-nya atau hapus barisnya.',
    );
  });
});
