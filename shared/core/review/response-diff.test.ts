import { describe, expect, it } from 'vitest';
import { LOCAL_MGI_FRAMEWORK } from '../frameworks/local-mgi.js';
import type { NormalizedResponse } from '../types.js';
import { diffResponses } from './response-diff.js';

const r = (indicatorId: string, over: Partial<NormalizedResponse> = {}): NormalizedResponse => ({
  indicatorId,
  answer: 'yes',
  justificationType: 'regulation',
  justification: 'Perda 1/2020',
  evidence: null,
  ...over,
});

describe('diffResponses', () => {
  const [first, second, third] = LOCAL_MGI_FRAMEWORK.indicators.map((i) => i.id) as [string, string, string];
  it('lists only the indicators that changed, field by field, in framework order', () => {
    const from = [r(first), r(second), r(third)];
    const to = [
      r(third, { evidence: 'https://jdih' }),
      r(first),
      r(second, { answer: 'no', justification: null }),
    ];
    expect(diffResponses(LOCAL_MGI_FRAMEWORK, from, to)).toEqual([
      {
        indicatorId: second,
        domainId: '1',
        changes: [
          { field: 'answer', from: 'yes', to: 'no' },
          { field: 'justification', from: 'Perda 1/2020', to: null },
        ],
      },
      { indicatorId: third, domainId: '1', changes: [{ field: 'evidence', from: null, to: 'https://jdih' }] },
    ]);
  });
  it('treats a missing indicator as blank and two identical versions as no change', () => {
    expect(diffResponses(LOCAL_MGI_FRAMEWORK, [r(first)], [r(first)])).toEqual([]);
    const added = diffResponses(LOCAL_MGI_FRAMEWORK, [], [r(first)]);
    expect(added[0]?.changes.map((c) => c.field)).toEqual(['answer', 'justificationType', 'justification']);
  });
});
