/**
 * dynalite (a DynamoDB-compatible server in pure JS, LevelDB on disk or in memory) started in this
 * process on a loopback port: the embedded store of `npm start` and of the integration tests.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { ensureTable } from './dynamodb/table.js';

export interface EmbeddedDynamo {
  endpoint: string;
  port: number;
  /** A client for this server (fixed local credentials and region). */
  client: DynamoDBClient;
  close(): Promise<void>;
}

/** An SDK client for a local DynamoDB-compatible endpoint (credentials are not checked). */
export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
  });
}

/**
 * Starts dynalite on 127.0.0.1 (`port` 0 picks a free one), on disk under `path` or in memory,
 * and creates `tableName` when given and missing.
 */
export async function startDynalite(
  options: { path?: string; port?: number; tableName?: string } = {},
): Promise<EmbeddedDynamo> {
  if (options.path) mkdirSync(options.path, { recursive: true });
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoClient(endpoint);
  if (options.tableName) await ensureTable(client, options.tableName);
  return {
    endpoint,
    port,
    client,
    close: async () => {
      client.destroy();
      server.closeAllConnections?.();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
