import { GetItemCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EmbeddedDynamo, startDynalite } from '../dynalite-server.js';
import { keys } from './keys.js';
import { WriteCoalescer } from './write-coalescer.js';

const TABLE = 'write-coalescer-test';
let dynamo: EmbeddedDynamo;
/** Every command the client sent, with its number of write requests. */
let sent: { name: string; requests: number }[] = [];

beforeAll(async () => {
  dynamo = await startDynalite({ tableName: TABLE });
  dynamo.client.middlewareStack.add(
    (next, context) => (args) => {
      const input = args.input as { RequestItems?: Record<string, unknown[]> };
      sent.push({
        name: context.commandName as string,
        requests: input.RequestItems?.[TABLE]?.length ?? 0,
      });
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
});

afterAll(async () => {
  await dynamo?.close();
});

beforeEach(() => {
  sent = [];
});

const put = (name: string, n = 1): WriteRequest => ({
  PutRequest: { Item: { ...keys.token(name), n: { N: String(n) } } },
});
const del = (name: string): WriteRequest => ({ DeleteRequest: { Key: keys.token(name) } });
const read = async (name: string) => {
  const out = await dynamo.client.send(
    new GetItemCommand({ TableName: TABLE, Key: keys.token(name), ConsistentRead: true }),
  );
  return out.Item ? Number(out.Item.n?.N) : null;
};

describe('WriteCoalescer', () => {
  it('sends the writes of one event-loop turn in shared calls of at most 25', async () => {
    const writes = new WriteCoalescer(dynamo.client, TABLE);
    // 30 callers with 2 requests each: 60 requests → 25 + 25 + 10.
    await Promise.all(Array.from({ length: 30 }, (_, i) => writes.write([put(`a${i}-1`), put(`a${i}-2`)])));
    expect(sent.map((s) => s.requests)).toEqual([25, 25, 10]);
    expect(new Set(sent.map((s) => s.name))).toEqual(new Set(['BatchWriteItemCommand']));
    expect(await read('a0-1')).toBe(1);
    expect(await read('a29-2')).toBe(1);
  });

  it('holds writes issued while a call is in flight, then sends them together, in order', async () => {
    const writes = new WriteCoalescer(dynamo.client, TABLE);
    const first = writes.write([put('f1', 1)]);
    const later: Promise<void>[] = [];
    for (let i = 2; i <= 6; i++) {
      await new Promise((r) => setImmediate(r));
      later.push(writes.write([put(`f${i}`, i)]));
    }
    // The same key again, after the first write was sent: it must land last.
    later.push(writes.write([put('f1', 7)]));
    await Promise.all([first, ...later]);
    expect(sent.length).toBeLessThan(1 + later.length);
    expect(await read('f1')).toBe(7);
    expect(await read('f6')).toBe(6);
  });

  it('never puts two requests on one key in a call, and keeps them in order', async () => {
    const writes = new WriteCoalescer(dynamo.client, TABLE);
    await Promise.all([
      writes.write([put('k1', 1)]),
      writes.write([put('k1', 2)]),
      writes.write([put('k2')]),
    ]);
    expect(sent.map((s) => s.requests)).toEqual([1, 2]);
    expect(await read('k1')).toBe(2);
    await Promise.all([writes.write([put('k3')]), writes.write([del('k3')])]);
    expect(await read('k3')).toBeNull();
  });

  it('rejects the callers of a failed call only, and answers an empty write at once', async () => {
    const writes = new WriteCoalescer(dynamo.client, TABLE);
    // An item without its sort key fails its whole call (a ValidationException).
    const broken: WriteRequest = { PutRequest: { Item: { PK: { S: 'TOKEN#broken' } } } };
    const good = Array.from({ length: 25 }, (_, i) => writes.write([put(`g${i}`)]));
    const bad = writes.write([broken]);
    const results = await Promise.allSettled([...good, bad, writes.write([])]);
    expect(results.slice(0, 25).every((r) => r.status === 'fulfilled')).toBe(true);
    expect(results[25]).toMatchObject({ status: 'rejected' });
    expect(results[26]).toMatchObject({ status: 'fulfilled' });
    expect(await read('g24')).toBe(1);
  });
});
