import { describe, expect, it } from 'vitest';
import { sampleAssessment, sampleResponses } from '../../../test/fixtures/sample-assessment.js';
import { LOCAL_MGI_FRAMEWORK } from '../frameworks/local-mgi.js';
import { readAhead } from './read-ahead.js';
import { createSummaryAccumulator } from './summary.js';
import { summaryPass } from './summary-pass.js';

const fw = LOCAL_MGI_FRAMEWORK;

describe('summaryPass', () => {
  it('gives the accumulator’s summary and every agency’s answers from one read', async () => {
    const sample = sampleAssessment(fw, 12, 10);
    let reads = 0;
    const pages = (async function* () {
      reads += 1;
      yield* sample.pages();
    })();
    const codes = sample.agencies.map((a) => a.code).reverse();
    const { summary, answers } = await summaryPass({
      framework: fw,
      registeredAgencyCodes: codes,
      pages,
      assessmentId: 'a',
      generatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(reads).toBe(1);
    const acc = createSummaryAccumulator(fw, codes);
    for await (const page of sample.pages()) acc.add(page.agency, page.responses);
    expect(summary).toEqual(acc.finish({ assessmentId: 'a', generatedAt: '2026-01-01T00:00:00.000Z' }));
    // Matrix rows are in agency-code order whatever the registration order.
    expect(answers.agencies[0]).toBe('AG-00001');
    expect(answers.has('AG-00010')).toBe(true);
    expect(answers.has('AG-00011')).toBe(false);
    const third = sampleResponses(fw, 2);
    third.forEach((r, i) => {
      expect(answers.answer(2, i)).toBe(r.answer);
    });
  });
});

describe('readAhead', () => {
  it('keeps order, stays within its depth, and passes errors on', async () => {
    let produced = 0;
    let consumed = 0;
    let maxLead = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) {
        produced += 1;
        maxLead = Math.max(maxLead, produced - consumed);
        await new Promise((r) => setImmediate(r));
        yield i;
      }
    }
    const seen: number[] = [];
    for await (const value of readAhead(source(), 5)) {
      consumed += 1;
      seen.push(value);
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(maxLead).toBeGreaterThan(1);
    expect(maxLead).toBeLessThanOrEqual(6);

    async function* failing() {
      yield 1;
      throw new Error('store unavailable');
    }
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const v of readAhead(failing(), 3)) got.push(v);
      })(),
    ).rejects.toThrow('store unavailable');
    expect(got).toEqual([1]);
  });
});
