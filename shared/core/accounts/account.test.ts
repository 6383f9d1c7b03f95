import { describe, expect, it } from 'vitest';
import { type Account, isLastOwner, newAccountSchema } from './account.js';

const acct = (id: string, role: Account['role'], revokedAt: string | null = null): Account => ({
  id,
  name: id,
  email: `${id}@example.org`,
  role,
  assessments: '*',
  createdAt: '2026-01-01T00:00:00.000Z',
  revokedAt,
});

describe('isLastOwner', () => {
  it('is true only for the one active owner', () => {
    const accounts = [
      acct('a', 'owner'),
      acct('b', 'owner', '2026-01-02T00:00:00.000Z'),
      acct('c', 'editor'),
    ];
    expect(isLastOwner(accounts, 'a')).toBe(true);
    expect(isLastOwner(accounts, 'c')).toBe(false);
    expect(isLastOwner([...accounts, acct('d', 'owner')], 'a')).toBe(false);
  });
});

describe('newAccountSchema', () => {
  it('takes a role of the three and a list or "*"', () => {
    const ok = newAccountSchema.safeParse({
      name: ' Sari ',
      email: 'sari@iom.int',
      role: 'viewer',
      assessments: ['a1'],
    });
    expect(ok.success && ok.data.name).toBe('Sari');
    expect(
      newAccountSchema.safeParse({ name: 'S', email: 'x@y.id', role: 'owner', assessments: '*' }).success,
    ).toBe(true);
  });

  it('names the field of an unknown role, a bad e-mail, an empty list', () => {
    const paths = (body: unknown) => {
      const result = newAccountSchema.safeParse(body);
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ name: 'S', email: 'x@y.id', role: 'admin', assessments: '*' })).toEqual(['role']);
    expect(paths({ name: 'S', email: 'not-an-address', role: 'owner', assessments: '*' })).toEqual(['email']);
    expect(paths({ name: 'S', email: 'x@y.id', role: 'owner', assessments: [] })).toEqual(['assessments']);
  });
});
