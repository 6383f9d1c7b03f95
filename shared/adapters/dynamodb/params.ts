/**
 * Pure builders of DynamoDB command inputs. Every conditional write of the store is spelled out
 * here so its condition can be read and unit-tested without a server.
 */
import type {
  GetItemCommandInput,
  PutItemCommandInput,
  QueryCommandInput,
  UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { AuditMark } from '../../core/audit/audit-port.js';
import type { AnswerCounts, Submission } from '../../core/types.js';
import { type Item, J, N, S } from './attribute-values.js';
import { type Key, keys, shaMarkAttribute } from './keys.js';

/** GetItem, strongly consistent: reads after our own conditional writes must see them. */
export function getItemParams(table: string, key: Key): GetItemCommandInput {
  return { TableName: table, Key: key, ConsistentRead: true };
}

/** PutItem that fails when an item with the same key exists. */
export function putNewItemParams(table: string, item: Item): PutItemCommandInput {
  return { TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(PK)' };
}

/** PutItem without condition. */
export function putItemParams(table: string, item: Item): PutItemCommandInput {
  return { TableName: table, Item: item };
}

/** Query one partition by SK prefix; newest first when `descending`. */
export function queryPrefixParams(
  table: string,
  pk: string,
  skPrefix: string,
  options: { descending?: boolean; limit?: number; startKey?: Item } = {},
): QueryCommandInput {
  const params: QueryCommandInput = {
    TableName: table,
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': S(pk), ':prefix': S(skPrefix) },
    ConsistentRead: true,
  };
  if (options.descending) params.ScanIndexForward = false;
  if (options.limit !== undefined) params.Limit = options.limit;
  if (options.startKey) params.ExclusiveStartKey = options.startKey;
  return params;
}

/**
 * Update an agency's name and level, creating it when absent; the agency's pointer and token are
 * left untouched. Returns the old item to tell "created" from "updated".
 */
export function upsertAgencyParams(
  table: string,
  input: { assessmentId: string; code: string; name: string; level: string; now: string },
): UpdateItemCommandInput {
  return {
    TableName: table,
    Key: keys.agency(input.assessmentId, input.code),
    UpdateExpression:
      'SET entity = :entity, assessmentId = :aid, code = :code, #name = :name, #level = :level, ' +
      'updatedAt = :now, createdAt = if_not_exists(createdAt, :now)',
    ExpressionAttributeNames: { '#name': 'name', '#level': 'level' },
    ExpressionAttributeValues: {
      ':entity': S('agency'),
      ':aid': S(input.assessmentId),
      ':code': S(input.code),
      ':name': S(input.name),
      ':level': S(input.level),
      ':now': S(input.now),
    },
    ReturnValues: 'ALL_OLD',
  };
}

/** Set (or clear) an agency's token hash; the agency must exist. Returns the old item. */
export function swapTokenHashParams(
  table: string,
  assessmentId: string,
  code: string,
  hash: string | null,
): UpdateItemCommandInput {
  const base = {
    TableName: table,
    Key: keys.agency(assessmentId, code),
    ConditionExpression: 'attribute_exists(PK)',
    ReturnValues: 'ALL_OLD' as const,
  };
  if (hash === null) return { ...base, UpdateExpression: 'REMOVE tokenHash' };
  return {
    ...base,
    UpdateExpression: 'SET tokenHash = :hash',
    ExpressionAttributeValues: { ':hash': S(hash) },
  };
}

/** Bind an Idempotency-Key to a body hash; fails when the key is bound to another body. */
export function claimKeyParams(table: string, item: Item, sha256: string): PutItemCommandInput {
  return {
    TableName: table,
    Item: item,
    ConditionExpression: 'attribute_not_exists(PK) OR sha256 = :sha',
    ExpressionAttributeValues: { ':sha': S(sha256) },
  };
}

/** What the commit writes on the agency item: the new pointer and the upload's sha256 mark. */
export interface CommitPointerInput {
  /** The audit entry's mark, added in this same write (shared/core/audit). */
  mark?: AuditMark;
  assessmentId: string;
  agency: string;
  submissionId: string;
  sha256: string;
  receivedAt: string;
  order: string;
  channel: Submission['channel'];
  counts: AnswerCounts;
  chunkCount: number;
}

/**
 * The one write that commits a staged submission: on the agency item, in one conditional
 * UpdateItem, it records the upload's sha256 mark (`sha:<hex>` = submission id, which makes the
 * submission part of the history and is the idempotency claim) and moves the current pointer. It
 * succeeds only if the agency exists, nobody has committed the same sha256 for this agency, and the
 * new submission sorts after the current one (`order` = receivedAt#id), so two different uploads
 * at once leave the later-received one current whatever order they land in.
 */
export function commitPointerParams(table: string, input: CommitPointerInput): UpdateItemCommandInput {
  return {
    TableName: table,
    Key: keys.agency(input.assessmentId, input.agency),
    UpdateExpression:
      'SET #sha = :sid, curId = :sid, curReceivedAt = :received, curOrder = :order, ' +
      'curChannel = :channel, curCounts = :counts, curChunks = :chunks' +
      (input.mark ? ` ${input.mark.add.expression}` : ''),
    ConditionExpression:
      'attribute_exists(PK) AND attribute_not_exists(#sha) AND ' +
      '(attribute_not_exists(curOrder) OR curOrder < :order)',
    ExpressionAttributeNames: { '#sha': shaMarkAttribute(input.sha256), ...input.mark?.add.names },
    ExpressionAttributeValues: {
      ':sid': S(input.submissionId),
      ':received': S(input.receivedAt),
      ':order': S(input.order),
      ':channel': S(input.channel),
      ':counts': J(input.counts),
      ':chunks': N(input.chunkCount),
      ...input.mark?.add.values,
    },
  };
}

/**
 * Commits a staged submission into the history only, when a later-received one is already current:
 * records the sha256 mark alone, if the agency exists and nobody has committed the same sha256.
 */
export function commitHistoryOnlyParams(
  table: string,
  input: Pick<CommitPointerInput, 'assessmentId' | 'agency' | 'submissionId' | 'sha256' | 'mark'>,
): UpdateItemCommandInput {
  return {
    TableName: table,
    Key: keys.agency(input.assessmentId, input.agency),
    UpdateExpression: `SET #sha = :sid${input.mark ? ` ${input.mark.add.expression}` : ''}`,
    ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#sha)',
    ExpressionAttributeNames: { '#sha': shaMarkAttribute(input.sha256), ...input.mark?.add.names },
    ExpressionAttributeValues: { ':sid': S(input.submissionId), ...input.mark?.add.values },
  };
}
