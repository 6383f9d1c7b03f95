/**
 * The app as the API Lambda builds it (parses on the request's thread, no pool), but on the given
 * store client and a local archive folder, with a known admin token.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Hono } from 'hono';
import type { AppEnv } from '../../functions/app/app-env.js';
import { ensureAdminToken } from '../../functions/app/auth/tokens.js';
import { createApp } from '../../functions/app/create-app.js';
import type { AppDeps } from '../../functions/app/deps.js';
import { FolderArchive } from '../../shared/adapters/archive/folder-archive.js';
import { DynamoStore } from '../../shared/adapters/dynamodb/dynamo-store.js';
import { DynamoSnapshotStore } from '../../shared/adapters/dynamodb/snapshot-store.js';
import { systemClock } from '../../shared/ports.js';

/** Builds the Lambda-shaped app over `client`/`table` and `archiveDir`. */
export async function buildBenchApp(input: {
  client: DynamoDBClient;
  table: string;
  archiveDir: string;
  admin: string;
}): Promise<Hono<AppEnv>> {
  const store = new DynamoStore({ client: input.client, tableName: input.table });
  const archive = new FolderArchive(input.archiveDir);
  const deps: AppDeps = {
    store,
    tokens: store,
    archive,
    snapshots: new DynamoSnapshotStore(input.client, input.table, archive),
    clock: systemClock,
  };
  await ensureAdminToken(store, input.admin);
  return createApp(deps);
}
