import { join } from 'node:path';
import type { Mailer } from '../../core/reminders/mailer-port.js';
import type { Clock } from '../../ports.js';
import { OutboxMailer } from './outbox-mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

/** The mailer of one machine: SMTP when `SMTP_URL` is set, else .eml files in DATA_DIR/outbox. */
export function createLocalMailer(config: {
  SMTP_URL?: string;
  MAIL_FROM: string;
  DATA_DIR: string;
  clock: Clock;
}): Mailer {
  if (config.SMTP_URL) return new SmtpMailer(config.SMTP_URL, config.MAIL_FROM);
  return new OutboxMailer(join(config.DATA_DIR, 'outbox'), config.MAIL_FROM, config.clock);
}
