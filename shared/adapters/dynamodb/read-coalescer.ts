/**
 * Coalesces single-item reads: every `get` issued before the event loop's next check phase goes
 * out as ONE BatchGetItem (consistent reads, like the GetItem it replaces), so a request's parallel
 * lookups (its token, assessment, agency) cost one round trip instead of one each — on Lambda, one
 * request per instance, that is all it ever batches. A lone read is a plain GetItem. Reads are
 * never served from memory: a rotated token fails at once.
 */
import { type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { Item } from './attribute-values.js';
import { batchGetAll } from './batch.js';
import type { Key } from './keys.js';
import { getItemParams } from './params.js';

interface Waiter {
  resolve(item: Item | null): void;
  reject(error: unknown): void;
}

/** The identity of a key inside one batch (PK and SK are always strings in this table). */
export const keyId = (key: { PK: { S?: string }; SK: { S?: string } }) => `${key.PK.S}\u0000${key.SK.S}`;

/** Batches the `get`s of one event-loop turn; see the module comment. */
export class ReadCoalescer {
  private pending = new Map<string, { key: Key; waiters: Waiter[] }>();

  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
  ) {}

  /** The item under `key`, or null. */
  get(key: Key): Promise<Item | null> {
    return new Promise((resolve, reject) => {
      const id = keyId(key);
      const entry = this.pending.get(id);
      if (entry) entry.waiters.push({ resolve, reject });
      else this.pending.set(id, { key, waiters: [{ resolve, reject }] });
      if (this.pending.size === 1 && !entry) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    const entries = [...batch.values()];
    try {
      if (entries.length === 1) {
        const out = await this.client.send(new GetItemCommand(getItemParams(this.table, entries[0]!.key)));
        for (const w of entries[0]!.waiters) w.resolve((out.Item as Item | undefined) ?? null);
        return;
      }
      const items = await batchGetAll(
        this.client,
        this.table,
        entries.map((e) => e.key),
      );
      const found = new Map(items.map((item) => [keyId(item as Key), item]));
      for (const [id, entry] of batch) {
        for (const w of entry.waiters) w.resolve(found.get(id) ?? null);
      }
    } catch (error) {
      for (const entry of entries) for (const w of entry.waiters) w.reject(error);
    }
  }
}
