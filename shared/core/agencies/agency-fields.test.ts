import { describe, expect, it } from 'vitest';
import { checkContacts, isEmailAddress, isPhoneNumber, normalizeAgencyCode } from './agency-fields.js';

describe('agency fields', () => {
  it('normalises codes to upper case', () => {
    expect(normalizeAgencyCode(' dinkes ')).toBe('DINKES');
    expect(normalizeAgencyCode('Bp3mi-Jateng')).toBe('BP3MI-JATENG');
  });

  it('accepts plausible e-mail addresses only', () => {
    expect(isEmailAddress('sari@dinkes.jatengprov.go.id')).toBe(true);
    expect(isEmailAddress('a.b+c@x.id')).toBe(true);
    for (const bad of [
      'sari',
      'sari@',
      '@x.id',
      'sari@x',
      'a b@x.id',
      'a@x..id',
      'Sari <s@x.id>',
      'a@b.id, c@d.id',
    ])
      expect(isEmailAddress(bad), bad).toBe(false);
  });

  it('accepts phones of 6 to 20 digits with spaces, +, - and parentheses', () => {
    expect(isPhoneNumber('+62 24 3511 234')).toBe(true);
    expect(isPhoneNumber('(024) 351-1234')).toBe(true);
    expect(isPhoneNumber('12345')).toBe(false);
    expect(isPhoneNumber('1'.repeat(21))).toBe(false);
    expect(isPhoneNumber('0812 abc 456')).toBe(false);
    expect(isPhoneNumber('0812/3456789')).toBe(false);
  });

  it('checks contacts: absent stays absent, empty clears, bad values name their field', () => {
    expect(checkContacts({ email: ' S@X.ID ' })).toEqual({ values: { email: 'S@X.ID' }, problems: [] });
    expect(checkContacts({ contactName: '', phone: null }).values).toEqual({
      contactName: null,
      phone: null,
    });
    const { problems } = checkContacts({ contactName: 'x'.repeat(201), email: 'nope', phone: '12' });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['contactName', 'agency.contact_too_long'],
      ['email', 'agency.email_invalid'],
      ['phone', 'agency.phone_invalid'],
    ]);
  });
});
