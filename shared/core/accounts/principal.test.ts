import { describe, expect, it } from 'vitest';
import {
  type AccountPrincipal,
  type AgencyPrincipal,
  isAllowed,
  type Policy,
  type Principal,
  visibleAssessments,
} from './principal.js';

const account = (role: AccountPrincipal['role'], assessments: string[] | '*' = ['a1']): AccountPrincipal => ({
  kind: 'account',
  accountId: `acct-${role}`,
  name: role,
  role,
  assessments,
});
const agency: AgencyPrincipal = { kind: 'agency', assessmentId: 'a1', agencyCode: 'DINKES' };

const principals: Record<string, Principal> = {
  owner: account('owner'),
  editor: account('editor'),
  viewer: account('viewer'),
  'viewer of a2': account('viewer', ['a2']),
  'owner of all': account('owner', '*'),
  agency,
  'other agency': { kind: 'agency', assessmentId: 'a1', agencyCode: 'BAPPEDA' },
  'agency of a2': { kind: 'agency', assessmentId: 'a2', agencyCode: 'DINKES' },
};

/** Expected answers on assessment a1, agency DINKES, for a read and for a write. */
const expected: Record<Policy, Record<string, [read: boolean, write: boolean]>> = {
  any: Object.fromEntries(Object.keys(principals).map((p) => [p, [true, true]])),
  owner: { owner: [true, true], 'owner of all': [true, true] },
  editor: { owner: [true, true], 'owner of all': [true, true], editor: [true, true] },
  viewer: { owner: [true, true], 'owner of all': [true, true], editor: [true, true], viewer: [true, true] },
  admin: { owner: [true, true], 'owner of all': [true, true], editor: [true, true], viewer: [true, false] },
  member: {
    owner: [true, true],
    'owner of all': [true, true],
    editor: [true, true],
    viewer: [true, false],
    agency: [true, true],
    'other agency': [true, true],
  },
  'own-agency': {
    owner: [true, true],
    'owner of all': [true, true],
    editor: [true, true],
    viewer: [true, false],
    agency: [true, true],
  },
  agency: { agency: [true, true] },
};

describe('isAllowed over every principal × policy', () => {
  for (const [policy, allowedFor] of Object.entries(expected) as [
    Policy,
    Record<string, [boolean, boolean]>,
  ][]) {
    for (const [name, principal] of Object.entries(principals)) {
      const [read, write] = allowedFor[name] ?? [false, false];
      it(`${policy} · ${name}: read ${read}, write ${write}`, () => {
        const scope = { assessmentId: 'a1', agencyCode: 'DINKES' };
        expect(isAllowed(principal, policy, { ...scope, write: false })).toBe(read);
        expect(isAllowed(principal, policy, { ...scope, write: true })).toBe(write);
      });
    }
  }

  it('routes without an assessment: any account of the role, no agency', () => {
    expect(isAllowed(account('owner', ['a2']), 'owner', { write: true })).toBe(true);
    expect(isAllowed(account('editor', '*'), 'owner', { write: true })).toBe(false);
    expect(isAllowed(account('viewer'), 'admin', { write: false })).toBe(true);
    expect(isAllowed(agency, 'admin', { write: false })).toBe(false);
    expect(isAllowed(agency, 'viewer', { write: false })).toBe(false);
  });
});

describe('visibleAssessments', () => {
  const all = [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }];
  it('keeps what the principal may see', () => {
    expect(visibleAssessments(account('viewer', ['a2', 'a3']), all).map((a) => a.id)).toEqual(['a2', 'a3']);
    expect(visibleAssessments(account('owner', '*'), all)).toHaveLength(3);
    expect(visibleAssessments(agency, all).map((a) => a.id)).toEqual(['a1']);
  });
});
