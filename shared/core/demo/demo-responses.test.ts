import { describe, expect, it } from 'vitest';
import { LOCAL_MGI_FRAMEWORK } from '../frameworks/local-mgi.js';
import { validateResponses } from '../validate-responses.js';
import { DEMO_AGENCIES, type DemoAgency } from './demo-agencies.js';
import { breakRows, demoPlan } from './demo-plan.js';
import { demoResponses, toTemplateRows } from './demo-responses.js';

const SEED = 'jateng-2026';
const agency = (code: string): DemoAgency => DEMO_AGENCIES.find((a) => a.code === code)!;
const inDomain = (id: string, domain: string) => id.startsWith(`${domain}.`);

describe('demoResponses', () => {
  it('is deterministic per seed and agency', () => {
    const a = demoResponses(LOCAL_MGI_FRAMEWORK, agency('DINKES'), SEED);
    expect(demoResponses(LOCAL_MGI_FRAMEWORK, agency('DINKES'), SEED)).toEqual(a);
    expect(demoResponses(LOCAL_MGI_FRAMEWORK, agency('DINKES'), 'other-seed')).not.toEqual(a);
  });

  it('gives every agency a valid submission, in its language labels', () => {
    for (const a of DEMO_AGENCIES) {
      const rows = toTemplateRows(demoResponses(LOCAL_MGI_FRAMEWORK, a, SEED), a.lang);
      const result = validateResponses(LOCAL_MGI_FRAMEWORK, rows, { lang: a.lang });
      expect(result.issues, a.code).toEqual([]);
      expect(result.counts.yes + result.counts.partially + result.counts.no, a.code).toBeGreaterThan(2);
    }
  });

  it('answers within the mandate: disaster management knows domain 5, not migrants\u2019 schooling', () => {
    const bpbd = demoResponses(LOCAL_MGI_FRAMEWORK, agency('BPBD'), SEED);
    const informed = (r: { answer: string | null }) => ['yes', 'partially', 'no'].includes(r.answer ?? '');
    const crisis = bpbd.filter((r) => inDomain(r.indicatorId, '5'));
    expect(crisis.filter(informed).length / crisis.length).toBeGreaterThan(0.8);
    const rights = bpbd.filter((r) => inDomain(r.indicatorId, '1'));
    expect(
      rights.filter((r) => r.answer === 'not_applicable' || r.answer === 'dont_know').length,
    ).toBeGreaterThan(rights.length / 2);
    const yes = bpbd.find((r) => r.answer === 'yes')!;
    expect(yes.justification).toMatch(/Peraturan|Melalui|Posko|Peringatan|Praktik|Diatur/);
  });

  it('makes a believable assessment: some indicators disputed (yes and no), most with a majority', () => {
    const all = DEMO_AGENCIES.map((a) => demoResponses(LOCAL_MGI_FRAMEWORK, a, SEED));
    let disputed = 0;
    for (const [i] of LOCAL_MGI_FRAMEWORK.indicators.entries()) {
      const answers = all.map((r) => r[i]!.answer);
      if (answers.includes('yes') && answers.includes('no')) disputed++;
    }
    expect(disputed).toBeGreaterThan(10);
    expect(disputed).toBeLessThan(76);
  });
});

describe('breakRows', () => {
  const codesOf = (variant: Parameters<typeof breakRows>[1], code: string) => {
    const a = agency(code);
    const rows = breakRows(
      toTemplateRows(demoResponses(LOCAL_MGI_FRAMEWORK, a, SEED), a.lang),
      variant,
      a.lang,
    );
    return [
      ...new Set(validateResponses(LOCAL_MGI_FRAMEWORK, rows, { lang: a.lang }).issues.map((i) => i.code)),
    ];
  };

  it('turns a valid file into one with the mistake named by the variant', () => {
    const plan = demoPlan();
    const codeFor = (v: string) => plan.find((s) => s.firstAttemptBroken === v)!.agency.code;
    expect(codesOf('missing_justification', codeFor('missing_justification'))).toEqual(
      expect.arrayContaining(['justification.missing']),
    );
    expect(codesOf('unknown_answer', codeFor('unknown_answer'))).toEqual(['answer.invalid']);
    expect(codesOf('short_justification', codeFor('short_justification'))).toEqual([
      'justification.too_short',
    ]);
  });
});
