import { GetItemCommand, ListTablesCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ParsePool, startParsePool } from '../functions/local/parse-pool.js';
import { warmUpUploadPath } from '../functions/local/warm-up.js';
import { type EmbeddedDynamo, startDynalite } from '../shared/adapters/dynalite-server.js';

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
  it('runs uploads, parses and commits on a scratch table, then leaves only the service table as it was', async () => {
    const calls: string[] = [];
    dynamo.client.middlewareStack.add(
      (next, context) => (args) => {
        calls.push(context.commandName as string);
        return next(args);
      },
      { step: 'initialize', name: 'recordWarmUpCalls' },
    );
    await warmUpUploadPath({
      client: dynamo.client,
      parseWorkbook: pool.parse,
      uploads: 1,
      parses: 2,
      commits: 8,
    });
    // The warm-up really went through the commit path (staged write, pointer, marks) ...
    expect(calls.filter((c) => c === 'UpdateItemCommand').length).toBeGreaterThanOrEqual(8);
    expect(calls).toContain('BatchWriteItemCommand');
    // ... and removed its scratch table; the service's table and data are untouched.
    const tables = await dynamo.client.send(new ListTablesCommand({}));
    expect(tables.TableNames).toEqual([TABLE]);
    const kept = await dynamo.client.send(new GetItemCommand({ TableName: TABLE, Key: KEY }));
    expect(kept.Item?.name?.S).toBe('kept');
  });
});
