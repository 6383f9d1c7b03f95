/**
 * The scheduled cleanup Lambda: EventBridge Scheduler invokes it daily; it removes archived
 * originals that no committed submission names once they are older than ORPHAN_GRACE_HOURS
 * (default 24), with one audit entry per run that removed any. Clients and config are created
 * once per process. A run that could not remove an orphan throws, so Lambda's retries and the
 * dead-letter queue see it.
 */
import { isOriginalsArchive } from '../../shared/core/cleanup/orphan-originals.js';
import { buildAwsCleanupDeps } from '../composition/aws.js';
import { loadLambdaConfig } from '../config.js';
import { type SweepOriginalsResult, sweepOrphanOriginals } from './sweep-originals.js';

const config = loadLambdaConfig();
const deps = buildAwsCleanupDeps(config);

/** Lambda handler: sweeps orphan originals past the grace period; resolves with the counts. */
export async function handler(): Promise<SweepOriginalsResult> {
  const { archive, dynamo, tableName, audit, clock, logger } = deps;
  if (!isOriginalsArchive(archive)) throw new Error('the archive cannot list or remove originals');
  const graceMs = config.ORPHAN_GRACE_HOURS * 3_600_000;
  return sweepOrphanOriginals({ archive, client: dynamo, tableName, audit, clock, logger }, { graceMs });
}
