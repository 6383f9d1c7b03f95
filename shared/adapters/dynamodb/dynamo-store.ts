/**
 * The DynamoDB adapter of the assessment and token ports. Takes the caller's SDK client; every
 * command's parameters come from the pure builders in `params.ts` and `keys.ts`.
 */
import {
  DeleteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { AuditContext, AuditMark } from '../../core/audit/audit-port.js';
import { fail } from '../../core/errors/index.js';
import type { Framework } from '../../core/framework.js';
import type { NormalizedResponse, Submission } from '../../core/types.js';
import {
  type Agency,
  type Assessment,
  type AssessmentStore,
  type Clock,
  type CommitSubmissionInput,
  type CommitSubmissionResult,
  type Principal,
  systemClock,
  type TokenStore,
} from '../../ports.js';
import type { Item } from './attribute-values.js';
import { batchGetAll, isConditionFailed } from './batch.js';
import { type CommitHooks, claimIdempotencyKey, commitSubmission } from './commit-submission.js';
import {
  agencyFromItem,
  agencyKeyCode,
  assessmentFromItem,
  assessmentToItem,
  frameworkFromItem,
  frameworkToItem,
  type Key,
  keys,
  PREFIX,
  responseChunkFromItem,
  type StoredPointer,
  shaMarkAttribute,
  shaMarksFromItem,
  submissionFromItem,
  tokenFromItem,
  tokenToItem,
  toPublicAgency,
  toPublicSubmission,
} from './keys.js';
import {
  putItemParams,
  putNewItemParams,
  queryPrefixParams,
  swapTokenHashParams,
  upsertAgencyParams,
} from './params.js';
import { ReadCoalescer } from './read-coalescer.js';
import { joinChunks } from './response-chunks.js';

export interface DynamoStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  clock?: Clock;
  /** Failure-injection seam for tests of atomicity. */
  hooks?: CommitHooks;
}

/** Agencies read per page when iterating an assessment's current responses. */
const AGENCY_PAGE = 100;

/** Assessments, agencies, frameworks, submissions and tokens in one DynamoDB table. */
export class DynamoStore implements AssessmentStore, TokenStore {
  readonly client: DynamoDBClient;
  readonly table: string;
  readonly clock: Clock;
  hooks: CommitHooks | undefined;
  private readonly reads: ReadCoalescer;

  constructor(options: DynamoStoreOptions) {
    this.client = options.client;
    this.table = options.tableName;
    this.clock = options.clock ?? systemClock;
    this.hooks = options.hooks;
    this.reads = new ReadCoalescer(this.client, this.table);
  }

  /** One consistent read; the reads one request issues in the same turn share one BatchGetItem. */
  private get(key: Key): Promise<Item | null> {
    return this.reads.get(key);
  }

  /** All items of one partition with an SK prefix, following pagination. */
  private async queryAll(pk: string, prefix: string, descending = false): Promise<Item[]> {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand(queryPrefixParams(this.table, pk, prefix, { descending, startKey })),
      );
      items.push(...((out.Items as Item[] | undefined) ?? []));
      startKey = out.LastEvaluatedKey as Item | undefined;
    } while (startKey);
    return items;
  }

  async createAssessment(assessment: Assessment, audit?: AuditContext): Promise<void> {
    const put = async (mark?: AuditMark) => {
      const item = assessmentToItem(assessment);
      if (mark) item.auditIds = mark.add.values[':auditId'];
      await this.client.send(new PutItemCommand(putNewItemParams(this.table, item)));
    };
    try {
      if (!audit) return await put();
      const draft = {
        assessmentId: assessment.id,
        actor: audit.actor,
        action: 'assessment.created',
        target: `assessment:${assessment.id}`,
        before: null,
        after: assessment,
      };
      await audit.log.record(draft, keys.assessment(assessment.id), put);
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      throw fail('assessment.exists', { id: assessment.id });
    }
  }

  async getAssessment(id: string): Promise<Assessment | null> {
    const item = await this.get(keys.assessment(id));
    return item ? assessmentFromItem(item) : null;
  }

  async listAssessments(): Promise<Assessment[]> {
    const items = await this.queryAll(keys.assessmentsPartition(), 'ASMT#');
    return items.map(assessmentFromItem);
  }

  async putAgency(raw: { assessmentId: string; code: string; name: string; level: string }) {
    const input = { ...raw, code: agencyKeyCode(raw.code) };
    const now = this.clock.now().toISOString();
    const out = await this.client.send(
      new UpdateItemCommand(upsertAgencyParams(this.table, { ...input, now })),
    );
    const old = out.Attributes as Item | undefined;
    const agency: Agency = old
      ? { ...toPublicAgency(agencyFromItem(old)), name: input.name, level: input.level, updatedAt: now }
      : { ...input, createdAt: now, updatedAt: now, current: null };
    return { agency, created: old === undefined };
  }

  private async getAgencyRecord(assessmentId: string, code: string) {
    const item = await this.get(keys.agency(assessmentId, code));
    return item ? agencyFromItem(item) : null;
  }

  async getAgency(assessmentId: string, code: string): Promise<Agency | null> {
    const record = await this.getAgencyRecord(assessmentId, code);
    return record ? toPublicAgency(record) : null;
  }

  async listAgencies(assessmentId: string): Promise<Agency[]> {
    const items = await this.queryAll(keys.assessmentPartition(assessmentId), PREFIX.agency);
    return items.map((item) => toPublicAgency(agencyFromItem(item)));
  }

  async putFramework(framework: Framework): Promise<void> {
    await this.client.send(new PutItemCommand(putItemParams(this.table, frameworkToItem(framework))));
  }

  async getStoredFramework(id: string): Promise<Framework | null> {
    const item = await this.get(keys.framework(id));
    return item ? frameworkFromItem(item) : null;
  }

  async findSubmissionBySha(
    assessmentId: string,
    agency: string,
    sha256: string,
  ): Promise<Submission | null> {
    // The agency item is the same read as the request's own agency check, so it costs no extra call.
    const agencyItem = await this.get(keys.agency(assessmentId, agency));
    const submissionId = agencyItem?.[shaMarkAttribute(sha256)]?.S;
    if (submissionId === undefined) return null;
    const item = await this.get(keys.submission(assessmentId, agency, submissionId));
    return item ? toPublicSubmission(submissionFromItem(item)) : null;
  }

  claimIdempotencyKey(input: {
    assessmentId: string;
    agency: string;
    idempotencyKey: string;
    sha256: string;
  }): Promise<void> {
    return claimIdempotencyKey({ client: this.client, table: this.table }, input);
  }

  commitSubmission(input: CommitSubmissionInput): Promise<CommitSubmissionResult> {
    return commitSubmission(
      { client: this.client, table: this.table, clock: this.clock, hooks: this.hooks },
      input,
    );
  }

  async listSubmissions(assessmentId: string, agency: string): Promise<Submission[]> {
    const [agencyItem, items] = await Promise.all([
      this.get(keys.agency(assessmentId, agency)),
      this.queryAll(keys.agencyPartition(assessmentId, agency), PREFIX.submission, true),
    ]);
    // History is what the sha256 marks name (plus submissions of the earlier protocol, marked in
    // their own item); a staged submission, not committed or never to be, is left out.
    const committed = new Set(agencyItem ? shaMarksFromItem(agencyItem).values() : []);
    return items
      .map(submissionFromItem)
      .filter((s) => committed.has(s.id) || s.status === 'committed')
      .map(toPublicSubmission);
  }

  private chunkKeys(assessmentId: string, agency: string, pointer: StoredPointer) {
    return Array.from({ length: pointer.chunkCount }, (_, i) =>
      keys.responseChunk(assessmentId, agency, pointer.submissionId, i),
    );
  }

  async getCurrentResponses(assessmentId: string, agency: string): Promise<NormalizedResponse[] | null> {
    const record = await this.getAgencyRecord(assessmentId, agency);
    if (!record?.pointer) return null;
    const items = await batchGetAll(
      this.client,
      this.table,
      this.chunkKeys(assessmentId, agency, record.pointer),
    );
    return joinChunks(items.map(responseChunkFromItem));
  }

  async *iterateCurrentResponses(assessmentId: string) {
    let startKey: Item | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand(
          queryPrefixParams(this.table, keys.assessmentPartition(assessmentId), PREFIX.agency, {
            limit: AGENCY_PAGE,
            startKey,
          }),
        ),
      );
      startKey = out.LastEvaluatedKey as Item | undefined;
      const agencies = ((out.Items as Item[] | undefined) ?? []).map(agencyFromItem).filter((a) => a.pointer);
      const chunkKeys = agencies.flatMap((a) => this.chunkKeys(assessmentId, a.code, a.pointer!));
      const chunks = (await batchGetAll(this.client, this.table, chunkKeys)).map(responseChunkFromItem);
      const bySubmission = new Map<string, typeof chunks>();
      for (const c of chunks)
        bySubmission.set(c.submissionId, [...(bySubmission.get(c.submissionId) ?? []), c]);
      for (const agency of agencies) {
        const submissionId = agency.pointer!.submissionId;
        yield {
          agency: agency.code,
          submissionId,
          responses: joinChunks(bySubmission.get(submissionId) ?? []),
        };
      }
    } while (startKey);
  }

  async putToken(hash: string, principal: Principal): Promise<void> {
    const item = tokenToItem(hash, principal, this.clock.now().toISOString());
    await this.client.send(new PutItemCommand(putItemParams(this.table, item)));
  }

  async getToken(hash: string): Promise<Principal | null> {
    const item = await this.get(keys.token(hash));
    return item ? tokenFromItem(item) : null;
  }

  async deleteToken(hash: string): Promise<void> {
    await this.client.send(new DeleteItemCommand({ TableName: this.table, Key: keys.token(hash) }));
  }

  async swapAgencyTokenHash(assessmentId: string, code: string, hash: string | null): Promise<string | null> {
    try {
      const out = await this.client.send(
        new UpdateItemCommand(swapTokenHashParams(this.table, assessmentId, code, hash)),
      );
      return (out.Attributes as Item | undefined)?.tokenHash?.S ?? null;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      throw fail('agency.not_found', { code, id: assessmentId });
    }
  }

  async claimAdminBootstrap(): Promise<boolean> {
    const item = {
      ...keys.bootstrap(),
      entity: { S: 'bootstrap' },
      at: { S: this.clock.now().toISOString() },
    };
    try {
      await this.client.send(new PutItemCommand(putNewItemParams(this.table, item)));
      return true;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      return false;
    }
  }
}
