/**
 * The app over real HTTP for integration tests: a fresh table on the given backend, a temporary
 * archive folder, `createApp` served by @hono/node-server on 127.0.0.1:0, and a known admin token.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { ensureAdminToken } from '../../functions/app/auth/tokens.js';
import type { AppDeps } from '../../functions/app/deps.js';
import { buildLocalDeps } from '../../functions/composition/local.js';
import { createApp } from '../../functions/create-app.js';
import { serveOnLoopback } from '../../functions/local/loopback-server.js';
import type { Item } from '../../shared/adapters/dynamodb/attribute-values.js';
import type { DynamoStore } from '../../shared/adapters/dynamodb/dynamo-store.js';
import { ensureTable } from '../../shared/adapters/dynamodb/table.js';
import type { Clock } from '../../shared/ports.js';
import type { DynamoBackend } from './dynamo-backends.js';

export interface TestService {
  url: string;
  adminToken: string;
  store: DynamoStore;
  archiveDir: string;
  table: string;
  deps: AppDeps;
  /** fetch against the service with an optional bearer token. */
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  /** Every item of the table, sorted by key (to compare before/after). */
  scanAll(): Promise<Item[]>;
  /** Every file under the archive folder. */
  archiveFiles(): Promise<string[]>;
  close(): Promise<void>;
}

export interface CallOptions {
  token?: string;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
}

/** Starts the service on a fresh table of `backend`. */
export async function startTestService(
  backend: DynamoBackend,
  options: { clock?: Clock } = {},
): Promise<TestService> {
  const table = `mgi-test-${randomBytes(4).toString('hex')}`;
  await ensureTable(backend.client, table);
  // A data folder of its own, as DATA_DIR: the archive, and the mail outbox beside it.
  const dataDir = await mkdtemp(join(tmpdir(), 'mgi-test-data-'));
  const archiveDir = join(dataDir, 'archive');
  await mkdir(archiveDir);
  // The local composition root, without the aggregation: tests that need it wire it in
  // (assessment-setup.ts), and the contract checks the routes answer 501 without one.
  const { aggregation: _, ...deps }: AppDeps = buildLocalDeps(
    { LOG_LEVEL: 'silent' },
    {
      client: backend.client,
      tableName: table,
      archiveDir,
      ...(options.clock ? { clock: options.clock } : {}),
    },
  );
  const store = deps.store as DynamoStore;
  const adminToken = `mgi_adm_test_${randomBytes(16).toString('hex')}`;
  await ensureAdminToken(store, deps.accounts, adminToken);
  const server = await serveOnLoopback(createApp(deps).fetch);
  const url = `http://127.0.0.1:${server.port}`;

  const call = (method: string, path: string, options: CallOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    return fetch(`${url}${path}`, { method, headers, body });
  };

  const scanAll = async () => {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const out = await backend.client.send(
        new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: startKey }),
      );
      items.push(...((out.Items as Item[] | undefined) ?? []));
      startKey = out.LastEvaluatedKey as Item | undefined;
    } while (startKey);
    const keyOf = (item: Item) => `${item.PK?.S}\u0000${item.SK?.S}`;
    return items.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  };

  const archiveFiles = async () => (await readdir(archiveDir, { recursive: true })).map(String).sort();

  return {
    url,
    adminToken,
    store,
    archiveDir,
    table,
    deps,
    call,
    scanAll,
    archiveFiles,
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
