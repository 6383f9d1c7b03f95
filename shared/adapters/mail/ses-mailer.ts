import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingMail } from '../../core/reminders/mailer-port.js';
import { sendFailure } from './send-failure.js';

type SesTransport = ReturnType<typeof import('nodemailer').createTransport>;

/**
 * Sends through Amazon SES (v2 `SendEmail` with the raw message nodemailer builds). The SES client
 * is loaded on the first send only, so the Lambda's cold start does not pay for it.
 */
export class SesMailer implements Mailer {
  readonly kind = 'ses' as const;
  private transport: Promise<SesTransport> | null = null;

  constructor(
    private readonly from: string,
    private readonly options: { region?: string; client?: SESv2Client } = {},
  ) {}

  private load(): Promise<SesTransport> {
    this.transport ??= (async () => {
      const [{ SESv2Client, SendEmailCommand }, { createTransport }] = await Promise.all([
        import('@aws-sdk/client-sesv2'),
        import('nodemailer'),
      ]);
      const sesClient = this.options.client ?? new SESv2Client({ region: this.options.region });
      return createTransport({ SES: { sesClient, SendEmailCommand } });
    })();
    return this.transport;
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    try {
      const transport = await this.load();
      const info = await transport.sendMail({ from: this.from, ...mail });
      return { messageId: info.messageId };
    } catch (error) {
      throw sendFailure('Amazon SES', error);
    }
  }
}
