/**
 * The rules of an agency's fields, shared by the API, the web form, the roster and the CLI: the code
 * (matched case-insensitively, stored upper-case) and the contact fields.
 */

/** Agency codes go into keys and URLs: letters, digits, dot, dash, underscore; any case on input. */
export const AGENCY_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** `dinkes` is `DINKES`: every door stores and compares agency codes in upper case. */
export function normalizeAgencyCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** Longest contact name, e-mail and phone kept. */
export const MAX_CONTACT_NAME = 200;
export const MAX_EMAIL = 254;

// One address, no display name: local@domain.tld, no spaces; what people type in a roster cell.
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[A-Za-z]{2,}$/;
const PHONE_CHARS = /^[0-9 +()-]+$/;

/** True for a plausible single e-mail address (name@example.go.id). */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL && EMAIL.test(value) && !value.includes('..');
}

/** True for a phone number written with digits, spaces, +, - or parentheses, 6–20 digits. */
export function isPhoneNumber(value: string): boolean {
  if (!PHONE_CHARS.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 20;
}

/** An agency's contact person. Absent on agencies registered before contacts existed. */
export interface AgencyContacts {
  contactName: string | null;
  email: string | null;
  phone: string | null;
}

/** An agency's contacts with each absent one as null (agencies stored before contacts existed). */
export function contactsOf(a: Partial<AgencyContacts>): AgencyContacts {
  return { contactName: a.contactName ?? null, email: a.email ?? null, phone: a.phone ?? null };
}

export type ContactField = keyof AgencyContacts;

/** A contact field that failed its rule: which one, the catalogue code, and its params. */
export interface ContactProblem {
  field: ContactField;
  code: 'agency.email_invalid' | 'agency.phone_invalid' | 'agency.contact_too_long';
  params: Record<string, string | number>;
}

/**
 * Checks contact fields as typed (trimmed; empty = none). `undefined` stays undefined (the field
 * was not sent: unchanged on an edit), `null`/'' becomes null (cleared).
 */
export function checkContacts(input: {
  contactName?: string | null;
  email?: string | null;
  phone?: string | null;
}): { values: Partial<AgencyContacts>; problems: ContactProblem[] } {
  const values: Partial<AgencyContacts> = {};
  const problems: ContactProblem[] = [];
  const clean = (v: string | null | undefined) =>
    v === undefined ? undefined : v === null ? null : v.replace(/\u00a0/g, ' ').trim() || null;
  const contactName = clean(input.contactName);
  const email = clean(input.email);
  const phone = clean(input.phone);
  if (contactName !== undefined) {
    if (contactName && contactName.length > MAX_CONTACT_NAME)
      problems.push({
        field: 'contactName',
        code: 'agency.contact_too_long',
        params: { max: MAX_CONTACT_NAME },
      });
    values.contactName = contactName;
  }
  if (email !== undefined) {
    if (email && !isEmailAddress(email))
      problems.push({ field: 'email', code: 'agency.email_invalid', params: { value: email.slice(0, 80) } });
    values.email = email;
  }
  if (phone !== undefined) {
    if (phone && !isPhoneNumber(phone))
      problems.push({ field: 'phone', code: 'agency.phone_invalid', params: { value: phone.slice(0, 40) } });
    values.phone = phone;
  }
  return { values, problems };
}
