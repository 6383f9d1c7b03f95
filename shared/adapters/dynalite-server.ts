/**
 * dynalite (a DynamoDB-compatible server in pure JS, LevelDB on disk or in memory) started in this
 * process on a loopback port: the embedded store of `npm start` and of the integration tests.
 */
import { mkdirSync } from 'node:fs';
import { Agent } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
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

/** Sockets from the SDK client to the local server. */
const LOCAL_SOCKETS = 8;

/** An SDK client for a local DynamoDB-compatible endpoint (credentials are not checked). */
export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
    // A few kept-alive sockets instead of the SDK's 50: the local server handles one request at a time.
    requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: LOCAL_SOCKETS }) },
  });
}

/**
 * Starts dynalite on 127.0.0.1 (`port` 0 picks a free one), on disk under `path` or in memory,
 * and creates `tableName` when given and missing. With `thread`, dynalite runs in a worker thread
 * of this process, so the store's CPU work (JSON, LevelDB) uses another core than the app's.
 */
export async function startDynalite(
  options: { path?: string; port?: number; tableName?: string; thread?: boolean } = {},
): Promise<EmbeddedDynamo> {
  if (options.path) mkdirSync(options.path, { recursive: true });
  const started = options.thread ? await listenInWorker(options) : await listenHere(options);
  const endpoint = `http://127.0.0.1:${started.port}`;
  const client = localDynamoClient(endpoint);
  if (options.tableName) await ensureTable(client, options.tableName);
  return {
    endpoint,
    port: started.port,
    client,
    close: async () => {
      client.destroy();
      await started.close();
    },
  };
}

const DYNALITE_OPTIONS = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };

async function listenHere(options: { path?: string; port?: number }) {
  const server = dynalite({ path: options.path, ...DYNALITE_OPTIONS });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

// Plain CommonJS evaluated in the worker: no TypeScript loader needed there.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const dynalite = require(workerData.modulePath);
const server = dynalite(workerData.options);
server.on('error', (err) => parentPort.postMessage({ error: String(err) }));
server.listen(workerData.port, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  if (server.closeAllConnections) server.closeAllConnections();
  server.close(() => parentPort.postMessage({ closed: true }));
});
`;

async function listenInWorker(options: { path?: string; port?: number }) {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      modulePath: createRequire(import.meta.url).resolve('dynalite'),
      options: { path: options.path, ...DYNALITE_OPTIONS },
      port: options.port ?? 0,
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { port?: number; error?: string }) =>
      message.port ? resolve(message.port) : reject(new Error(`dynalite worker: ${message.error}`)),
    );
  });
  return {
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.postMessage('close');
      });
      await worker.terminate();
    },
  };
}
