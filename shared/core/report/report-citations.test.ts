import { describe, expect, it } from 'vitest';
import type { NormalizedResponse } from '../types.js';
import { MAX_CITING_AGENCIES, MAX_DISTINCT_CITATIONS, ReportCitationCollector } from './report-citations.js';

const yes = (
  indicatorId: string,
  justification: string,
  type: NormalizedResponse['justificationType'] = 'regulation',
): NormalizedResponse => ({
  indicatorId,
  answer: 'yes',
  justificationType: type,
  justification,
  evidence: null,
});

describe('ReportCitationCollector', () => {
  it('merges the same justification (case, spacing, final full stop) and names every citing agency', () => {
    const c = new ReportCitationCollector();
    c.add('A', [yes('1.01', 'Perda No. 2/2024 on migrant workers.')]);
    c.add('B', [yes('1.01', '  perda no. 2/2024   ON migrant workers ')]);
    c.add('C', [yes('1.01', 'Perda No. 2/2024 on migrant workers', 'programme')]);
    const { citations, more } = c.of('1.01');
    expect(more).toBe(0);
    expect(citations.map((x) => [x.type, x.agencyCodes])).toEqual([
      ['regulation', ['A', 'B']],
      ['programme', ['C']],
    ]);
  });

  it('ignores no, blank answers and empty justifications', () => {
    const c = new ReportCitationCollector();
    c.add('A', [
      { ...yes('1.01', 'Programme X runs'), answer: 'no' },
      { ...yes('1.02', '   ') },
      { ...yes('1.03', 'x'), answer: null },
    ]);
    expect(c.of('1.01').citations).toEqual([]);
    expect(c.of('1.02').citations).toEqual([]);
    expect(c.of('1.03').citations).toEqual([]);
  });

  it('stays bounded at any number of agencies and counts what it does not keep', () => {
    const c = new ReportCitationCollector();
    for (let i = 0; i < 10_000; i++)
      c.add(`AG${i}`, [yes('1.01', `Regulation number ${i % 40}`), yes('1.02', 'Same for all')]);
    const all = c.of('1.01', 100);
    expect(all.citations).toHaveLength(MAX_DISTINCT_CITATIONS);
    expect(all.more).toBe(10_000 - MAX_DISTINCT_CITATIONS * 250);
    const same = c.of('1.02').citations[0]!;
    expect(same.agencyCount).toBe(10_000);
    expect(same.agencyCodes).toHaveLength(MAX_CITING_AGENCIES);
  });
});
