/**
 * Batch reads and writes with DynamoDB's limits (25 writes, 100 reads per call) and retries of
 * unprocessed items with exponential backoff and jitter.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { Item } from './attribute-values.js';
import type { Key } from './keys.js';

const MAX_ATTEMPTS = 8;

/** Backoff before retry `attempt` (1-based): 20 ms doubling, capped at 1 s, with full jitter. */
export function backoffMs(attempt: number): number {
  return Math.random() * Math.min(1000, 20 * 2 ** attempt);
}

/** Splits a list into pieces of at most `size`. */
export function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Writes (puts or deletes) all requests, 25 per call, retrying UnprocessedItems. */
export async function batchWriteAll(
  client: DynamoDBClient,
  table: string,
  requests: WriteRequest[],
): Promise<void> {
  for (const piece of chunk(requests, 25)) {
    let pending: WriteRequest[] = piece;
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`BatchWriteItem left ${pending.length} items unprocessed`);
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
      pending = out.UnprocessedItems?.[table] ?? [];
      if (pending.length > 0) await sleep(backoffMs(attempt));
    }
  }
}

/** Reads the given keys (any number), 100 per call, retrying UnprocessedKeys; order not kept. */
export async function batchGetAll(client: DynamoDBClient, table: string, keyList: Key[]): Promise<Item[]> {
  const items: Item[] = [];
  for (const piece of chunk(keyList, 100)) {
    let pending: Record<string, unknown>[] = piece as unknown as Record<string, unknown>[];
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_ATTEMPTS) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed`);
      const out = await client.send(
        new BatchGetItemCommand({
          RequestItems: { [table]: { Keys: pending as Item[], ConsistentRead: true } },
        }),
      );
      items.push(...((out.Responses?.[table] as Item[] | undefined) ?? []));
      pending = (out.UnprocessedKeys?.[table]?.Keys as Record<string, unknown>[] | undefined) ?? [];
      if (pending.length > 0) await sleep(backoffMs(attempt));
    }
  }
  return items;
}

/** True for the SDK error of a failed ConditionExpression. */
export function isConditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
