/**
 * The local composition root: every dependency of the app on this machine — the store on a
 * DynamoDB-compatible client (the embedded dynalite under DATA_DIR, or a test backend), the
 * archive folder, the logger, the aggregation. `npm start`, `mgi aggregate --data-dir`, the bench
 * and the integration tests ask it; nothing else builds local dependencies.
 */
import { dirname, join, resolve } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { FolderArchive } from '../../shared/adapters/archive/folder-archive.js';
import { startDynalite } from '../../shared/adapters/dynalite-server.js';
import { accountsAndAudit } from '../../shared/adapters/dynamodb/account-store.js';
import { agencyStores } from '../../shared/adapters/dynamodb/agency-store.js';
import { DynamoStore } from '../../shared/adapters/dynamodb/dynamo-store.js';
import { focusGroupStores } from '../../shared/adapters/dynamodb/focus-group-stores.js';
import { reviewStores } from '../../shared/adapters/dynamodb/review-stores.js';
import { DynamoSnapshotStore } from '../../shared/adapters/dynamodb/snapshot-store.js';
import { createLocalMailer } from '../../shared/adapters/mail/create-mailer.js';
import type { Mailer } from '../../shared/core/reminders/mailer-port.js';
import { DEFAULT_MAIL_FROM } from '../../shared/core/reminders/mailer-port.js';
import { createLogger, type Logger } from '../../shared/observability/logger.js';
import { type BlobArchive, type Clock, systemClock } from '../../shared/ports.js';
import { createAggregationService } from '../aggregate/aggregation-service.js';
import type { AppDeps, ParseWorkbook } from '../app/deps.js';
import { type Config, publicUrlOf } from '../config.js';

/** The table of the local service in its embedded store. */
export const LOCAL_TABLE_NAME = 'mgi-collect';

/** What the local root builds on: a store client and table, an archive folder. */
export interface LocalParts {
  client: DynamoDBClient;
  tableName: string;
  archiveDir: string;
  /** The blob archive (default: the folder `archiveDir`). */
  archive?: BlobArchive;
  /** Default: a JSON logger at the config's level on stdout. */
  logger?: Logger;
  clock?: Clock;
  /** Where uploads are parsed (default: on the request's thread). */
  parseWorkbook?: ParseWorkbook;
  /** Default: SMTP_URL's server, else the outbox folder beside the archive. */
  mailer?: Mailer;
}

/** Builds the app's dependencies over the given local parts. */
export function buildLocalDeps(
  config: Pick<Config, 'LOG_LEVEL'> & Partial<Pick<Config, 'SMTP_URL' | 'MAIL_FROM' | 'PUBLIC_URL' | 'PORT'>>,
  parts: LocalParts,
): AppDeps {
  const { client, tableName } = parts;
  const clock = parts.clock ?? systemClock;
  const store = new DynamoStore({ client, tableName, clock });
  const archive = parts.archive ?? new FolderArchive(parts.archiveDir);
  const { accounts, audit } = accountsAndAudit(client, tableName, store, clock);
  const deps: AppDeps = {
    store,
    tokens: store,
    accounts,
    audit,
    ...reviewStores(client, tableName, clock, audit),
    ...agencyStores(client, tableName, clock, audit, store),
    // Reminders: SMTP_URL, else .eml files in <DATA_DIR>/outbox (the archive's sibling).
    mailer:
      parts.mailer ??
      createLocalMailer({
        SMTP_URL: config.SMTP_URL,
        MAIL_FROM: config.MAIL_FROM ?? DEFAULT_MAIL_FROM,
        DATA_DIR: dirname(parts.archiveDir),
        clock,
      }),
    // Sign-in links: PUBLIC_URL, else http://localhost:<PORT> (else each request's own origin).
    ...(config.PUBLIC_URL || config.PORT ? { publicUrl: publicUrlOf({ PORT: 3000, ...config }) } : {}),
    ...focusGroupStores(client, tableName, clock, audit),
    archive,
    snapshots: new DynamoSnapshotStore(client, tableName, archive),
    clock,
    logger: parts.logger ?? createLogger({ level: config.LOG_LEVEL }),
    ...(parts.parseWorkbook ? { parseWorkbook: parts.parseWorkbook } : {}),
  };
  deps.aggregation = createAggregationService(deps);
  return deps;
}

/** The local dependencies over DATA_DIR, and how to stop its embedded store. */
export interface LocalDeps {
  deps: AppDeps;
  client: DynamoDBClient;
  close(): Promise<void>;
}

/** What a local archive may be told: a bucket on an S3-compatible server instead of the folder. */
type ArchiveConfig = Partial<Pick<Config, 'ARCHIVE_BUCKET' | 'S3_ENDPOINT' | 'AWS_REGION'>>;

/**
 * The archive bucket when ARCHIVE_BUCKET is set (at S3_ENDPOINT, path-style, when given), with
 * the same S3 adapter as on AWS; else undefined (the folder under DATA_DIR). The S3 SDK is loaded
 * only then.
 */
async function bucketArchive(config: ArchiveConfig): Promise<BlobArchive | undefined> {
  if (!config.ARCHIVE_BUCKET) return undefined;
  const [{ S3Client }, { S3Archive }] = await Promise.all([
    import('@aws-sdk/client-s3'),
    import('../../shared/adapters/archive/s3-archive.js'),
  ]);
  const endpoint = config.S3_ENDPOINT;
  const region = config.AWS_REGION ?? (endpoint ? 'us-east-1' : undefined);
  const client = new S3Client({
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    ...(region ? { region } : {}),
  });
  return new S3Archive(client, config.ARCHIVE_BUCKET);
}

/**
 * Opens DATA_DIR: dynalite on disk under `db/` (in a worker thread unless `storeInWorker` is
 * false), the archive folder `archive/` (or the bucket ARCHIVE_BUCKET), and builds the
 * dependencies over them.
 */
export async function openLocalDeps(
  config: Pick<Config, 'DATA_DIR' | 'LOG_LEVEL'> &
    Partial<Pick<Config, 'SMTP_URL' | 'MAIL_FROM' | 'PUBLIC_URL' | 'PORT'>> &
    ArchiveConfig,
  options: Omit<LocalParts, 'client' | 'tableName' | 'archiveDir'> & { storeInWorker?: boolean } = {},
): Promise<LocalDeps> {
  const { storeInWorker = true, ...parts } = options;
  const dataDir = resolve(config.DATA_DIR);
  const dynamo = await startDynalite({
    path: join(dataDir, 'db'),
    tableName: LOCAL_TABLE_NAME,
    thread: storeInWorker,
  });
  const archive = await bucketArchive(config);
  const deps = buildLocalDeps(config, {
    ...parts,
    ...(archive ? { archive } : {}),
    client: dynamo.client,
    tableName: LOCAL_TABLE_NAME,
    archiveDir: join(dataDir, 'archive'),
  });
  return { deps, client: dynamo.client, close: () => dynamo.close() };
}
