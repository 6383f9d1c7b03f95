/**
 * The sweep of orphan originals: archived uploads that no committed submission names (the process
 * died between the archive write and the commit, or the commit was refused). On AWS the scheduled
 * cleanup function runs it daily with a grace period; locally `npm start` runs it at start-up with
 * a grace of 0, when nothing is in flight.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { committedOriginalShas } from '../../shared/adapters/dynamodb/committed-originals.js';
import { SYSTEM_ACTOR, SYSTEM_AUDIT_ID } from '../../shared/core/audit/audit-entry.js';
import type { AuditLog } from '../../shared/core/audit/audit-port.js';
import {
  type ListedOriginal,
  type OriginalsArchive,
  pickOrphans,
  recheckOrphan,
  sha256OfOriginalKey,
} from '../../shared/core/cleanup/orphan-originals.js';
import type { Logger } from '../../shared/observability/logger.js';
import type { Clock } from '../../shared/ports.js';

export interface SweepOriginalsDeps {
  archive: OriginalsArchive;
  client: DynamoDBClient;
  tableName: string;
  audit: AuditLog;
  clock: Clock;
  logger?: Logger;
}

export interface SweepOriginalsResult {
  /** Originals listed in the archive. */
  listed: number;
  /** Orphans removed. */
  removed: number;
  /** Orphans kept because they were written within the grace period (or again since the listing). */
  young: number;
  /** Originals kept because a committed submission names them. */
  committed: number;
  /** Picked orphans that were already gone at the re-check. */
  gone: number;
}

/** The audit action of a run that removed orphans (one entry per run). */
export const ORPHANS_REMOVED_ACTION = 'archive.orphans_removed';
/** How many removed shas one audit entry lists (the count is always whole). */
const AUDITED_SHAS = 100;

/**
 * Removes the originals that no committed submission names and that were last written at least
 * `graceMs` ago, and appends one audit entry (`archive.orphans_removed` in the `_system`
 * partition) when it removed any.
 *
 * Order: the archive is listed FIRST, then the table is scanned (consistent reads), so an upload
 * committed before the scan is seen as committed; an upload archived after the listing is not
 * looked at. Each picked orphan's last-modified time is read again right before its removal: a
 * re-upload of the same bytes writes the same key again (its commit may follow), so it is kept.
 *
 * Residual race: a re-upload of the very same bytes between that re-check and the delete, whose
 * commit then names an original that is gone. On AWS the bucket is versioned, so its bytes stay
 * as a noncurrent version (90 days) and can be restored; a grace of a day makes it require a
 * byte-identical re-upload of a file abandoned a day earlier, landing in a window of milliseconds.
 * A crash after removals and before the audit append leaves those removals unaudited (they were
 * orphans: no submission named them); a failed removal is logged, the rest go on, the run throws
 * at the end so the schedule's retries and alarms see it.
 */
export async function sweepOrphanOriginals(
  deps: SweepOriginalsDeps,
  options: { graceMs: number },
): Promise<SweepOriginalsResult> {
  const { archive, clock, graceMs } = { ...deps, ...options };
  const listed: ListedOriginal[] = [];
  for await (const original of archive.listOriginals()) {
    if (sha256OfOriginalKey(original.key) !== null) listed.push(original);
  }
  // Key order, whatever order the archive lists in: runs are reproducible.
  listed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const result: SweepOriginalsResult = { listed: listed.length, removed: 0, young: 0, committed: 0, gone: 0 };
  if (listed.length === 0) return result;

  const committed = await committedOriginalShas(deps.client, deps.tableName);
  const picked = new Set(pickOrphans(listed, committed, clock.now(), graceMs));
  const removedShas: string[] = [];
  let failed = 0;
  for (const original of listed) {
    const sha = sha256OfOriginalKey(original.key) as string;
    if (committed.has(sha)) result.committed += 1;
    else if (!picked.has(original.key)) result.young += 1;
    else {
      try {
        const verdict = recheckOrphan(
          original.lastModified,
          await archive.lastModified(original.key),
          clock.now(),
          graceMs,
        );
        if (verdict === 'refreshed') result.young += 1;
        else if (verdict === 'gone') result.gone += 1;
        else {
          await archive.remove(original.key);
          result.removed += 1;
          removedShas.push(sha);
        }
      } catch (err) {
        failed += 1;
        deps.logger?.error({ err, key: original.key }, 'could not re-check or remove an orphan original');
      }
    }
  }
  if (result.removed > 0) {
    await deps.audit.append({
      assessmentId: SYSTEM_AUDIT_ID,
      actor: SYSTEM_ACTOR,
      action: ORPHANS_REMOVED_ACTION,
      target: 'archive:originals',
      before: null,
      after: {
        removed: result.removed,
        sha256: removedShas.slice(0, AUDITED_SHAS),
        graceHours: graceMs / 3_600_000,
      },
    });
  }
  deps.logger?.info({ ...result, failed, graceMs }, 'sweep of orphan originals');
  if (failed > 0) throw new Error(`sweep of orphan originals: ${failed} could not be removed`);
  return result;
}
