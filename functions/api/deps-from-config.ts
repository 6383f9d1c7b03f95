/**
 * The app's dependencies on AWS: DynamoDB and S3 clients created once per process (S3 lazily) (reused by
 * every invocation of a warm Lambda), the table and bucket named by the environment.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { LazyS3Archive } from '../../shared/adapters/archive/lazy-s3-archive.js';
import { S3Archive } from '../../shared/adapters/archive/s3-archive.js';
import { DynamoStore } from '../../shared/adapters/dynamodb/dynamo-store.js';
import { DynamoSnapshotStore } from '../../shared/adapters/dynamodb/snapshot-store.js';
import { createLogger } from '../../shared/observability/logger.js';
import { systemClock } from '../../shared/ports.js';
import { createAggregationService } from '../aggregate/aggregation-service.js';
import type { AppDeps } from '../app/deps.js';
import type { Config } from '../config.js';

/** Builds the deps of the deployed app from the parsed config. */
export function depsFromConfig(
  config: Pick<Config, 'LOG_LEVEL'> & { TABLE_NAME: string; ARCHIVE_BUCKET: string },
  clients: { dynamo?: DynamoDBClient; s3?: S3Client } = {},
): AppDeps {
  // The resolved middleware stack is cached per command (no middleware is added after start):
  // resolving it on every call cost ~0.06 ms of CPU and kept V8 re-optimising the SDK's stack code.
  const dynamo = clients.dynamo ?? new DynamoDBClient({ cacheMiddleware: true });
  const store = new DynamoStore({ client: dynamo, tableName: config.TABLE_NAME });
  // Without an injected client the S3 SDK loads on first use (most requests never touch S3).
  const archive = clients.s3
    ? new S3Archive(clients.s3, config.ARCHIVE_BUCKET)
    : new LazyS3Archive(config.ARCHIVE_BUCKET);
  const deps: AppDeps = {
    store,
    tokens: store,
    archive,
    snapshots: new DynamoSnapshotStore(dynamo, config.TABLE_NAME, archive),
    clock: systemClock,
    logger: createLogger({ level: config.LOG_LEVEL }),
  };
  deps.aggregation = createAggregationService(deps);
  return deps;
}
