import type { Lang } from '../types.js';
import { formatDeadlineWib } from './deadline-text.js';

/** What a reminder e-mail says, for one agency. */
export interface ReminderInput {
  lang: Lang;
  assessment: { id: string; name: string };
  agency: { code: string; name: string; contactName?: string | null };
  /** The web sign-in address (see `signInAddress`). */
  signInUrl: string;
  /** The assessment deadline, ISO 8601, or null when none is set. */
  deadline: string | null;
}

/** A composed e-mail: subject, plain text and a simple HTML alternative. */
export interface ReminderMail {
  subject: string;
  text: string;
  html: string;
}

const TEXT = {
  en: {
    subject: (a: string) => `Reminder: please submit your answers for ${a}`,
    greeting: (name: string | null) => (name ? `Dear ${name},` : 'Dear colleague,'),
    body: (agency: string, code: string, assessment: string) =>
      `The answers of ${agency} (${code}) for the assessment "${assessment}" have not been received yet.`,
    deadline: (d: string) => `The deadline is ${d}.`,
    noDeadline: 'No deadline has been set yet; please submit as soon as you can.',
    how: 'Sign in with your agency token at the address below, download your Excel template or fill the web form, and submit:',
    lost: 'If you no longer have your token, reply to this e-mail and the coordinator will issue a new one.',
    closing: 'Thank you,\nThe assessment coordinator',
  },
  id: {
    subject: (a: string) => `Pengingat: mohon kirim jawaban Anda untuk ${a}`,
    greeting: (name: string | null) => (name ? `Yth. ${name},` : 'Yth. Bapak/Ibu,'),
    body: (agency: string, code: string, assessment: string) =>
      `Jawaban ${agency} (${code}) untuk asesmen "${assessment}" belum kami terima.`,
    deadline: (d: string) => `Batas waktu pengiriman adalah ${d}.`,
    noDeadline: 'Batas waktu belum ditetapkan; mohon kirim jawaban secepatnya.',
    how: 'Masuk dengan token instansi Anda pada alamat di bawah ini, unduh templat Excel atau isi formulir web, lalu kirim:',
    lost: 'Jika token Anda hilang, balas e-mail ini dan koordinator akan menerbitkan token baru.',
    closing: 'Terima kasih,\nKoordinator asesmen',
  },
} as const;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Composes the reminder for one agency in its language (plain text and HTML say the same). */
export function composeReminder(input: ReminderInput): ReminderMail {
  const t = TEXT[input.lang];
  const deadlineText = input.deadline ? formatDeadlineWib(input.deadline, input.lang) : null;
  const paragraphs = [
    t.greeting(input.agency.contactName?.trim() || null),
    t.body(input.agency.name, input.agency.code, input.assessment.name),
    deadlineText ? t.deadline(deadlineText) : t.noDeadline,
    t.how,
  ];
  const text = [...paragraphs, input.signInUrl, t.lost, t.closing].join('\n\n');
  const p = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const url = escapeHtml(input.signInUrl);
  const html = [
    `<!doctype html><html lang="${input.lang}"><body>`,
    ...paragraphs.map(p),
    `<p><a href="${url}">${url}</a></p>`,
    p(t.lost),
    p(t.closing),
    '</body></html>',
  ].join('\n');
  return { subject: t.subject(input.assessment.name), text, html };
}
