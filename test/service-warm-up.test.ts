import { GetItemCommand, ListTablesCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ParsePool, startParsePool } from '../functions/local/parse-pool.js';
import { warmUpUploadPath } from '../functions/local/warm-up.js';
import { type EmbeddedDynamo, localDynamoClient, startDynalite } from '../shared/adapters/dynalite-server.js';

const TABLE = 'service-table';
const KEY = { PK: { S: 'ASSESSMENTS' }, SK: { S: 'ASMT#kept' } };
let dynamo: EmbeddedDynamo;
let pool: ParsePool;

beforeAll(async () => {
  dynamo = await startDynalite({ tableName: TABLE });
  pool = startParsePool(1);
  await dynamo.client.send(new PutItemCommand({ TableName: TABLE, Item: { ...KEY, name: { S: 'kept' } } }));
});

afterAll(async () => {
  await Promise.all([dynamo?.close(), pool?.close()]);
});

describe('upload warm-up after start', () => {
  it('runs rounds of uploads over HTTP on scratch tables, then leaves only the service table as it was', async () => {
    // A client of its own, recording from its first call (a client resolves each command's
    // middleware stack once, so a middleware added after a command was sent would miss it).
    const client = localDynamoClient(dynamo.endpoint);
    const calls: string[] = [];
    client.middlewareStack.add(
      (next, context) => (args) => {
        calls.push(context.commandName as string);
        return next(args);
      },
      { step: 'initialize', name: 'recordWarmUpCalls' },
    );
    const parses: number[] = [];
    await warmUpUploadPath({
      client,
      parseWorkbook: (bytes, options) => {
        parses.push(bytes.byteLength);
        return pool.parse(bytes, options);
      },
      agencies: 2,
      rounds: 2,
      parses: 6,
      commits: 16,
    });
    client.destroy();
    // The warm-up really parsed in the pool and went through the commit path (the staged batch,
    // then one conditional commit write per upload) in every round ...
    // 2 rounds × 2 agencies × 2 versions, then the 6 parses asked for.
    expect(parses).toHaveLength(8 + 6);
    expect(calls.filter((c) => c === 'CreateTableCommand')).toHaveLength(2);
    expect(calls.filter((c) => c === 'BatchWriteItemCommand').length).toBeGreaterThanOrEqual(2);
    // (the agencies' upserts and token updates are UpdateItems too: 4 per round, plus 4 commit writes)
    expect(calls.filter((c) => c === 'UpdateItemCommand').length).toBeGreaterThanOrEqual(16);
    // ... and removed its scratch tables; the service's table and data are untouched.
    const tables = await dynamo.client.send(new ListTablesCommand({}));
    expect(tables.TableNames).toEqual([TABLE]);
    const kept = await dynamo.client.send(new GetItemCommand({ TableName: TABLE, Key: KEY }));
    expect(kept.Item?.name?.S).toBe('kept');
  });

  it('stops at once when the service shuts down, still removing its scratch data', async () => {
    const controller = new AbortController();
    controller.abort();
    const started = performance.now();
    await warmUpUploadPath({ client: dynamo.client, parseWorkbook: pool.parse, signal: controller.signal });
    expect(performance.now() - started).toBeLessThan(1000);
    const tables = await dynamo.client.send(new ListTablesCommand({}));
    expect(tables.TableNames).toEqual([TABLE]);
  });
});
