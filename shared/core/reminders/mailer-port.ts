/** One e-mail to send. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends e-mail: SMTP on one machine, an outbox folder when no server is configured, SES on AWS. */
export interface Mailer {
  /** Where mail goes, for the pages to say: `outbox` names the folder the .eml files are written to. */
  readonly kind: 'smtp' | 'outbox' | 'ses';
  readonly outboxDir?: string;
  /** Sends one mail; throws AppError `mail.send_failed` (with the cause) when it cannot. */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** The sender when MAIL_FROM is not configured. */
export const DEFAULT_MAIL_FROM = 'mgi-collect <mgi@localhost>';
