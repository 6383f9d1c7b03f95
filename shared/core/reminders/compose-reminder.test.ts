import { describe, expect, it } from 'vitest';
import { chooseReminderTargets, type ReminderCandidate } from './choose-targets.js';
import { composeReminder } from './compose-reminder.js';
import { signInAddress } from './sign-in-address.js';

const base = {
  assessment: { id: 'jateng-2026', name: 'Local MGI Jawa Tengah 2026' },
  agency: { code: 'DINKES', name: 'Dinas Kesehatan <Provinsi>', contactName: 'Ibu Sari' },
  signInUrl: signInAddress('https://mgi.example.org/', 'id'),
  deadline: '2026-12-11T17:00:00+07:00',
};

describe('composeReminder', () => {
  it('writes the Indonesian reminder with contact, agency, sign-in address and WIB deadline', () => {
    const mail = composeReminder({ ...base, lang: 'id' });
    expect(mail.subject).toBe('Pengingat: mohon kirim jawaban Anda untuk Local MGI Jawa Tengah 2026');
    expect(mail.text).toContain('Yth. Ibu Sari,');
    expect(mail.text).toContain('Jawaban Dinas Kesehatan <Provinsi> (DINKES)');
    expect(mail.text).toContain('Jumat, 11 Desember 2026, pukul 17.00 WIB');
    expect(mail.text).toContain('https://mgi.example.org/signin?lang=id');
    expect(mail.html).toContain('<a href="https://mgi.example.org/signin?lang=id">');
    expect(mail.html).toContain('Dinas Kesehatan &#60;Provinsi&#62;');
    expect(mail.html).not.toContain('<Provinsi>');
  });

  it('writes English, and says when no deadline is set', () => {
    const mail = composeReminder({
      ...base,
      lang: 'en',
      deadline: null,
      agency: { ...base.agency, contactName: null },
    });
    expect(mail.subject).toBe('Reminder: please submit your answers for Local MGI Jawa Tengah 2026');
    expect(mail.text).toContain('Dear colleague,');
    expect(mail.text).toContain('No deadline has been set yet');
    expect(mail.html).toContain('<html lang="en">');
  });
});

describe('chooseReminderTargets', () => {
  const agency = (code: string, extra: Partial<ReminderCandidate> = {}): ReminderCandidate => ({
    code,
    name: code,
    contactName: null,
    email: `${code.toLowerCase()}@example.org`,
    lang: 'id',
    disabled: false,
    submitted: false,
    ...extra,
  });
  const agencies = [
    agency('A'),
    agency('B', { submitted: true }),
    agency('C', { disabled: true }),
    agency('D'),
  ];

  it('picks every enabled agency without a current submission by default', () => {
    expect(chooseReminderTargets(agencies).targets.map((a) => a.code)).toEqual(['A', 'D']);
  });

  it('takes requested codes in any case, once each, and refuses unknown and disabled ones by index', () => {
    const { targets, refused } = chooseReminderTargets(agencies, ['b', 'B', 'zz', 'c']);
    expect(targets.map((a) => a.code)).toEqual(['B']);
    expect(refused).toEqual([
      { index: 2, code: 'zz', reason: 'unknown' },
      { index: 3, code: 'C', reason: 'disabled' },
    ]);
  });
});
