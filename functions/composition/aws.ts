/**
 * The AWS composition root: every dependency of the deployed app (clients created once per
 * process and reused by every invocation of a warm Lambda, the table and bucket named by the
 * config). The API Lambda, the aggregation Lambda and `mgi aggregate --table` ask it; nothing else
 * builds AWS dependencies.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { S3Archive } from '../../shared/adapters/archive/s3-archive.js';
import { accountsAndAudit } from '../../shared/adapters/dynamodb/account-store.js';
import { agencyStores } from '../../shared/adapters/dynamodb/agency-store.js';
import { DynamoStore } from '../../shared/adapters/dynamodb/dynamo-store.js';
import { focusGroupStores } from '../../shared/adapters/dynamodb/focus-group-stores.js';
import { reviewStores } from '../../shared/adapters/dynamodb/review-stores.js';
import { DynamoSnapshotStore } from '../../shared/adapters/dynamodb/snapshot-store.js';
import { createAwsMailer } from '../../shared/adapters/mail/ses-mailer.js';
import { DEFAULT_MAIL_FROM } from '../../shared/core/reminders/mailer-port.js';
import { createLogger } from '../../shared/observability/logger.js';
import { systemClock } from '../../shared/ports.js';
import { createAggregationService } from '../aggregate/aggregation-service.js';
import type { AppDeps } from '../app/deps.js';
import type { Config } from '../config.js';

/** What the AWS root reads from the config: the table and bucket are required on Lambda. */
export type AwsConfig = Pick<Config, 'LOG_LEVEL'> & { TABLE_NAME: string; ARCHIVE_BUCKET: string } & Partial<
    Pick<Config, 'SMTP_URL' | 'MAIL_FROM' | 'PUBLIC_URL' | 'SES_REGION'>
  >;

/** Clients the caller already has (tests, the CLI with its region); made here when absent. */
export interface AwsClients {
  dynamo?: DynamoDBClient;
  /** Without one, the S3 SDK loads on first use (most requests never touch S3). */
  s3?: S3Client;
}

/** Builds the deployed app's dependencies from the parsed config. */
export function buildAwsDeps(config: AwsConfig, clients: AwsClients = {}): AppDeps {
  const dynamo = clients.dynamo ?? new DynamoDBClient({});
  const store = new DynamoStore({ client: dynamo, tableName: config.TABLE_NAME });
  // The S3 SDK loads on the first archive call, not at init (most requests never touch S3).
  const archive = new S3Archive(clients.s3, config.ARCHIVE_BUCKET);
  const { accounts, audit } = accountsAndAudit(dynamo, config.TABLE_NAME, store);
  const deps: AppDeps = {
    store,
    tokens: store,
    accounts,
    audit,
    ...reviewStores(dynamo, config.TABLE_NAME, systemClock, audit),
    ...agencyStores(dynamo, config.TABLE_NAME, systemClock, audit, store),
    mailer: createAwsMailer({
      MAIL_FROM: config.MAIL_FROM ?? DEFAULT_MAIL_FROM,
      SES_REGION: config.SES_REGION,
    }),
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
    ...focusGroupStores(dynamo, config.TABLE_NAME, systemClock, audit),
    archive,
    snapshots: new DynamoSnapshotStore(dynamo, config.TABLE_NAME, archive),
    clock: systemClock,
    logger: createLogger({ level: config.LOG_LEVEL }),
  };
  deps.aggregation = createAggregationService(deps);
  return deps;
}

/** The scheduled cleanup's dependencies: the app's, and the table's client and name it scans. */
export function buildAwsCleanupDeps(
  config: AwsConfig,
  clients: AwsClients = {},
): AppDeps & { dynamo: DynamoDBClient; tableName: string } {
  const dynamo = clients.dynamo ?? new DynamoDBClient({});
  return { ...buildAwsDeps(config, { ...clients, dynamo }), dynamo, tableName: config.TABLE_NAME };
}
