import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from '../../../test/support/smtp-sink.js';
import { isAppError } from '../../core/app-error.js';
import { composeReminder } from '../../core/reminders/compose-reminder.js';
import { signInAddress } from '../../core/reminders/sign-in-address.js';
import { createLocalMailer } from './create-mailer.js';
import { OutboxMailer } from './outbox-mailer.js';
import { sesSendParams } from './ses-mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

const FROM = 'MGI coordinator <mgi@example.org>';
const clock = { now: () => new Date('2026-12-01T03:00:00Z') };

const reminder = composeReminder({
  lang: 'id',
  assessment: { id: 'jateng-2026', name: 'Local MGI Jawa Tengah 2026' },
  agency: { code: 'DINKES', name: 'Dinas Kesehatan Provinsi Jawa Tengah', contactName: 'Ibu Sari' },
  signInUrl: signInAddress('http://localhost:3000', 'id'),
  deadline: '2026-12-11T10:00:00Z',
});

describe('SmtpMailer against a real SMTP server', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.close());

  it('delivers subject, recipient, language, sign-in link and WIB deadline', async () => {
    const mailer = new SmtpMailer(sink.url, FROM);
    const { messageId } = await mailer.send({ to: 'sari@dinkes.example.go.id', ...reminder });
    const mail = sink.messages.at(-1)!;
    expect(mail.messageId).toBe(messageId);
    expect(sink.recipients.at(-1)).toEqual(['sari@dinkes.example.go.id']);
    expect(mail.from?.value).toEqual([{ address: 'mgi@example.org', name: 'MGI coordinator' }]);
    expect(mail.subject).toBe('Pengingat: mohon kirim jawaban Anda untuk Local MGI Jawa Tengah 2026');
    expect(mail.text).toContain('http://localhost:3000/signin?lang=id');
    expect(mail.text).toContain('Jumat, 11 Desember 2026, pukul 17.00 WIB');
    expect(mail.html).toContain('<a href="http://localhost:3000/signin?lang=id">');
  });

  it('fails clearly with mail.send_failed when the server is down', async () => {
    const down = await startSmtpSink();
    await down.close();
    const mailer = new SmtpMailer(down.url, FROM);
    const error = await mailer.send({ to: 'x@example.org', ...reminder }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.code).toBe('mail.send_failed');
    expect(isAppError(error) && error.status).toBe(502);
    expect((error as Error).message).toMatch(/SMTP: .*ECONNREFUSED/);
  });
});

describe('OutboxMailer', () => {
  it('writes an RFC 822 .eml file that a mail parser reads back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mgi-outbox-'));
    try {
      const mailer = createLocalMailer({ MAIL_FROM: FROM, DATA_DIR: dir, clock });
      expect(mailer).toBeInstanceOf(OutboxMailer);
      expect(mailer.outboxDir).toBe(join(dir, 'outbox'));
      await mailer.send({ to: 'sari@dinkes.example.go.id', ...reminder });
      const files = await readdir(join(dir, 'outbox'));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^2026-12-01T03-00-00-000Z-[0-9a-f]{8}\.eml$/);
      const mail = await simpleParser(await readFile(join(dir, 'outbox', files[0]!)));
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('sari@dinkes.example.go.id');
      expect(mail.subject).toBe(reminder.subject);
      expect(mail.text).toContain('pukul 17.00 WIB');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('chooses SMTP when SMTP_URL is set', () => {
    const mailer = createLocalMailer({
      SMTP_URL: 'smtp://127.0.0.1:2525',
      MAIL_FROM: FROM,
      DATA_DIR: '.',
      clock,
    });
    expect(mailer.kind).toBe('smtp');
  });
});

describe('SES request', () => {
  it('sends UTF-8 subject, text and HTML as simple content from MAIL_FROM to the one contact', () => {
    expect(sesSendParams(FROM, { to: 'sari@dinkes.example.go.id', ...reminder })).toEqual({
      FromEmailAddress: FROM,
      Destination: { ToAddresses: ['sari@dinkes.example.go.id'] },
      Content: {
        Simple: {
          Subject: { Data: reminder.subject, Charset: 'UTF-8' },
          Body: {
            Text: { Data: reminder.text, Charset: 'UTF-8' },
            Html: { Data: reminder.html, Charset: 'UTF-8' },
          },
        },
      },
    });
  });
});
