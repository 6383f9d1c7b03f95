import { join } from 'node:path';
import type { Mailer } from '../../core/reminders/mailer-port.js';
import type { Clock } from '../../ports.js';
import { OutboxMailer } from './outbox-mailer.js';
import { SesMailer } from './ses-mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

/** The sender when MAIL_FROM is not configured. */
export const DEFAULT_MAIL_FROM = 'mgi-collect <mgi@localhost>';

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

/** The mailer of the deployed service: SES, unless an SMTP relay is configured instead. */
export function createAwsMailer(config: {
  SMTP_URL?: string;
  MAIL_FROM: string;
  SES_REGION?: string;
}): Mailer {
  if (config.SMTP_URL) return new SmtpMailer(config.SMTP_URL, config.MAIL_FROM);
  return new SesMailer(config.MAIL_FROM, { region: config.SES_REGION });
}
