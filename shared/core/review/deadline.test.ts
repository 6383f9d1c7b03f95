import { describe, expect, it } from 'vitest';
import { isClosedFor, parseInstant } from './deadline.js';

const at = (iso: string) => new Date(iso);

describe('isClosedFor', () => {
  const deadline = '2026-09-30T16:59:00.000Z';
  it('is open without a deadline and until the deadline itself', () => {
    expect(isClosedFor({ deadline: null, reopenedUntil: null }, at('2030-01-01T00:00:00Z'))).toBe(false);
    expect(isClosedFor({ deadline, reopenedUntil: null }, at(deadline))).toBe(false);
  });
  it('closes after the deadline unless the agency is reopened until later', () => {
    const after = at('2026-10-01T00:00:00Z');
    expect(isClosedFor({ deadline, reopenedUntil: null }, after)).toBe(true);
    expect(isClosedFor({ deadline, reopenedUntil: '2026-10-02T00:00:00.000Z' }, after)).toBe(false);
    expect(isClosedFor({ deadline, reopenedUntil: '2026-09-30T20:00:00.000Z' }, after)).toBe(true);
  });
});

describe('parseInstant', () => {
  it('takes ISO 8601 with an offset and normalises it to UTC', () => {
    expect(parseInstant('2026-09-30T23:59:00+07:00')).toBe('2026-09-30T16:59:00.000Z');
    expect(parseInstant('2026-09-30T16:59Z')).toBe('2026-09-30T16:59:00.000Z');
  });
  it('refuses dates without offset, impossible dates and other text', () => {
    for (const bad of [
      '2026-09-30T23:59:00',
      '2026-02-31T10:00:00Z',
      '30/09/2026',
      'tomorrow',
      '2026-09-30',
    ]) {
      expect(parseInstant(bad), bad).toBeNull();
    }
  });
});
