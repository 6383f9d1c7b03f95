import { describe, expect, it } from 'vitest';
import { keys } from './keys.js';
import { claimKeyParams, commitHistoryOnlyParams, commitPointerParams, queryPrefixParams } from './params.js';
import { splitResponses } from './response-chunks.js';

const counts = { yes: 1, partially: 0, no: 0, dont_know: 0, not_applicable: 0, unanswered: 0 };

describe('command parameters', () => {
  it('commits in one UpdateItem: the sha256 mark and the pointer, only forward, once per file', () => {
    const params = commitPointerParams('t', {
      assessmentId: 'jateng',
      agency: 'A1',
      submissionId: 's2',
      sha256: 'ab'.repeat(32),
      receivedAt: '2026-01-02T00:00:00.000Z',
      order: '2026-01-02T00:00:00.000Z#s2',
      channel: 'xlsx',
      counts,
      chunkCount: 1,
    });
    expect(params.Key).toEqual(keys.agency('jateng', 'A1'));
    expect(params.ConditionExpression).toBe(
      'attribute_exists(PK) AND attribute_not_exists(#sha) AND ' +
        '(attribute_not_exists(curOrder) OR curOrder < :order)',
    );
    expect(params.ExpressionAttributeNames).toEqual({ '#sha': `sha:${'ab'.repeat(32)}` });
    expect(params.ExpressionAttributeValues?.[':order']).toEqual({ S: '2026-01-02T00:00:00.000Z#s2' });
    expect(params.UpdateExpression).toContain('#sha = :sid');
    expect(params.UpdateExpression).toContain('curId = :sid');
  });

  it('commits into history only with the sha256 mark alone, once per file', () => {
    const params = commitHistoryOnlyParams('t', {
      assessmentId: 'jateng',
      agency: 'A1',
      submissionId: 's1',
      sha256: 'cd'.repeat(32),
    });
    expect(params.UpdateExpression).toBe('SET #sha = :sid');
    expect(params.ConditionExpression).toBe('attribute_exists(PK) AND attribute_not_exists(#sha)');
    expect(params.ExpressionAttributeNames).toEqual({ '#sha': `sha:${'cd'.repeat(32)}` });
  });

  it('binds an Idempotency-Key to one body hash', () => {
    const params = claimKeyParams('t', { PK: { S: 'p' }, SK: { S: 's' } }, 'abc');
    expect(params.ConditionExpression).toBe('attribute_not_exists(PK) OR sha256 = :sha');
    expect(params.ExpressionAttributeValues).toEqual({ ':sha': { S: 'abc' } });
  });

  it('queries history newest first with strongly consistent reads', () => {
    const params = queryPrefixParams('t', 'ASMT#a#AGY#b', 'SUB#', { descending: true });
    expect(params).toMatchObject({ ScanIndexForward: false, ConsistentRead: true });
    expect(params.ExpressionAttributeValues).toEqual({
      ':pk': { S: 'ASMT#a#AGY#b' },
      ':prefix': { S: 'SUB#' },
    });
  });
});

describe('response chunks', () => {
  const response = (i: number, text: string) => ({
    indicatorId: `1.${String(i).padStart(2, '0')}`,
    answer: 'yes' as const,
    justificationType: 'regulation' as const,
    justification: text,
    evidence: 'e'.repeat(2000),
  });

  it('keeps a typical submission in one item and the worst case in a few, each under the budget', () => {
    expect(
      splitResponses(Array.from({ length: 76 }, (_, i) => response(i, 'short reason here'))),
    ).toHaveLength(1);
    // 76 indicators with 4,000-character Indonesian justifications (multi-byte) and full evidence.
    const worst = Array.from({ length: 76 }, (_, i) => response(i, 'é'.repeat(4000)));
    const chunks = splitResponses(worst).map((c) => c.responses);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThanOrEqual(4);
    for (const c of chunks) expect(Buffer.byteLength(JSON.stringify(c))).toBeLessThanOrEqual(300_000);
    expect(chunks.flat()).toEqual(worst);
  });

  it('splits the same whether or not the whole array fits, at every budget around its size', () => {
    const responses = Array.from({ length: 5 }, (_, i) => response(i, `reason ${i}`));
    const size = Buffer.byteLength(JSON.stringify(responses));
    for (let budget = size - 3; budget <= size + 3; budget++) {
      const split = splitResponses(responses, budget);
      // Each chunk carries exactly the JSON of its responses (what the item stores).
      for (const c of split) expect(c.json).toBe(JSON.stringify(c.responses));
      const chunks = split.map((c) => c.responses);
      expect(chunks.flat()).toEqual(responses);
      // One chunk exactly when the whole array (plus the separator the count allows for) fits.
      expect(chunks.length === 1).toBe(size + 1 <= budget);
      for (const c of chunks) expect(Buffer.byteLength(JSON.stringify(c))).toBeLessThan(budget);
    }
  });
});
