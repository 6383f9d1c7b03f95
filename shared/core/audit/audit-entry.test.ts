import { describe, expect, it } from 'vitest';
import { type AuditEntry, redactSecrets } from './audit-entry.js';
import { matchesFilter, newestFirst } from './audit-filter.js';

describe('redactSecrets', () => {
  it('drops token, tokenHash, secret and password at any depth and any case', () => {
    const value = {
      name: 'Dinkes',
      token: 'x',
      nested: { TokenHash: 'abc', list: [{ password: 'p', keep: 1 }], Secret: 's' },
    };
    expect(redactSecrets(value)).toEqual({ name: 'Dinkes', nested: { list: [{ keep: 1 }] } });
  });

  it('replaces a string that is an issued token, keeps other values', () => {
    expect(redactSecrets(['mgi_agy_abc', 'plain', 3, null])).toEqual(['[redacted]', 'plain', 3, null]);
  });
});

const entry = (at: string, action: string, actorName = 'Sari'): AuditEntry => ({
  id: `${at}-${action}`,
  assessmentId: 'a1',
  at,
  actor: { kind: 'account', id: 'acct-1', name: actorName },
  action,
  target: 'agency:DINKES',
  before: null,
  after: null,
});

describe('matchesFilter', () => {
  const e = entry('2026-03-01T10:00:00.000Z', 'agency.created');
  it('matches action exactly or by a dotted prefix', () => {
    expect(matchesFilter(e, { action: 'agency.created' })).toBe(true);
    expect(matchesFilter(e, { action: 'agency.' })).toBe(true);
    expect(matchesFilter(e, { action: 'agency' })).toBe(false);
  });
  it('matches the actor by id or name, any case', () => {
    expect(matchesFilter(e, { actor: 'sari' })).toBe(true);
    expect(matchesFilter(e, { actor: 'ACCT-1' })).toBe(true);
    expect(matchesFilter(e, { actor: 'budi' })).toBe(false);
  });
  it('keeps entries within since and until, both inclusive', () => {
    expect(matchesFilter(e, { since: '2026-03-01T10:00:00.000Z', until: '2026-03-01T10:00:00.000Z' })).toBe(
      true,
    );
    expect(matchesFilter(e, { since: '2026-03-01T11:00:00+07:00' })).toBe(true);
    expect(matchesFilter(e, { until: '2026-03-01T09:59:59Z' })).toBe(false);
  });
});

describe('newestFirst', () => {
  it('orders by time descending', () => {
    const list = [entry('2026-01-01T00:00:00.000Z', 'a.b'), entry('2026-02-01T00:00:00.000Z', 'a.c')];
    expect(list.sort(newestFirst).map((x) => x.action)).toEqual(['a.c', 'a.b']);
  });
});
