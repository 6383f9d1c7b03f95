/**
 * Consultation rounds and comments. The current round is one item per assessment (`CONSULT`),
 * opened by one conditional write that succeeds only when no round is pending (so two rounds
 * never overlap); each comment is its own item, written once with its audit entry's id.
 */
import { randomUUID } from 'node:crypto';
import { type DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { AuditLog } from '../../core/audit/audit-port.js';
import { isRoundOpen } from '../../core/consultation/consultation-rules.js';
import type { ConsultationComment, ConsultationRound } from '../../core/consultation/consultation-types.js';
import type { ReviewActor } from '../../core/review/review-types.js';
import { type Item, readJ, readOptS, readS, S } from './attribute-values.js';
import { isConditionFailed } from './batch.js';
import { keys } from './keys.js';
import { queryPrefixParams } from './params.js';
import { auditedUpdate } from './versioned-update.js';

/** A round is still pending (open or about to open): `current` is it. */
export class RoundPending extends Error {
  constructor(readonly current: ConsultationRound | null) {
    super('a consultation round is pending');
  }
}

function roundFromItem(item: Item): ConsultationRound {
  return {
    id: readS(item, 'id'),
    assessmentId: readS(item, 'assessmentId'),
    opens: readS(item, 'opens'),
    closes: readS(item, 'closes'),
    openedAt: readS(item, 'openedAt'),
    openedBy: readJ<ReviewActor>(item, 'openedBy'),
  };
}

function commentFromItem(item: Item): ConsultationComment {
  return {
    id: readS(item, 'id'),
    assessmentId: readS(item, 'assessmentId'),
    roundId: readS(item, 'roundId'),
    agencyCode: readS(item, 'agencyCode'),
    agencyName: readS(item, 'agencyName'),
    indicatorId: readOptS(item, 'indicatorId') ?? null,
    domainId: readOptS(item, 'domainId') ?? null,
    text: readS(item, 'text'),
    at: readS(item, 'at'),
  };
}

/** Rounds and comments of one table. */
export class DynamoConsultationStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly audit: AuditLog,
  ) {}

  /** The latest round of an assessment (open, pending or closed), or null. */
  async currentRound(assessmentId: string): Promise<ConsultationRound | null> {
    const out = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: keys.consultation(assessmentId),
        ConsistentRead: true,
      }),
    );
    return out.Item ? roundFromItem(out.Item as Item) : null;
  }

  /** True while a round of the assessment is open at `now` (agencies may read findings and comment). */
  async isConsultationOpen(assessmentId: string, now: Date): Promise<boolean> {
    return isRoundOpen(await this.currentRound(assessmentId), now);
  }

  /** Opens a round, unless one has not closed yet at `now` ({@link RoundPending}). */
  async openRound(input: {
    assessmentId: string;
    opens: string;
    closes: string;
    now: Date;
    actor: ReviewActor;
  }): Promise<ConsultationRound> {
    const round: ConsultationRound = {
      id: randomUUID(),
      assessmentId: input.assessmentId,
      opens: input.opens,
      closes: input.closes,
      openedAt: input.now.toISOString(),
      openedBy: input.actor,
    };
    const key = keys.consultation(input.assessmentId);
    try {
      await auditedUpdate(
        this.client,
        this.table,
        this.audit,
        {
          assessmentId: input.assessmentId,
          actor: input.actor,
          action: 'consultation.opened',
          target: `consultation:${round.id}`,
          before: null,
          after: { opens: round.opens, closes: round.closes },
        },
        {
          key,
          // Every stored instant is UTC ISO (same length), so strings compare as times.
          condition: {
            expression: 'attribute_not_exists(#closes) OR #closes < :now',
            names: { '#closes': 'closes' },
            values: { ':now': S(input.now.toISOString()) },
          },
          set: {
            entity: S('consultation'),
            id: S(round.id),
            assessmentId: S(round.assessmentId),
            opens: S(round.opens),
            closes: S(round.closes),
            openedAt: S(round.openedAt),
            openedBy: S(JSON.stringify(round.openedBy)),
          },
        },
      );
    } catch (error) {
      if (isConditionFailed(error)) throw new RoundPending(await this.currentRound(input.assessmentId));
      throw error;
    }
    return round;
  }

  /** Stores one agency's comment (the caller checked that the round is open). */
  async addComment(
    input: Omit<ConsultationComment, 'id'> & { actor: ReviewActor },
  ): Promise<ConsultationComment> {
    const comment: ConsultationComment = {
      id: randomUUID(),
      assessmentId: input.assessmentId,
      roundId: input.roundId,
      agencyCode: input.agencyCode,
      agencyName: input.agencyName,
      indicatorId: input.indicatorId,
      domainId: input.domainId,
      text: input.text,
      at: input.at,
    };
    const key = keys.consultComment(comment.assessmentId, comment.at, comment.id);
    const { assessmentId: _a, ...after } = comment;
    await auditedUpdate(
      this.client,
      this.table,
      this.audit,
      {
        assessmentId: comment.assessmentId,
        actor: input.actor,
        action: 'consultation.commented',
        target: `consultation:${comment.roundId}`,
        before: null,
        after,
      },
      {
        key,
        condition: { expression: 'attribute_not_exists(PK)' },
        set: {
          entity: S('consult-comment'),
          id: S(comment.id),
          assessmentId: S(comment.assessmentId),
          roundId: S(comment.roundId),
          agencyCode: S(comment.agencyCode),
          agencyName: S(comment.agencyName),
          text: S(comment.text),
          at: S(comment.at),
          ...(comment.indicatorId !== null ? { indicatorId: S(comment.indicatorId) } : {}),
          ...(comment.domainId !== null ? { domainId: S(comment.domainId) } : {}),
        },
      },
    );
    return comment;
  }

  /** Every comment of the assessment, oldest first. */
  async listComments(assessmentId: string): Promise<ConsultationComment[]> {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand(
          queryPrefixParams(this.table, keys.assessmentPartition(assessmentId), 'CCOM#', { startKey }),
        ),
      );
      items.push(...((out.Items as Item[] | undefined) ?? []));
      startKey = out.LastEvaluatedKey as Item | undefined;
    } while (startKey);
    return items.map(commentFromItem);
  }
}
