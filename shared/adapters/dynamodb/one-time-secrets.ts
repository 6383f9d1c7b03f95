/**
 * One-time secrets in the table, encrypted with a key only the browser's ticket gives: the item
 * (under the ticket's SHA-256) holds AES-256-GCM ciphertext, so neither the table nor the ticket
 * alone reveals the secret. `take` is one DeleteItem returning the old item: only the first view
 * gets it, a reload finds nothing.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { DeleteItemCommand, type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { OneTimeSecrets } from '../../core/agencies/one-time-secret-port.js';
import type { Clock } from '../../ports.js';
import type { Item } from './attribute-values.js';

const TICKET = /^[A-Za-z0-9_-]{43}$/;
const keyOf = (ticket: string) => ({
  PK: { S: `ONCE#${createHash('sha256').update(ticket).digest('hex')}` },
  SK: { S: 'ONCE' },
});
const aesKey = (ticket: string) => Buffer.from(hkdfSync('sha256', ticket, 'mgi-once', 'secret', 32));

export class DynamoOneTimeSecrets implements OneTimeSecrets {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly clock: Clock,
  ) {}

  async put(secret: string, meta: Record<string, string>, ttlMs: number): Promise<string> {
    const ticket = randomBytes(32).toString('base64url');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', aesKey(ticket), iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    const item: Item = {
      ...keyOf(ticket),
      entity: { S: 'one-time' },
      iv: { B: iv },
      sealed: { B: sealed },
      meta: { S: JSON.stringify(meta) },
      expiresAt: { S: new Date(this.clock.now().getTime() + ttlMs).toISOString() },
    };
    await this.client.send(new PutItemCommand({ TableName: this.table, Item: item }));
    return ticket;
  }

  async take(ticket: string): Promise<{ secret: string; meta: Record<string, string> } | null> {
    if (!TICKET.test(ticket)) return null;
    const out = await this.client.send(
      new DeleteItemCommand({ TableName: this.table, Key: keyOf(ticket), ReturnValues: 'ALL_OLD' }),
    );
    const item = out.Attributes as Item | undefined;
    if (!item?.sealed?.B || !item.iv?.B) return null;
    if (this.clock.now().toISOString() > (item.expiresAt?.S ?? '')) return null;
    const sealed = Buffer.from(item.sealed.B);
    const decipher = createDecipheriv('aes-256-gcm', aesKey(ticket), Buffer.from(item.iv.B));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const secret = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
    return {
      secret: secret.toString('utf8'),
      meta: JSON.parse(item.meta?.S ?? '{}') as Record<string, string>,
    };
  }
}
