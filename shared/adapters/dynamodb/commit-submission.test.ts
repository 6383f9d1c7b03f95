/**
 * The commit protocol's less common paths, against a real dynalite: a later-received upload that
 * lands first, the same file committed twice at once, and a staged submission that never commits.
 * (The HTTP contract suites cover the common paths on dynalite and on DynamoDB Local.)
 */
import { PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NormalizedResponse } from '../../core/types.js';
import type { CommitSubmissionInput } from '../../ports.js';
import { type EmbeddedDynamo, startDynalite } from '../dynalite-server.js';
import { DynamoStore } from './dynamo-store.js';
import { keys, responseChunkToItem, submissionToItem } from './keys.js';

const TABLE = 'commit-protocol-test';
const AID = 'jateng';
let dynamo: EmbeddedDynamo;

beforeAll(async () => {
  dynamo = await startDynalite({ tableName: TABLE });
  const store = new DynamoStore({ client: dynamo.client, tableName: TABLE });
  await store.createAssessment({ id: AID, name: 'Jateng', frameworkId: 'local-mgi', createdAt: 'x' });
});

afterAll(async () => {
  await dynamo?.close();
});

const counts = { yes: 1, partially: 0, no: 0, dont_know: 0, not_applicable: 0, unanswered: 0 };
const responses = (answer: NormalizedResponse['answer']): NormalizedResponse[] => [
  {
    indicatorId: '1.01',
    answer,
    justificationType: 'regulation',
    justification: 'Perda 1/2020',
    evidence: '',
  },
];
const input = (agency: string, sha: string, answer: NormalizedResponse['answer']): CommitSubmissionInput => ({
  assessmentId: AID,
  agency,
  channel: 'form',
  sha256: sha.repeat(64 / sha.length),
  counts,
  warnings: [],
  responses: responses(answer),
});

async function newAgency(code: string, clock?: { now(): Date }) {
  const store = new DynamoStore({ client: dynamo.client, tableName: TABLE, ...(clock ? { clock } : {}) });
  await store.putAgency({ assessmentId: AID, code, name: code, level: 'provincial' });
  return store;
}

/** Every item of an agency's partition, by SK prefix. */
async function partition(code: string) {
  const out = await dynamo.client.send(
    new QueryCommand({
      TableName: TABLE,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': { S: keys.agencyPartition(AID, code) } },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map((i) => i.SK!.S!.split('#')[0]);
}

describe('commit protocol', () => {
  it('keeps the later-received upload current when the earlier one commits last', async () => {
    let t = Date.parse('2026-11-26T08:00:00.000Z');
    const store = await newAgency('LATE', { now: () => new Date(t++) });
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let reached!: () => void;
    const atGate = new Promise<void>((r) => {
      reached = r;
    });
    // The earlier upload stops between staging and its commit write until the later one is current.
    store.hooks = {
      beforePointerUpdate: async () => {
        store.hooks = undefined;
        reached();
        await held;
      },
    };
    const earlier = store.commitSubmission(input('LATE', 'a', 'no'));
    await atGate;
    const later = await store.commitSubmission(input('LATE', 'b', 'yes'));
    release();
    const first = await earlier;
    expect(first.created).toBe(true);
    expect(later.created).toBe(true);
    expect(first.submission.receivedAt < later.submission.receivedAt).toBe(true);
    expect((await store.getAgency(AID, 'LATE'))?.current?.submissionId).toBe(later.submission.id);
    expect((await store.getCurrentResponses(AID, 'LATE'))?.[0]?.answer).toBe('yes');
    expect((await store.listSubmissions(AID, 'LATE')).map((s) => s.id)).toEqual([
      later.submission.id,
      first.submission.id,
    ]);
    // Both files are known: sending either again makes no new version.
    expect(await store.findSubmissionBySha(AID, 'LATE', first.submission.sha256)).toEqual(first.submission);
    const again = await store.commitSubmission(input('LATE', 'a', 'no'));
    expect(again).toEqual({ submission: first.submission, created: false });
  });

  it('commits the same file sent twice at once once, and removes the other staged copy', async () => {
    const store = await newAgency('TWICE');
    const results = await Promise.all([
      store.commitSubmission(input('TWICE', 'c', 'yes')),
      store.commitSubmission(input('TWICE', 'c', 'yes')),
      store.commitSubmission(input('TWICE', 'c', 'yes')),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.submission.id)).size).toBe(1);
    expect(await store.listSubmissions(AID, 'TWICE')).toHaveLength(1);
    expect((await partition('TWICE')).sort()).toEqual(['RESP', 'SUB']);
  });

  it('never shows a staged submission that was not committed, in history or as a known file', async () => {
    const store = await newAgency('CRASH');
    const committed = await store.commitSubmission(input('CRASH', 'd', 'yes'));
    // What a crash between staging and the commit write leaves behind.
    const orphan = {
      ...committed.submission,
      id: 'zzzzzzzzz0000000000',
      sha256: 'e'.repeat(64),
      status: 'staged' as const,
      chunkCount: 1,
      originalKey: null,
    };
    for (const item of [
      submissionToItem(orphan),
      responseChunkToItem(AID, 'CRASH', orphan.id, 0, responses('no')),
    ]) {
      await dynamo.client.send(new PutItemCommand({ TableName: TABLE, Item: item }));
    }
    expect((await store.listSubmissions(AID, 'CRASH')).map((s) => s.id)).toEqual([committed.submission.id]);
    expect(await store.findSubmissionBySha(AID, 'CRASH', orphan.sha256)).toBeNull();
    expect((await store.getCurrentResponses(AID, 'CRASH'))?.[0]?.answer).toBe('yes');
    // The same file sent for real now commits normally.
    const retry = await store.commitSubmission(input('CRASH', 'e', 'no'));
    expect(retry.created).toBe(true);
    expect((await store.getCurrentResponses(AID, 'CRASH'))?.[0]?.answer).toBe('no');
  });

  it('answers 404 when the agency is gone by the time of the commit write', async () => {
    const store = new DynamoStore({ client: dynamo.client, tableName: TABLE });
    await expect(store.commitSubmission(input('NEVER', 'f', 'yes'))).rejects.toMatchObject({
      code: 'agency.not_found',
      status: 404,
    });
    expect(await partition('NEVER')).toEqual([]);
  });
});
