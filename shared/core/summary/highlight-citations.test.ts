import { describe, expect, it } from 'vitest';
import type { NormalizedResponse } from '../types.js';
import { CitationCollector, MAX_CITATIONS } from './highlight-citations.js';

const response = (over: Partial<NormalizedResponse>): NormalizedResponse => ({
  indicatorId: '1.01',
  answer: 'yes',
  justificationType: 'regulation',
  justification: 'Provincial regulation 5/2023',
  evidence: null,
  ...over,
});

describe('CitationCollector', () => {
  it('quotes yes before partially, practice before programme before regulation, then agency code', () => {
    const c = new CitationCollector(['1.01']);
    c.offer('B-10', response({ justificationType: 'practice' }));
    c.offer('B-2', response({ justificationType: 'practice' }));
    c.offer('A', response({ answer: 'partially', justificationType: 'practice' }));
    c.offer('C', response({ justificationType: 'programme' }));
    c.offer('D', response({ answer: 'no', justificationType: 'practice' }));
    c.offer('E', response({ indicatorId: '9.99' }));
    const { citations, total } = c.of('1.01');
    expect(citations.map((x) => x.agency)).toEqual(['B-2', 'B-10', 'C', 'A']);
    expect(total).toBe(4);
  });

  it('keeps at most MAX_CITATIONS and counts the rest, whatever the arrival order', () => {
    const codes = Array.from({ length: 30 }, (_, i) => `AG-${i}`);
    const forward = new CitationCollector(['1.01']);
    const backward = new CitationCollector(['1.01']);
    for (const code of codes) forward.offer(code, response({}));
    for (const code of [...codes].reverse()) backward.offer(code, response({}));
    expect(forward.of('1.01').citations).toHaveLength(MAX_CITATIONS);
    expect(forward.of('1.01').total).toBe(30);
    expect(forward.of('1.01').citations).toEqual(backward.of('1.01').citations);
    expect(forward.of('1.01').citations[0]!.agency).toBe('AG-0');
  });
});
