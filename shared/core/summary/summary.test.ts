import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework.js';
import { ANSWERS, type Answer, JUSTIFICATION_TYPES, type NormalizedResponse } from '../types.js';
import { consensusOf } from './consensus.js';
import { type AssessmentSummary, createSummaryAccumulator, domainScore } from './summary.js';
import { summarySchema } from './summary-schema.js';

/** Two domains; domain 1 has 7 indicators so that "up to 5" cuts, domain 2 has ids that sort numerically. */
const FRAMEWORK: Framework = {
  id: 'test-fw',
  version: '1',
  name: { en: 'Test', id: 'Uji' },
  domains: [
    { id: '1', name: { en: "Migrants' rights", id: 'Hak-hak migran' } },
    { id: '2', name: { en: 'Partnerships', id: 'Kemitraan' } },
  ],
  indicators: [
    ...['1.01', '1.02', '1.03', '1.04', '1.05', '1.06', '1.07'].map((id) => ({
      id,
      domainId: '1',
      text: { en: `Indicator ${id}`, id: `Indikator ${id}` },
    })),
    ...['2.09', '2.10', '2.100'].map((id) => ({ id, domainId: '2', text: { en: id, id } })),
  ],
};
const AT = '2026-03-01T08:00:00.000Z';

type Cell = [Answer | null, (typeof JUSTIFICATION_TYPES)[number] | null];
/** One agency's submission from a map of indicator → [answer, justification type]. */
function submission(cells: Record<string, Cell>): NormalizedResponse[] {
  return Object.entries(cells).map(([indicatorId, [answer, justificationType]]) => ({
    indicatorId,
    answer,
    justificationType,
    justification: justificationType ? 'Because of a regional regulation' : null,
    evidence: null,
  }));
}

function run(
  agencies: Record<string, NormalizedResponse[]>,
  registered = Object.keys(agencies),
): AssessmentSummary {
  const acc = createSummaryAccumulator(FRAMEWORK, registered);
  for (const [code, responses] of Object.entries(agencies)) acc.add(code, responses);
  return summarySchema.parse(acc.finish({ assessmentId: 'jateng-2026', generatedAt: AT }));
}

describe('summary, hand-computed', () => {
  it('one agency: its answers are the consensus, missing indicators are unanswered', () => {
    const s = run({ A: submission({ '1.01': ['yes', 'practice'], '1.02': ['no', null] }) }, [
      'A',
      'B10',
      'B9',
    ]);
    expect(s.agencies).toEqual({ registered: 3, submitted: 1, missing: ['B9', 'B10'] });
    expect(s.indicators[0]).toMatchObject({
      id: '1.01',
      consensus: 'yes',
      agreement: 1,
      disagreement: false,
    });
    expect(s.indicators[0]!.evidence).toEqual({ regulation: 0, programme: 0, practice: 1 });
    expect(s.indicators[2]).toMatchObject({ id: '1.03', consensus: null, agreement: null });
    expect(s.indicators[2]!.counts.unanswered).toBe(1);
    // 1.01 yes (1) and 1.02 no (0): mean 0.5 → 50.
    expect(s.domains[0]).toMatchObject({ id: '1', name: "Migrants' rights", indicatorCount: 7, score: 50 });
    expect(s.domains[0]!.highlights).toEqual(['1.01']);
    expect(s.domains[0]!.gaps).toEqual(['1.02']);
    expect(s.domains[1]).toMatchObject({ score: null, highlights: [], gaps: [] });
  });

  it('all dont_know: no consensus, no agreement, no score', () => {
    const all = Object.fromEntries(FRAMEWORK.indicators.map((i) => [i.id, ['dont_know', null] as Cell]));
    const s = run({ A: submission(all), B: submission(all) });
    for (const line of s.indicators) {
      expect(line).toMatchObject({ consensus: null, agreement: null, disagreement: false });
      expect(line.counts.dont_know).toBe(2);
    }
    expect(s.domains.map((d) => d.score)).toEqual([null, null]);
  });

  it('a tie of yes and no is partially with a disagreement, and shows as a gap', () => {
    const s = run({
      A: submission({ '2.10': ['yes', 'regulation'] }),
      B: submission({ '2.10': ['no', null] }),
    });
    const line = s.indicators.find((i) => i.id === '2.10')!;
    expect(line).toMatchObject({ consensus: 'partially', agreement: 0.5, disagreement: true });
    expect(s.domains[1]).toMatchObject({ score: 50, highlights: [], gaps: ['2.10'] });
  });

  it('orders highlights by practice evidence, then total evidence, then id; keeps at most 5', () => {
    // Three agencies all say yes on 1.01..1.07; justification types vary the evidence.
    const types: Record<string, Cell[1][]> = {
      '1.01': ['regulation', 'regulation', 'regulation'], // practice 0, total 3
      '1.02': ['practice', null, null], // practice 1, total 1
      '1.03': ['practice', 'programme', null], // practice 1, total 2
      '1.04': ['practice', 'practice', null], // practice 2, total 2
      '1.05': [null, null, null], // practice 0, total 0
      '1.06': ['regulation', 'programme', null], // practice 0, total 2
      '1.07': ['practice', 'programme', null], // same as 1.03: id breaks the tie
    };
    const agencies: Record<string, NormalizedResponse[]> = {};
    for (const [k, code] of ['A', 'B', 'C'].entries()) {
      agencies[code] = submission(
        Object.fromEntries(Object.entries(types).map(([id, t]) => [id, ['yes', t[k]!] as Cell])),
      );
    }
    const s = run(agencies);
    expect(s.domains[0]!.highlights).toEqual(['1.04', '1.03', '1.07', '1.02', '1.01']);
    expect(s.domains[0]!.score).toBe(100);
  });

  it('orders gaps by no count desc, then numerically by id', () => {
    const s = run({
      A: submission({ '2.09': ['no', null], '2.10': ['no', null], '2.100': ['no', null] }),
      B: submission({ '2.09': ['partially', 'programme'], '2.10': ['no', null], '2.100': ['no', null] }),
      C: submission({
        '2.09': ['partially', 'programme'],
        '2.10': ['partially', 'programme'],
        '2.100': ['no', null],
      }),
    });
    // 2.100 has 3 no, 2.10 has 2 no (consensus no), 2.09 has 1 no (consensus partially).
    expect(s.domains[1]!.gaps).toEqual(['2.100', '2.10', '2.09']);
    // scores: no 0, no 0, partially 0.5 → 100 × 0.5/3 = 16.67 → 16.7
    expect(s.domains[1]!.score).toBe(16.7);
  });

  it('ignores unknown indicators and duplicate rows, and refuses the same agency twice', () => {
    const acc = createSummaryAccumulator(FRAMEWORK, ['A']);
    acc.add('A', [
      ...submission({ '1.01': ['yes', 'practice'], '9.99': ['no', null] }),
      ...submission({ '1.01': ['no', null] }),
    ]);
    expect(() => acc.add('A', [])).toThrow(/twice/);
    const s = acc.finish({ assessmentId: 'x', generatedAt: new Date(AT) });
    expect(s.generatedAt).toBe(AT);
    expect(s.indicators[0]!.counts).toMatchObject({ yes: 1, no: 0, unanswered: 0 });
    expect(s.indicators).toHaveLength(FRAMEWORK.indicators.length);
  });
});

describe('domainScore rounding', () => {
  it('rounds half-up to one decimal and is null without any consensus', () => {
    expect(domainScore([null, null])).toBeNull();
    expect(domainScore(['yes', 'no', 'no'])).toBe(33.3); // 33.33…
    expect(domainScore(['yes', 'yes', 'no'])).toBe(66.7); // 66.66…
    expect(domainScore(['yes', 'partially', 'no', 'no', 'no', 'no', 'no', 'no'])).toBe(18.8); // 18.75
    expect(domainScore(['partially', 'no', 'no', 'no', 'no', 'no', 'no', 'no'])).toBe(6.3); // 6.25
    expect(domainScore(['yes', null, 'partially'])).toBe(75);
  });
});

const cellArb: fc.Arbitrary<Cell> = fc.tuple(
  fc.constantFrom<Answer | null>(null, ...ANSWERS),
  fc.constantFrom(null, ...JUSTIFICATION_TYPES),
);
const agencyArb = fc.array(cellArb, {
  minLength: FRAMEWORK.indicators.length,
  maxLength: FRAMEWORK.indicators.length,
});

describe('summary properties', () => {
  it('counts add up to the submitting agencies, and registered = submitted + missing', () => {
    fc.assert(
      fc.property(fc.array(agencyArb, { maxLength: 12 }), fc.nat(5), (agencies, extra) => {
        const codes = agencies.map((_, i) => `AG-${i}`);
        const registered = [...codes, ...Array.from({ length: extra }, (_, i) => `NEW-${i}`)];
        const acc = createSummaryAccumulator(FRAMEWORK, registered);
        agencies.forEach((cells, i) => {
          acc.add(
            codes[i]!,
            submission(Object.fromEntries(cells.map((c, k) => [FRAMEWORK.indicators[k]!.id, c]))),
          );
        });
        const s = acc.finish({ assessmentId: 'p', generatedAt: AT });
        expect(s.agencies.submitted + s.agencies.missing.length).toBe(s.agencies.registered);
        for (const line of s.indicators) {
          const c = line.counts;
          expect(c.yes + c.partially + c.no + c.dont_know + c.not_applicable + c.unanswered).toBe(
            agencies.length,
          );
          expect(
            line.evidence.regulation + line.evidence.programme + line.evidence.practice,
          ).toBeLessThanOrEqual(c.yes + c.partially);
        }
      }),
    );
  });

  it('consensus follows the rule', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.nat(30), (yes, partially, no) => {
        const votes = yes + partially + no;
        const got = consensusOf({ yes, partially, no });
        if (votes === 0) return got === null;
        const majority = (['yes', 'partially', 'no'] as const).find(
          (v) => ({ yes, partially, no })[v] * 2 > votes,
        );
        return got === (majority ?? 'partially');
      }),
    );
  });

  it('the order of submissions does not change the result', () => {
    fc.assert(
      fc.property(
        fc.array(agencyArb, { minLength: 1, maxLength: 10 }).chain((agencies) =>
          fc.tuple(
            fc.constant(agencies),
            fc.shuffledSubarray(
              agencies.map((_, i) => i),
              { minLength: agencies.length },
            ),
          ),
        ),
        ([agencies, order]) => {
          const build = (sequence: number[]) => {
            const acc = createSummaryAccumulator(FRAMEWORK, agencies.map((_, i) => `AG-${i}`).reverse());
            for (const i of sequence) {
              const cells = agencies[i]!;
              acc.add(
                `AG-${i}`,
                submission(Object.fromEntries(cells.map((c, k) => [FRAMEWORK.indicators[k]!.id, c]))),
              );
            }
            return acc.finish({ assessmentId: 'p', generatedAt: AT });
          };
          expect(build(order)).toEqual(build(agencies.map((_, i) => i)));
        },
      ),
    );
  });
});

describe('summary with the focus group decisions', () => {
  const agencies = {
    A: submission({ '1.01': ['yes', 'practice'], '1.02': ['yes', 'regulation'], '1.03': ['no', null] }),
    B: submission({ '1.01': ['no', null], '1.02': ['yes', 'programme'], '1.03': ['no', null] }),
  };
  function decided(decisions: Parameters<typeof createSummaryAccumulator>[2]) {
    const acc = createSummaryAccumulator(FRAMEWORK, Object.keys(agencies), decisions);
    for (const [code, responses] of Object.entries(agencies)) acc.add(code, responses);
    return summarySchema.parse(acc.finish({ assessmentId: 'jateng-2026', generatedAt: AT }));
  }

  it('without decisions: final = consensus, finalScore = score, nothing validated, no findings', () => {
    const s = decided({});
    expect(s.indicators[0]).toMatchObject({
      split: 0.5,
      contested: true,
      validated: null,
      final: 'partially',
    });
    expect(s.domains[0]).toMatchObject({ score: 50, finalScore: 50, validatedCount: 0, findings: null });
    expect(s.domains[1]).toMatchObject({ score: null, finalScore: null, validatedCount: 0 });
  });

  it('validated answers change final and finalScore only; score and the automatic picks stay', () => {
    const s = decided({
      validation: [
        { indicatorId: '1.01', answer: 'yes' },
        { indicatorId: '1.03', answer: 'partially' },
        { indicatorId: '2.09', answer: 'no' },
      ],
    });
    expect(s.indicators[0]).toMatchObject({ consensus: 'partially', validated: 'yes', final: 'yes' });
    expect(s.indicators[2]).toMatchObject({ consensus: 'no', validated: 'partially', final: 'partially' });
    // 1.01 yes, 1.02 yes, 1.03 partially → (1 + 1 + 0.5) / 3 = 83.3; score over consensus stays 50.
    expect(s.domains[0]).toMatchObject({ score: 50, finalScore: 83.3, validatedCount: 2 });
    expect(s.domains[0]!.highlights).toEqual(['1.02']);
    // A domain without any consensus gets a final score from its validated answer alone.
    expect(s.domains[1]).toMatchObject({ score: null, finalScore: 0, validatedCount: 1 });
  });

  it('picked findings appear as picked, per domain; the automatic highlights stay', () => {
    const s = decided({
      findings: [
        {
          domainId: '1',
          highlights: [{ indicatorId: '1.02', text: { en: 'Regional regulation', id: 'Perda' } }],
          gaps: [{ indicatorId: '1.03' }],
          status: 'draft',
        },
      ],
    });
    expect(s.domains[0]!.findings).toEqual({
      highlights: [{ indicatorId: '1.02', text: { en: 'Regional regulation', id: 'Perda' } }],
      gaps: [{ indicatorId: '1.03' }],
      status: 'draft',
    });
    expect(s.domains[0]!.highlights).toEqual(['1.02']);
    expect(s.domains[1]!.findings).toBeNull();
  });
});
