/**
 * Pure builders of DynamoDB command inputs. Every conditional write of the store is spelled out
 * here so its condition can be read and unit-tested without a server.
 */
import type {
  DeleteItemCommandInput,
  GetItemCommandInput,
  PutItemCommandInput,
  QueryCommandInput,
  UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { AnswerCounts, Submission } from '../../core/types.js';
import { type Item, J, N, S } from './attribute-values.js';
import { type Key, keys } from './keys.js';

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

/** A claim is stale after this long: its owner crashed between claim and commit. */
export const CLAIM_LEASE_MS = 30_000;

/**
 * Claim a sha256 for a new submission: succeeds when nobody holds it, or when the holder's pending
 * claim is older than the lease (the holder died before committing).
 */
export function claimShaParams(table: string, item: Item, nowMs: number): PutItemCommandInput {
  return {
    TableName: table,
    Item: item,
    ConditionExpression: 'attribute_not_exists(PK) OR (#status = :pending AND claimedAt < :stale)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':pending': S('pending'), ':stale': N(nowMs - CLAIM_LEASE_MS) },
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

/** Release our own pending claim after a failed commit, so a retry can proceed at once. */
export function releaseShaParams(
  table: string,
  aid: string,
  code: string,
  sha256: string,
  submissionId: string,
): DeleteItemCommandInput {
  return {
    TableName: table,
    Key: keys.shaClaim(aid, code, sha256),
    ConditionExpression: 'submissionId = :sid AND #status = :pending',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':sid': S(submissionId), ':pending': S('pending') },
  };
}

/**
 * The one write that makes a staged submission current: moves the agency's pointer only if the
 * agency exists and the new submission sorts after the current one (`order` = receivedAt#id), so
 * two different uploads at once leave the later-received one current whatever order they land in.
 */
export function movePointerParams(
  table: string,
  input: {
    assessmentId: string;
    agency: string;
    submissionId: string;
    receivedAt: string;
    order: string;
    channel: Submission['channel'];
    counts: AnswerCounts;
    chunkCount: number;
  },
): UpdateItemCommandInput {
  return {
    TableName: table,
    Key: keys.agency(input.assessmentId, input.agency),
    UpdateExpression:
      'SET curId = :sid, curReceivedAt = :received, curOrder = :order, curChannel = :channel, ' +
      'curCounts = :counts, curChunks = :chunks',
    ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(curOrder) OR curOrder < :order)',
    ExpressionAttributeValues: {
      ':sid': S(input.submissionId),
      ':received': S(input.receivedAt),
      ':order': S(input.order),
      ':channel': S(input.channel),
      ':counts': J(input.counts),
      ':chunks': N(input.chunkCount),
    },
  };
}
