import { describe, expect, it } from 'vitest';
import { AGENCY_CODE_PATTERN } from '../roster/parse-roster.js';
import { DEMO_AGENCIES } from './demo-agencies.js';
import { demoPlan } from './demo-plan.js';

describe('demo agencies and plan', () => {
  it('has 58 agencies with unique valid codes and every level of a Local MGI', () => {
    expect(DEMO_AGENCIES).toHaveLength(58);
    const codes = DEMO_AGENCIES.map((a) => a.code);
    expect(new Set(codes).size).toBe(58);
    for (const code of codes) expect(code).toMatch(AGENCY_CODE_PATTERN);
    const levels = new Set(DEMO_AGENCIES.map((a) => a.level));
    expect([...levels].sort()).toEqual(['academic', 'district', 'national', 'ngo', 'provincial']);
    expect(DEMO_AGENCIES.find((a) => a.code === 'BP3MI-JATENG')?.name).toContain('BP3MI');
  });

  it('has 5 agencies missing, 3 first uploads broken and 10 web-form agencies', () => {
    const plan = demoPlan();
    expect(plan.filter((s) => s.channel === 'missing')).toHaveLength(5);
    expect(
      plan
        .filter((s) => s.firstAttemptBroken)
        .map((s) => s.firstAttemptBroken)
        .sort(),
    ).toEqual(['missing_justification', 'short_justification', 'unknown_answer']);
    expect(plan.filter((s) => s.channel === 'form')).toHaveLength(10);
  });
});
