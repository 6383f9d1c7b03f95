import { describe, expect, it } from 'vitest';
import type { AnswerCounts } from '../types.js';
import {
  agreementOf,
  CONTESTED_SPLIT,
  consensusOf,
  countResponse,
  createIndicatorCounter,
  disagreementOf,
  splitOf,
  summarizeIndicator,
} from './consensus.js';

function counts(partial: Partial<AnswerCounts>): AnswerCounts {
  return { yes: 0, partially: 0, no: 0, dont_know: 0, not_applicable: 0, unanswered: 0, ...partial };
}

describe('consensusOf', () => {
  it('is none (null) when nobody voted yes, partially or no', () => {
    expect(consensusOf(counts({}))).toBeNull();
    expect(consensusOf(counts({ dont_know: 5, not_applicable: 3, unanswered: 2 }))).toBeNull();
  });

  it('is the value with more than half of the votes', () => {
    expect(consensusOf(counts({ yes: 3, no: 2 }))).toBe('yes');
    expect(consensusOf(counts({ no: 3, yes: 1, partially: 1 }))).toBe('no');
    expect(consensusOf(counts({ partially: 2, yes: 1 }))).toBe('partially');
    expect(consensusOf(counts({ yes: 1 }))).toBe('yes');
  });

  it('ignores dont_know and not_applicable: they are not votes', () => {
    expect(consensusOf(counts({ yes: 2, no: 1, dont_know: 10, not_applicable: 10 }))).toBe('yes');
  });

  it('falls back to partially when no value has a strict majority', () => {
    expect(consensusOf(counts({ yes: 2, no: 2 }))).toBe('partially');
    expect(consensusOf(counts({ yes: 1, partially: 1, no: 1 }))).toBe('partially');
    // Exactly half is not more than half.
    expect(consensusOf(counts({ yes: 2, partially: 1, no: 1 }))).toBe('partially');
    expect(consensusOf(counts({ no: 5, yes: 5 }))).toBe('partially');
  });
});

describe('agreementOf', () => {
  it('is the largest of the three vote counts over votes, 3 decimals', () => {
    expect(agreementOf(counts({ yes: 2, no: 1 }))).toBe(0.667);
    expect(agreementOf(counts({ yes: 1, no: 2 }))).toBe(0.667);
    expect(agreementOf(counts({ yes: 1, partially: 1, no: 1 }))).toBe(0.333);
    expect(agreementOf(counts({ yes: 2, no: 2 }))).toBe(0.5);
    expect(agreementOf(counts({ yes: 7 }))).toBe(1);
    expect(agreementOf(counts({ yes: 5, no: 3 }))).toBe(0.625);
    // 15/16 = 0.9375 exactly: half-up gives 0.938.
    expect(agreementOf(counts({ yes: 1, no: 15 }))).toBe(0.938);
  });

  it('is null when there are no votes', () => {
    expect(agreementOf(counts({ dont_know: 4 }))).toBeNull();
  });
});

describe('disagreementOf', () => {
  it('needs at least one yes and at least one no', () => {
    expect(disagreementOf(counts({ yes: 1, no: 1 }))).toBe(true);
    expect(disagreementOf(counts({ yes: 9, no: 1 }))).toBe(true);
    expect(disagreementOf(counts({ yes: 3, partially: 3 }))).toBe(false);
    expect(disagreementOf(counts({ no: 3, partially: 3 }))).toBe(false);
  });
});

describe('counting responses', () => {
  it('counts blanks as unanswered and evidence only for yes/partially', () => {
    const counter = createIndicatorCounter();
    countResponse(counter, { answer: 'yes', justificationType: 'practice' });
    countResponse(counter, { answer: 'partially', justificationType: 'regulation' });
    countResponse(counter, { answer: 'no', justificationType: 'programme' });
    countResponse(counter, { answer: 'dont_know', justificationType: null });
    countResponse(counter, { answer: null, justificationType: null });
    countResponse(counter, undefined);
    const line = summarizeIndicator({ id: '1.01', domainId: '1' }, counter);
    expect(line).toEqual({
      id: '1.01',
      domainId: '1',
      counts: counts({ yes: 1, partially: 1, no: 1, dont_know: 1, unanswered: 2 }),
      consensus: 'partially',
      agreement: 0.333,
      disagreement: true,
      evidence: { regulation: 1, programme: 0, practice: 1 },
      split: 0.333,
      contested: true,
      validated: null,
      final: 'partially',
    });
  });

  it('the final answer is the validated one when the focus group decided', () => {
    const counter = createIndicatorCounter();
    countResponse(counter, { answer: 'yes', justificationType: 'practice' });
    const line = summarizeIndicator({ id: '1.01', domainId: '1' }, counter, 'no');
    expect(line).toMatchObject({ consensus: 'yes', validated: 'no', final: 'no' });
  });
});

describe('splitOf', () => {
  it('is min(yes, no) / votes with 3 decimals, 0 without votes', () => {
    expect(splitOf(counts({}))).toBe(0);
    expect(splitOf(counts({ dont_know: 4 }))).toBe(0);
    expect(splitOf(counts({ yes: 5, no: 5 }))).toBe(0.5);
    expect(splitOf(counts({ yes: 9, no: 1 }))).toBe(0.1);
    expect(splitOf(counts({ yes: 1, no: 2 }))).toBe(0.333);
    expect(splitOf(counts({ yes: 2, no: 1 }))).toBe(0.333);
    expect(splitOf(counts({ yes: 4, partially: 10, no: 4 }))).toBe(0.222);
    expect(splitOf(counts({ yes: 10, partially: 3 }))).toBe(0);
  });

  it('contested from 0.2 on: 1 no in 5 votes is contested, 1 in 6 is not', () => {
    const c = createIndicatorCounter();
    c.counts = counts({ yes: 4, no: 1 });
    expect(summarizeIndicator({ id: 'x', domainId: '1' }, c)).toMatchObject({ split: 0.2, contested: true });
    c.counts = counts({ yes: 5, no: 1 });
    expect(summarizeIndicator({ id: 'x', domainId: '1' }, c)).toMatchObject({
      split: 0.167,
      contested: false,
    });
    expect(CONTESTED_SPLIT).toBe(0.2);
  });
});
