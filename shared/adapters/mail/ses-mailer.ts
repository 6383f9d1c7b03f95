/**
 * The deployed service's mailer: Amazon SES v2 `SendEmail` with simple content (SES builds the MIME
 * message), so the Lambda bundle carries no mail library; the SES client ships with the Lambda
 * runtime and is loaded on the first send only.
 */
import type { SESv2Client, SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingMail } from '../../core/reminders/mailer-port.js';
import { sendFailure } from './send-failure.js';

/** The SES v2 request of one mail: UTF-8 subject, plain text and HTML. */
export function sesSendParams(from: string, mail: OutgoingMail): SendEmailCommandInput {
  const utf8 = (data: string) => ({ Data: data, Charset: 'UTF-8' });
  return {
    FromEmailAddress: from,
    Destination: { ToAddresses: [mail.to] },
    Content: {
      Simple: {
        Subject: utf8(mail.subject),
        Body: { Text: utf8(mail.text), Html: utf8(mail.html) },
      },
    },
  };
}

export class SesMailer implements Mailer {
  readonly kind = 'ses' as const;
  private client: Promise<{
    client: SESv2Client;
    send: (input: SendEmailCommandInput) => Promise<string>;
  }> | null = null;

  constructor(
    private readonly from: string,
    private readonly options: { region?: string } = {},
  ) {}

  private load() {
    this.client ??= import('@aws-sdk/client-sesv2').then(({ SESv2Client, SendEmailCommand }) => {
      const client = new SESv2Client(this.options.region ? { region: this.options.region } : {});
      return {
        client,
        send: async (input: SendEmailCommandInput) =>
          (await client.send(new SendEmailCommand(input))).MessageId ?? '',
      };
    });
    return this.client;
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    try {
      const { send } = await this.load();
      return { messageId: await send(sesSendParams(this.from, mail)) };
    } catch (error) {
      throw sendFailure('Amazon SES', error);
    }
  }
}

/** The mailer of the deployed service (SES as `MAIL_FROM`). */
export function createAwsMailer(config: { MAIL_FROM: string; SES_REGION?: string }): Mailer {
  return new SesMailer(config.MAIL_FROM, { region: config.SES_REGION });
}
