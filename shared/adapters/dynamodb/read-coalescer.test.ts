import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EmbeddedDynamo, startDynalite } from '../dynalite-server.js';
import { type Key, keys } from './keys.js';
import { ReadCoalescer } from './read-coalescer.js';

const TABLE = 'coalescer-test';
let dynamo: EmbeddedDynamo;
/** Every command the client sent, by name (recorded by a middleware on the real client). */
let sent: string[] = [];

beforeAll(async () => {
  dynamo = await startDynalite({ tableName: TABLE });
  dynamo.client.middlewareStack.add(
    (next, context) => (args) => {
      sent.push(context.commandName as string);
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  for (let i = 0; i < 150; i++) {
    const key = keys.token(`h${i}`);
    await dynamo.client.send(new PutItemCommand({ TableName: TABLE, Item: { ...key, n: { N: String(i) } } }));
  }
});

afterAll(async () => {
  await dynamo?.close();
});

beforeEach(() => {
  sent = [];
});

const numberOf = (item: Awaited<ReturnType<ReadCoalescer['get']>>) => (item ? Number(item.n?.N) : null);

describe('ReadCoalescer', () => {
  it('sends the reads of one event-loop turn as one BatchGetItem and answers each caller', async () => {
    const reads = new ReadCoalescer(dynamo.client, TABLE);
    const results = await Promise.all([
      reads.get(keys.token('h1')),
      reads.get(keys.token('h2')),
      reads.get(keys.token('h1')),
      reads.get(keys.token('h3')),
    ]);
    expect(results.map(numberOf)).toEqual([1, 2, 1, 3]);
    expect(sent).toEqual(['BatchGetItemCommand']);
  });

  it('sends a lone read as a GetItem, and reads of a later turn in their own call', async () => {
    const reads = new ReadCoalescer(dynamo.client, TABLE);
    expect(numberOf(await reads.get(keys.token('h7')))).toBe(7);
    expect(numberOf(await reads.get(keys.token('h8')))).toBe(8);
    expect(sent).toEqual(['GetItemCommand', 'GetItemCommand']);
  });

  it('answers null for missing items, alone and in a batch', async () => {
    const reads = new ReadCoalescer(dynamo.client, TABLE);
    expect(await reads.get(keys.token('missing'))).toBeNull();
    const [found, missing] = await Promise.all([
      reads.get(keys.token('h4')),
      reads.get(keys.token('also-missing')),
    ]);
    expect(numberOf(found)).toBe(4);
    expect(missing).toBeNull();
  });

  it('rejects every waiting caller when the batch fails', async () => {
    const reads = new ReadCoalescer(dynamo.client, 'no-such-table');
    const outcomes = await Promise.allSettled([
      reads.get(keys.token('h1')),
      reads.get(keys.token('h2')),
      reads.get(keys.token('h2')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    const reasons = outcomes.map((o) => (o as PromiseRejectedResult).reason as Error);
    expect(reasons.every((r) => r.name === 'ResourceNotFoundException')).toBe(true);
    // The next turn starts a fresh batch.
    const ok = new ReadCoalescer(dynamo.client, TABLE);
    expect(numberOf(await ok.get(keys.token('h5')))).toBe(5);
  });

  it('splits more than 100 keys into BatchGetItem calls of at most 100', async () => {
    const reads = new ReadCoalescer(dynamo.client, TABLE);
    const wanted: Key[] = Array.from({ length: 150 }, (_, i) => keys.token(`h${i}`));
    const results = await Promise.all(wanted.map((key) => reads.get(key)));
    expect(results.map(numberOf)).toEqual(Array.from({ length: 150 }, (_, i) => i));
    expect(sent).toEqual(['BatchGetItemCommand', 'BatchGetItemCommand']);
  });
});
