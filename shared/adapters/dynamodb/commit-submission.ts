/**
 * The all-or-nothing, idempotent submission commit without transactions:
 *
 * 1. bind the Idempotency-Key (if any) to the body hash — another body → 422;
 * 2. claim the sha256 for a new submission id with a conditional put — if someone holds it, wait
 *    for their commit and return their submission (200, not a second version);
 * 3. stage the response chunks and the submission item (status `staged`, invisible);
 * 4. ONE conditional UpdateItem on the agency item moves the current pointer, only if the new
 *    submission sorts after the current one;
 * 5. mark submission and claim `committed` (history), both in one BatchWriteItem.
 *
 * A failure before step 4 releases the claim and removes the staged items; readers only ever
 * follow the pointer, so they see the previous version whole or the new one whole.
 */
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { AppError } from '../../core/app-error.js';
import type { Clock, CommitSubmissionInput, CommitSubmissionResult } from '../../ports.js';
import type { Item } from './attribute-values.js';
import { batchWriteAll, isConditionFailed } from './batch.js';
import {
  keyClaimToItem,
  keys,
  responseChunkToItem,
  type ShaClaim,
  type StoredSubmission,
  shaClaimFromItem,
  shaClaimToItem,
  submissionFromItem,
  submissionToItem,
  toPublicSubmission,
} from './keys.js';
import {
  CLAIM_LEASE_MS,
  claimKeyParams,
  claimShaParams,
  getItemParams,
  movePointerParams,
  releaseShaParams,
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

/** Commits a validated submission; see the module comment for the protocol. */
export async function commitSubmission(
  ctx: CommitContext,
  input: CommitSubmissionInput,
): Promise<CommitSubmissionResult> {
  const { client, table } = ctx;
  const { assessmentId: aid, agency: code, sha256 } = input;
  if (input.idempotencyKey !== undefined) {
    const keyHash = createHash('sha256').update(input.idempotencyKey).digest('hex');
    try {
      await client.send(
        new PutItemCommand(claimKeyParams(table, keyClaimToItem(aid, code, keyHash, sha256), sha256)),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      throw new AppError(
        'idempotency.key_reused',
        422,
        'This Idempotency-Key was already used with a different request body.',
      );
    }
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const now = ctx.clock.now();
    const submissionId = newSubmissionId(now);
    const claimFields: ShaClaim = { submissionId, status: 'pending', claimedAt: now.getTime() };
    const claim = shaClaimToItem(aid, code, sha256, claimFields);
    try {
      await client.send(new PutItemCommand(claimShaParams(table, claim, now.getTime())));
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const existing = await waitForCommittedClaim(ctx, aid, code, sha256);
      if (existing) return { submission: existing, created: false };
      continue;
    }
    const submission = await stageAndMovePointer(ctx, input, claimFields, now);
    return { submission, created: true };
  }
  throw new AppError('submission.in_progress', 409, 'The same upload is being processed; try again shortly.');
}

async function stageAndMovePointer(
  ctx: CommitContext,
  input: CommitSubmissionInput,
  claim: ShaClaim,
  now: Date,
) {
  const { submissionId } = claim;
  const { client, table } = ctx;
  const { assessmentId: aid, agency: code } = input;
  const receivedAt = now.toISOString();
  const chunks = splitResponses(input.responses);
  const stored: StoredSubmission = {
    id: submissionId,
    assessmentId: aid,
    agency: code,
    channel: input.channel,
    sha256: input.sha256,
    receivedAt,
    counts: input.counts,
    warnings: input.warnings,
    status: 'staged',
    chunkCount: chunks.length,
    originalKey: input.originalKey ?? null,
  };
  const staged = [
    ...chunks.map((responses, index) => responseChunkToItem(aid, code, submissionId, index, responses)),
    submissionToItem(stored),
  ];
  try {
    await batchWriteAll(
      client,
      table,
      staged.map((Item) => ({ PutRequest: { Item } })),
    );
    await ctx.hooks?.beforePointerUpdate?.({ assessmentId: aid, agency: code, submissionId });
    try {
      await client.send(
        new UpdateItemCommand(
          movePointerParams(table, {
            assessmentId: aid,
            agency: code,
            submissionId,
            receivedAt,
            order: `${receivedAt}#${submissionId}`,
            channel: input.channel,
            counts: input.counts,
            chunkCount: chunks.length,
          }),
        ),
      );
    } catch (error) {
      // A later submission is already current: this one joins the history without becoming current.
      if (!isConditionFailed(error)) throw error;
    }
  } catch (error) {
    await abandon(ctx, input, submissionId, staged);
    throw error;
  }
  // Both marks in one BatchWriteItem: the submission and the claim are rewritten whole with status
  // `committed`. Plain puts are safe here: both items are ours (staged and claimed above, removed
  // only by our own `abandon`), and we hold every attribute they have.
  const committed: StoredSubmission = { ...stored, status: 'committed' };
  await batchWriteAll(client, table, [
    { PutRequest: { Item: submissionToItem(committed) } },
    { PutRequest: { Item: shaClaimToItem(aid, code, input.sha256, { ...claim, status: 'committed' }) } },
  ]);
  return toPublicSubmission(stored);
}

/** Best-effort clean-up of a failed commit: staged items are invisible anyway, the claim is freed. */
async function abandon(
  ctx: CommitContext,
  input: CommitSubmissionInput,
  submissionId: string,
  staged: Item[],
): Promise<void> {
  const { client, table } = ctx;
  try {
    await client.send(
      new DeleteItemCommand(
        releaseShaParams(table, input.assessmentId, input.agency, input.sha256, submissionId),
      ),
    );
  } catch {
    // The lease expires on its own.
  }
  try {
    const deletes = staged.map((item) => ({ DeleteRequest: { Key: { PK: item.PK!, SK: item.SK! } } }));
    await batchWriteAll(client, table, deletes);
  } catch {
    // Staged items are never read without a committed status or a pointer to them.
  }
}

/**
 * Waits for the holder of a sha claim to commit (about 10 s at most). Returns its submission, or
 * null when the claim was released or went stale (the caller then claims it itself).
 */
async function waitForCommittedClaim(ctx: CommitContext, aid: string, code: string, sha256: string) {
  const { client, table } = ctx;
  const deadline = Date.now() + 10_000;
  for (let delay = 10; Date.now() < deadline; delay = Math.min(delay * 2, 200)) {
    const out = await client.send(new GetItemCommand(getItemParams(table, keys.shaClaim(aid, code, sha256))));
    if (!out.Item) return null;
    const claim = shaClaimFromItem(out.Item);
    if (claim.status === 'committed') {
      const sub = await client.send(
        new GetItemCommand(getItemParams(table, keys.submission(aid, code, claim.submissionId))),
      );
      if (!sub.Item) throw new Error(`committed claim points at missing submission ${claim.submissionId}`);
      return toPublicSubmission(submissionFromItem(sub.Item));
    }
    if (claim.claimedAt < ctx.clock.now().getTime() - CLAIM_LEASE_MS) return null;
    await sleep(delay);
  }
  throw new AppError('submission.in_progress', 409, 'The same upload is being processed; try again shortly.');
}
