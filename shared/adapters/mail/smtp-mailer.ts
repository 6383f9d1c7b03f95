import { createTransport } from 'nodemailer';
import type { Mailer, OutgoingMail } from '../../core/reminders/mailer-port.js';
import { sendFailure } from './send-failure.js';

/** Seconds to wait for an SMTP server: a server that is down fails the send quickly, not after minutes. */
const TIMEOUT_MS = 15_000;

/** Sends through an SMTP server given as a URL (`smtp://user:pass@host:587`, `smtps://...`). */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp' as const;
  private readonly transport;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    const url = new URL(smtpUrl);
    this.transport = createTransport({
      host: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
      secure: url.protocol === 'smtps:',
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      // A local relay without TLS (MailHog, a test server) is allowed when the URL says so.
      ignoreTLS: url.searchParams.get('ignoreTLS') === 'true',
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    });
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    try {
      const info = await this.transport.sendMail({ from: this.from, ...mail });
      return { messageId: info.messageId };
    } catch (error) {
      throw sendFailure('SMTP', error);
    }
  }

  /** Closes pooled connections (none are pooled today; kept for the composition roots' shutdown). */
  close(): void {
    this.transport.close();
  }
}
