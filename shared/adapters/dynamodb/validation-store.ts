/**
 * Validated answers: one item per indicator (`VAL#<indicatorId>`), written by one conditional
 * UpdateItem with the version the coordinator read and the audit entry's id (`validation.set`,
 * `validation.cleared`). Clearing keeps the item without an answer, so the version keeps counting
 * and the item carries the clearing's audit id.
 */
import { type DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { AuditLog } from '../../core/audit/audit-port.js';
import { fail } from '../../core/errors/index.js';
import type {
  ClearValidationInput,
  SetValidationInput,
  ValidationStore,
} from '../../core/validation/validation-port.js';
import type {
  ChangeActor,
  ValidatedAnswer,
  ValidatedAnswerValue,
} from '../../core/validation/validation-types.js';
import { type Item, J, readJ, readN, readOptS, readS, S } from './attribute-values.js';
import { keys, PREFIX } from './keys.js';
import { queryPrefixParams } from './params.js';
import { type Stored, writeDecision } from './versioned-decision.js';

function fromItem(item: Item): Stored<ValidatedAnswer> {
  const version = readN(item, 'version');
  const answer = readOptS(item, 'answer') as ValidatedAnswerValue | undefined;
  if (answer === undefined) return { value: null, version };
  return {
    version,
    value: {
      indicatorId: readS(item, 'indicatorId'),
      answer,
      note: readOptS(item, 'note') ?? null,
      sources: readJ<string[]>(item, 'sources'),
      version,
      updatedAt: readS(item, 'updatedAt'),
      updatedBy: readJ<ChangeActor>(item, 'updatedBy'),
    },
  };
}

/** What the audit entry shows of a validated answer. */
const audited = (v: ValidatedAnswer | null) =>
  v ? { answer: v.answer, note: v.note, sources: v.sources } : null;

export class DynamoValidationStore implements ValidationStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every validated answer of the assessment (cleared ones left out). */
  async list(assessmentId: string): Promise<ValidatedAnswer[]> {
    return (await this.listStored(assessmentId)).flatMap((s) => (s.value ? [s.value] : []));
  }

  /** Every stored item with its version, cleared ones too (the version a page states next). */
  async versions(assessmentId: string): Promise<Map<string, number>> {
    const items = await this.queryAll(assessmentId);
    return new Map(items.map((item) => [readS(item, 'indicatorId'), readN(item, 'version')] as const));
  }

  /** One indicator's validated answer and version (0 when never written). */
  async get(assessmentId: string, indicatorId: string): Promise<Stored<ValidatedAnswer>> {
    const out = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: keys.validation(assessmentId, indicatorId),
        ConsistentRead: true,
      }),
    );
    return out.Item ? fromItem(out.Item as Item) : { value: null, version: 0 };
  }

  async set(input: SetValidationInput): Promise<ValidatedAnswer> {
    const updatedAt = this.now().toISOString();
    const after = { answer: input.answer, note: input.note, sources: input.sources };
    const version = await writeDecision<ValidatedAnswer>({
      client: this.client,
      table: this.table,
      audit: this.audit,
      key: keys.validation(input.assessmentId, input.indicatorId),
      read: () => this.get(input.assessmentId, input.indicatorId),
      expectedVersion: input.expectedVersion,
      draft: (before) => ({
        assessmentId: input.assessmentId,
        actor: input.actor,
        action: 'validation.set',
        target: `indicator:${input.indicatorId}`,
        before: audited(before),
        after,
      }),
      set: {
        entity: S('validation'),
        indicatorId: S(input.indicatorId),
        answer: S(input.answer),
        sources: J(input.sources),
        updatedAt: S(updatedAt),
        updatedBy: J(input.actor),
        ...(input.note !== null ? { note: S(input.note) } : {}),
      },
      remove: input.note === null ? ['note'] : [],
      conflict: (current) => this.conflict(input.indicatorId, current),
    });
    return { indicatorId: input.indicatorId, ...after, version, updatedAt, updatedBy: input.actor };
  }

  async clear(input: ClearValidationInput): Promise<void> {
    await writeDecision<ValidatedAnswer>({
      client: this.client,
      table: this.table,
      audit: this.audit,
      key: keys.validation(input.assessmentId, input.indicatorId),
      read: () => this.get(input.assessmentId, input.indicatorId),
      expectedVersion: input.expectedVersion,
      precheck: (current) => {
        if (current.value === null) throw fail('validation.not_found', { indicatorId: input.indicatorId });
      },
      draft: (before) => ({
        assessmentId: input.assessmentId,
        actor: input.actor,
        action: 'validation.cleared',
        target: `indicator:${input.indicatorId}`,
        before: audited(before),
        after: null,
      }),
      set: {
        entity: S('validation'),
        indicatorId: S(input.indicatorId),
        updatedAt: S(this.now().toISOString()),
        updatedBy: J(input.actor),
      },
      remove: ['answer', 'note', 'sources'],
      conflict: (current) => this.conflict(input.indicatorId, current),
    });
  }

  private conflict(indicatorId: string, current: Stored<ValidatedAnswer>): Error {
    return fail(
      'validation.conflict',
      { indicatorId, current: current.version },
      { details: { current: current.value, currentVersion: current.version } },
    );
  }

  private async listStored(assessmentId: string): Promise<Stored<ValidatedAnswer>[]> {
    return (await this.queryAll(assessmentId)).map(fromItem);
  }

  private async queryAll(assessmentId: string): Promise<Item[]> {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          ...queryPrefixParams(this.table, keys.assessmentPartition(assessmentId), PREFIX.validation, {
            startKey,
          }),
          ConsistentRead: true,
        }),
      );
      items.push(...((out.Items as Item[] | undefined) ?? []));
      startKey = out.LastEvaluatedKey as Item | undefined;
    } while (startKey);
    return items;
  }
}
