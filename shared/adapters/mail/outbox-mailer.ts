import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { Mailer, OutgoingMail } from '../../core/reminders/mailer-port.js';
import type { Clock } from '../../ports.js';
import { sendFailure } from './send-failure.js';

/**
 * When no SMTP server is configured: each mail is built as a complete RFC 822 message by
 * nodemailer's stream transport and written to `<dir>/<time>-<id>.eml`, which any mail program
 * opens. Nothing leaves the machine.
 */
export class OutboxMailer implements Mailer {
  readonly kind = 'outbox' as const;
  private readonly transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  constructor(
    readonly outboxDir: string,
    private readonly from: string,
    private readonly clock: Clock,
  ) {}

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    try {
      const info = await this.transport.sendMail({ from: this.from, ...mail });
      await mkdir(this.outboxDir, { recursive: true });
      const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-');
      const file = join(this.outboxDir, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
      await writeFile(file, info.message as Buffer, { flag: 'wx' });
      return { messageId: info.messageId };
    } catch (error) {
      throw sendFailure('the outbox folder', error);
    }
  }
}
