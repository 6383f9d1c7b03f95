/**
 * The app as the API Lambda runs it (parses on the request's thread, no pool), from the local
 * composition root on the given store client and archive folder, with a known admin token.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Hono } from 'hono';
import type { AppEnv } from '../../functions/app/app-env.js';
import { ensureAdminToken } from '../../functions/app/auth/tokens.js';
import { buildLocalDeps } from '../../functions/composition/local.js';
import { createApp } from '../../functions/create-app.js';

/** Builds the Lambda-shaped app over `client`/`table` and `archiveDir`. */
export async function buildBenchApp(input: {
  client: DynamoDBClient;
  table: string;
  archiveDir: string;
  admin: string;
}): Promise<Hono<AppEnv>> {
  const deps = buildLocalDeps(
    { LOG_LEVEL: 'silent' },
    { client: input.client, tableName: input.table, archiveDir: input.archiveDir },
  );
  await ensureAdminToken(deps.tokens, deps.accounts, input.admin);
  return createApp(deps);
}
