import { describe, expect, it } from 'vitest';
import { LOCAL_MGI_FRAMEWORK as FW } from '../frameworks/local-mgi.js';
import { validationInputSchema } from '../validation/validation-input.js';
import { checkFindings, normalizePicks } from './check-findings.js';
import { findingsInputSchema } from './findings-input.js';

const picks = (...ids: string[]) => ids.map((indicatorId) => ({ indicatorId }));

describe('checkFindings', () => {
  it('accepts a draft with any number of picks of the domain, and final with 3 to 5 highlights', () => {
    expect(checkFindings(FW, '1', { highlights: picks('1.01'), gaps: [], status: 'draft' }, 'en')).toEqual(
      [],
    );
    expect(
      checkFindings(
        FW,
        '1',
        { highlights: picks('1.01', '1.02', '1.03'), gaps: picks('1.04'), status: 'final' },
        'en',
      ),
    ).toEqual([]);
  });

  it('names each pick not in the domain and each duplicate, with the field', () => {
    const issues = checkFindings(
      FW,
      '1',
      { highlights: picks('1.01', '2.01', '1.01'), gaps: picks('1.02', '1.01', 'nope'), status: 'draft' },
      'id',
    );
    expect(issues.map((i) => [i.code, i.field, i.indicatorId])).toEqual([
      ['findings.not_in_domain', 'highlights.1.indicatorId', '2.01'],
      ['findings.duplicate', 'highlights.2.indicatorId', '1.01'],
      ['findings.duplicate', 'gaps.1.indicatorId', '1.01'],
      ['findings.not_in_domain', 'gaps.2.indicatorId', 'nope'],
    ]);
    expect(issues[0]!.message).toBe('Indikator 2.01 bukan indikator dimensi 1.');
  });

  it('final needs at least 3 highlights', () => {
    const issues = checkFindings(
      FW,
      '2',
      { highlights: picks('2.01', '2.02'), gaps: [], status: 'final' },
      'en',
    );
    expect(issues).toMatchObject([{ code: 'findings.final_count', field: 'highlights' }]);
    expect(issues[0]!.message).toContain('2 are picked');
  });
});

describe('input schemas', () => {
  it('findings: at most 5 highlights and 5 gaps, texts of at most 1,000 characters, no extra keys', () => {
    const ok = { highlights: picks('1.01'), gaps: [], status: 'draft' };
    expect(findingsInputSchema.safeParse(ok).success).toBe(true);
    expect(
      findingsInputSchema.safeParse({ ...ok, highlights: picks('1', '2', '3', '4', '5', '6') }).success,
    ).toBe(false);
    const long = { indicatorId: '1.01', text: { en: 'x'.repeat(1001) } };
    expect(findingsInputSchema.safeParse({ ...ok, gaps: [long] }).success).toBe(false);
    expect(findingsInputSchema.safeParse({ ...ok, status: 'done' }).success).toBe(false);
    expect(findingsInputSchema.safeParse({ ...ok, extra: 1 }).success).toBe(false);
  });

  it('validation: answer yes/partially/no only, note ≤ 2,000, ≤ 20 sources of ≤ 500', () => {
    expect(validationInputSchema.safeParse({ answer: 'partially', note: 'x'.repeat(2000) }).success).toBe(
      true,
    );
    for (const answer of ['dont_know', 'not_applicable', 'Yes', '', null]) {
      expect(validationInputSchema.safeParse({ answer }).success).toBe(false);
    }
    expect(validationInputSchema.safeParse({ answer: 'no', note: 'x'.repeat(2001) }).success).toBe(false);
    expect(validationInputSchema.safeParse({ answer: 'no', sources: Array(21).fill('a') }).success).toBe(
      false,
    );
    expect(validationInputSchema.safeParse({ answer: 'no', sources: ['x'.repeat(501)] }).success).toBe(false);
    expect(validationInputSchema.safeParse({ answer: 'no', version: -1 }).success).toBe(false);
  });

  it('normalizePicks drops blank texts', () => {
    expect(
      normalizePicks([
        { indicatorId: '1.01', text: { en: '  ', id: ' Perda ' } },
        { indicatorId: '1.02', text: {} },
      ]),
    ).toEqual([{ indicatorId: '1.01', text: { id: 'Perda' } }, { indicatorId: '1.02' }]);
  });
});
