/**
 * The all-or-nothing, idempotent submission commit without transactions:
 *
 * 1. (first, `claimIdempotencyKey`) bind the Idempotency-Key, if any, to the body hash — another
 *    body → 422 — so the caller archives the original file only for an upload that can commit,
 *    before staging: no committed submission lacks its file;
 * 2. stage the response chunks and the submission item (status `staged`, invisible) in one batch
 *    write;
 * 3. ONE conditional UpdateItem on the agency item commits it: it sets the upload's sha256 mark
 *    (`sha:<hex>` = submission id) and moves the current pointer, only if no submission of the same
 *    sha256 is committed for this agency and the new one sorts after the current one.
 *
 * When the update fails, one consistent read tells why: the same file is already committed → its
 * submission is returned (200, not a second version) and ours is removed; a later-received upload
 * is current → a second conditional update sets only the mark, so ours joins the history without
 * becoming current. A failure before step 3 removes the staged items.
 *
 * Readers follow the pointer, so they see the previous version whole or the new one whole; history
 * lists the submissions the marks name, so a staged submission never shows. A crash leaves at most
 * invisible staged items, never a claim to wait for.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { AuditMark } from '../../core/audit/audit-port.js';
import { fail } from '../../core/errors/index.js';
import type { Clock, CommitSubmissionInput, CommitSubmissionResult } from '../../ports.js';
import type { Item } from './attribute-values.js';
import { batchWriteAll, isConditionFailed } from './batch.js';
import {
  keyClaimToItem,
  keys,
  responseChunkToItem,
  type StoredSubmission,
  shaMarkAttribute,
  submissionFromItem,
  submissionToItem,
  toPublicSubmission,
} from './keys.js';
import {
  type CommitPointerInput,
  claimKeyParams,
  commitHistoryOnlyParams,
  commitPointerParams,
  getItemParams,
} from './params.js';
import { splitResponses } from './response-chunks.js';

/** Test seam: called after staging and before the pointer update. Throwing aborts the commit. */
export interface CommitHooks {
  beforePointerUpdate?(ctx: {
    assessmentId: string;
    agency: string;
    submissionId: string;
  }): Promise<void> | void;
}

export interface CommitContext {
  client: DynamoDBClient;
  table: string;
  clock: Clock;
  hooks?: CommitHooks;
}

/** A submission id that sorts by time: base-36 milliseconds, then 10 random hex digits. */
export function newSubmissionId(now: Date): string {
  return `${now.getTime().toString(36).padStart(9, '0')}${randomBytes(5).toString('hex')}`;
}

/** Binds an Idempotency-Key to the body's sha256 (step 1); the key with another body → 422. */
export async function claimIdempotencyKey(
  ctx: Pick<CommitContext, 'client' | 'table'>,
  input: { assessmentId: string; agency: string; idempotencyKey: string; sha256: string },
): Promise<void> {
  const { assessmentId: aid, agency: code, sha256 } = input;
  const keyHash = createHash('sha256').update(input.idempotencyKey).digest('hex');
  try {
    await ctx.client.send(
      new PutItemCommand(claimKeyParams(ctx.table, keyClaimToItem(aid, code, keyHash, sha256), sha256)),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    throw fail('idempotency.key_reused');
  }
}

/** Commits a validated submission (steps 2 and 3); see the module comment for the protocol. */
export async function commitSubmission(
  ctx: CommitContext,
  input: CommitSubmissionInput,
): Promise<CommitSubmissionResult> {
  const { assessmentId: aid, agency: code, sha256 } = input;
  const now = ctx.clock.now();
  const submissionId = newSubmissionId(now);
  const receivedAt = now.toISOString();
  const chunks = splitResponses(input.responses);
  const stored: StoredSubmission = {
    id: submissionId,
    assessmentId: aid,
    agency: code,
    channel: input.channel,
    sha256,
    receivedAt,
    counts: input.counts,
    warnings: input.warnings,
    status: 'staged',
    chunkCount: chunks.length,
    originalKey: input.originalKey ?? null,
  };
  const staged = [
    ...chunks.map((chunk, index) =>
      responseChunkToItem(aid, code, submissionId, index, chunk.responses, chunk.json),
    ),
    submissionToItem(stored),
  ];
  let holder: string | null;
  try {
    await batchWriteAll(
      ctx.client,
      ctx.table,
      staged.map((Item) => ({ PutRequest: { Item } })),
    );
    await ctx.hooks?.beforePointerUpdate?.({ assessmentId: aid, agency: code, submissionId });
    const commit = (mark?: AuditMark) =>
      commitPointer(ctx, {
        mark,
        assessmentId: aid,
        agency: code,
        submissionId,
        sha256,
        receivedAt,
        order: `${receivedAt}#${submissionId}`,
        channel: input.channel,
        counts: input.counts,
        chunkCount: chunks.length,
      });
    // `submission.accepted` rides on the same one write; the same file again records nothing.
    holder = input.audit
      ? await input.audit.log.record(
          {
            assessmentId: aid,
            actor: input.audit.actor,
            action: 'submission.accepted',
            target: `agency:${code}`,
            before: null,
            after: { submissionId, channel: input.channel, sha256, counts: input.counts },
          },
          keys.agency(aid, code),
          commit,
          { committed: (h) => h === null },
        )
      : await commit();
  } catch (error) {
    await removeStaged(ctx, staged);
    throw error;
  }
  if (holder === null) return { submission: toPublicSubmission(stored), created: true };
  // The same file was committed first by another request: ours was never visible; remove it.
  await removeStaged(ctx, staged);
  return { submission: await readSubmission(ctx, aid, code, holder), created: false };
}

/**
 * Runs the commit write; returns null when our submission is committed, or the id of the
 * submission that already holds this sha256 mark (the same file, committed first).
 */
async function commitPointer(ctx: CommitContext, commit: CommitPointerInput): Promise<string | null> {
  const { client, table } = ctx;
  try {
    await client.send(new UpdateItemCommand(commitPointerParams(table, commit)));
    return null;
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
  const holder = await readShaMark(ctx, commit);
  if (holder !== null) return holder;
  // A later-received submission is current: ours joins the history without becoming current.
  try {
    await client.send(new UpdateItemCommand(commitHistoryOnlyParams(table, commit)));
    return null;
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
  // The same file was committed between the two writes.
  const late = await readShaMark(ctx, commit);
  if (late === null) throw new Error(`commit of ${commit.submissionId} failed its condition twice`);
  return late;
}

/** The submission id holding this commit's sha256 mark, or null; 404 when the agency is gone. */
async function readShaMark(ctx: CommitContext, commit: CommitPointerInput): Promise<string | null> {
  const out = await ctx.client.send(
    new GetItemCommand(getItemParams(ctx.table, keys.agency(commit.assessmentId, commit.agency))),
  );
  const agency = out.Item as Item | undefined;
  if (!agency) {
    throw fail('agency.not_found', { code: commit.agency, id: commit.assessmentId });
  }
  return agency[shaMarkAttribute(commit.sha256)]?.S ?? null;
}

async function readSubmission(ctx: CommitContext, aid: string, code: string, submissionId: string) {
  const out = await ctx.client.send(
    new GetItemCommand(getItemParams(ctx.table, keys.submission(aid, code, submissionId))),
  );
  if (!out.Item) throw new Error(`committed mark points at missing submission ${submissionId}`);
  return toPublicSubmission(submissionFromItem(out.Item as Item));
}

/** Best-effort removal of staged items that will never be committed (they are invisible anyway). */
async function removeStaged(ctx: CommitContext, staged: Item[]): Promise<void> {
  try {
    await batchWriteAll(
      ctx.client,
      ctx.table,
      staged.map((item) => ({ DeleteRequest: { Key: { PK: item.PK!, SK: item.SK! } } })),
    );
  } catch {
    // Staged items are never read unless a sha256 mark or the pointer names them.
  }
}
