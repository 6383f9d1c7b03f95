import { describe, expect, it } from 'vitest';
import { matchHeader, matchHeaderRow } from './headers.js';

describe('matchHeader', () => {
  it('matches English and Indonesian headers ignoring case, spaces and NBSP', () => {
    expect(matchHeader('Answer')?.column).toBe('answer');
    expect(matchHeader('  JAWABAN ')?.column).toBe('answer');
    expect(matchHeader('Jenis\u00a0justifikasi')?.column).toBe('justificationType');
    expect(matchHeader('justification   type')?.column).toBe('justificationType');
    expect(matchHeader('Bukti dukung')?.column).toBe('evidence');
    expect(matchHeader('Evidence *')?.column).toBe('evidence');
    expect(matchHeader('Answer:')?.column).toBe('answer');
  });

  it('knows that ID is spelt the same in both languages', () => {
    expect(matchHeader('id')).toEqual({ column: 'id', langs: ['en', 'id'] });
    expect(matchHeader('Dimensi')).toEqual({ column: 'domain', langs: ['id'] });
  });

  it('rejects other text', () => {
    expect(matchHeader('Answers given')).toBeUndefined();
    expect(matchHeader('Notes')).toBeUndefined();
    expect(matchHeader('')).toBeUndefined();
  });
});

describe('matchHeaderRow', () => {
  it('finds columns in any order and guesses the language', () => {
    const row = matchHeaderRow([
      [1, 'Bukti dukung'],
      [2, 'ID'],
      [4, 'Jawaban'],
      [7, 'Justifikasi'],
      [9, 'Jenis justifikasi'],
    ]);
    expect(Object.fromEntries(row.columns)).toEqual({
      evidence: 1,
      id: 2,
      answer: 4,
      justification: 7,
      justificationType: 9,
    });
    expect(row.lang).toBe('id');
  });

  it('keeps the first of two cells naming the same column', () => {
    const row = matchHeaderRow([
      [3, 'Answer'],
      [5, 'answer'],
    ]);
    expect(row.columns.get('answer')).toBe(3);
    expect(row.lang).toBe('en');
  });

  it('cannot tell the language from the ID header alone', () => {
    expect(matchHeaderRow([[1, 'ID']]).lang).toBeNull();
  });
});
