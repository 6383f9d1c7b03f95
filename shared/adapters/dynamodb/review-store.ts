/**
 * Reviews of agencies' submissions: one item per agency (`REVIEW`), written by one conditional
 * update that states the version the coordinator read and carries the audit entry's id. Also
 * reads what the coordinator's agency page needs beyond the submission store (an archived
 * submission's file key and any submission's responses).
 */
import { type DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { AuditLog } from '../../core/audit/audit-port.js';
import type { ReviewActor, ReviewComment, ReviewRecord } from '../../core/review/review-types.js';
import type { NormalizedResponse } from '../../core/types.js';
import { type Item, J, N, readJ, readN, readOptS, readS, S } from './attribute-values.js';
import { isConditionFailed } from './batch.js';
import { keys, PREFIX, responseChunkFromItem, submissionFromItem } from './keys.js';
import { queryPrefixParams } from './params.js';
import { joinChunks } from './response-chunks.js';
import { auditedUpdate } from './versioned-update.js';

/** The write of a review went to a stale version; `current` is what is stored now. */
export class ReviewConflict extends Error {
  constructor(readonly current: ReviewRecord | null) {
    super('review version conflict');
  }
}

export interface ReviewInput {
  assessmentId: string;
  agencyCode: string;
  submissionId: string;
  status: 'returned' | 'accepted';
  note: string | null;
  comments: ReviewComment[];
  expectedVersion: number;
  actor: ReviewActor;
}

export function reviewFromItem(item: Item): ReviewRecord {
  return {
    assessmentId: readS(item, 'assessmentId'),
    agencyCode: readS(item, 'agencyCode'),
    submissionId: readS(item, 'submissionId'),
    status: readS(item, 'status') as ReviewRecord['status'],
    note: readOptS(item, 'note') ?? null,
    comments: readJ<ReviewComment[]>(item, 'comments'),
    version: readN(item, 'version'),
    reviewedAt: readS(item, 'reviewedAt'),
    reviewedBy: readJ<ReviewActor>(item, 'reviewedBy'),
  };
}

/** The review store of one table. */
export class DynamoReviewStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The stored decision about an agency (whichever submission it reviewed), or null. */
  async get(assessmentId: string, agencyCode: string): Promise<ReviewRecord | null> {
    const out = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: keys.review(assessmentId, agencyCode),
        ConsistentRead: true,
      }),
    );
    return out.Item ? reviewFromItem(out.Item as Item) : null;
  }

  /** The decisions of every agency of an assessment that has one, by agency code. */
  async listForAgencies(assessmentId: string, codes: string[]): Promise<Map<string, ReviewRecord>> {
    const found = await Promise.all(codes.map((code) => this.get(assessmentId, code)));
    const map = new Map<string, ReviewRecord>();
    for (const record of found) if (record) map.set(record.agencyCode, record);
    return map;
  }

  /**
   * Records a decision with one conditional write (version as read, else 409 via
   * {@link ReviewConflict}) and its audit entry (`review.returned` / `review.accepted`).
   */
  async review(input: ReviewInput): Promise<ReviewRecord> {
    const before = input.expectedVersion === 0 ? null : await this.get(input.assessmentId, input.agencyCode);
    const record: ReviewRecord = {
      assessmentId: input.assessmentId,
      agencyCode: input.agencyCode,
      submissionId: input.submissionId,
      status: input.status,
      note: input.note,
      comments: input.comments,
      version: input.expectedVersion + 1,
      reviewedAt: this.now().toISOString(),
      reviewedBy: input.actor,
    };
    const key = keys.review(input.assessmentId, input.agencyCode);
    const { assessmentId: _a, agencyCode: _c, ...after } = record;
    try {
      await auditedUpdate(
        this.client,
        this.table,
        this.audit,
        {
          assessmentId: input.assessmentId,
          actor: input.actor,
          action: `review.${input.status}`,
          target: `agency:${input.agencyCode}`,
          before: before
            ? {
                status: before.status,
                submissionId: before.submissionId,
                note: before.note,
                comments: before.comments,
              }
            : null,
          after: {
            status: after.status,
            submissionId: after.submissionId,
            note: after.note,
            comments: after.comments,
          },
        },
        {
          key,
          expectedVersion: input.expectedVersion,
          set: {
            entity: S('review'),
            assessmentId: S(record.assessmentId),
            agencyCode: S(record.agencyCode),
            submissionId: S(record.submissionId),
            status: S(record.status),
            comments: J(record.comments),
            version: N(record.version),
            reviewedAt: S(record.reviewedAt),
            reviewedBy: J(record.reviewedBy),
            ...(record.note !== null ? { note: S(record.note) } : {}),
          },
          remove: record.note === null ? ['note'] : [],
        },
      );
    } catch (error) {
      if (isConditionFailed(error))
        throw new ReviewConflict(await this.get(input.assessmentId, input.agencyCode));
      throw error;
    }
    return record;
  }

  /** The archive key of a submission's original file (null for a form submission or none). */
  async originalKeyOf(
    assessmentId: string,
    agencyCode: string,
    submissionId: string,
  ): Promise<string | null> {
    const out = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: keys.submission(assessmentId, agencyCode, submissionId),
        ConsistentRead: true,
      }),
    );
    return out.Item ? submissionFromItem(out.Item as Item).originalKey : null;
  }

  /** The responses of any committed submission of an agency (its chunks, in order). */
  async responsesOf(
    assessmentId: string,
    agencyCode: string,
    submissionId: string,
  ): Promise<NormalizedResponse[]> {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand(
          queryPrefixParams(
            this.table,
            keys.agencyPartition(assessmentId, agencyCode),
            `${PREFIX.responseChunk}${submissionId}#`,
            {
              startKey,
            },
          ),
        ),
      );
      items.push(...((out.Items as Item[] | undefined) ?? []));
      startKey = out.LastEvaluatedKey as Item | undefined;
    } while (startKey);
    return joinChunks(items.map(responseChunkFromItem));
  }
}
