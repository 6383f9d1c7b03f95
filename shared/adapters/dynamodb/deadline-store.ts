/**
 * The assessment's settings a coordinator edits (name, deadline; versioned on the assessment
 * item) and the per-agency reopening after the deadline (`REOPEN` item). Each write is one
 * conditional update carrying its audit entry's id.
 */
import { type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { AuditLog } from '../../core/audit/audit-port.js';
import type { DeadlineState } from '../../core/review/deadline.js';
import type { ReviewActor } from '../../core/review/review-types.js';
import { type Item, N, readOptS, readS, S } from './attribute-values.js';
import { isConditionFailed } from './batch.js';
import { keys } from './keys.js';
import { auditedUpdate } from './versioned-update.js';

export interface AssessmentSettings {
  name: string;
  deadline: string | null;
  version: number;
}

export interface Reopening {
  until: string;
  version: number;
  reopenedAt: string;
  reopenedBy: ReviewActor;
}

/** A stale version; `current` is what is stored now (null when the item is gone). */
export class SettingsConflict<T> extends Error {
  constructor(readonly current: T | null) {
    super('version conflict');
  }
}

const versionOf = (item: Item) => Number(item.version?.N ?? '0');

/** Settings, reopenings and the deadline state the submission guard reads. */
export class DynamoDeadlineStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async getItem(key: ReturnType<typeof keys.reopen>): Promise<Item | null> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: key, ConsistentRead: true }),
    );
    return (out.Item as Item | undefined) ?? null;
  }

  /** The editable settings of an assessment, or null when it does not exist. */
  async getSettings(assessmentId: string): Promise<AssessmentSettings | null> {
    const item = await this.getItem(keys.assessment(assessmentId));
    if (!item) return null;
    return {
      name: readS(item, 'name'),
      deadline: readOptS(item, 'deadline') ?? null,
      version: versionOf(item),
    };
  }

  /** Changes name and/or deadline (undefined: unchanged; deadline null: none) at the version read. */
  async updateSettings(input: {
    assessmentId: string;
    name?: string;
    deadline?: string | null;
    expectedVersion: number;
    actor: ReviewActor;
  }): Promise<AssessmentSettings> {
    const before = await this.getSettings(input.assessmentId);
    if (!before) throw new SettingsConflict<AssessmentSettings>(null);
    const after: AssessmentSettings = {
      name: input.name ?? before.name,
      deadline: input.deadline === undefined ? before.deadline : input.deadline,
      version: input.expectedVersion + 1,
    };
    const key = keys.assessment(input.assessmentId);
    try {
      await auditedUpdate(
        this.client,
        this.table,
        this.audit,
        {
          assessmentId: input.assessmentId,
          actor: input.actor,
          action: 'assessment.updated',
          target: `assessment:${input.assessmentId}`,
          before: { name: before.name, deadline: before.deadline },
          after: { name: after.name, deadline: after.deadline },
        },
        {
          key,
          expectedVersion: input.expectedVersion,
          // The assessment must still exist: an update would otherwise create a bare item.
          mustExist: true,
          set: {
            name: S(after.name),
            version: N(after.version),
            ...(after.deadline !== null ? { deadline: S(after.deadline) } : {}),
          },
          remove: after.deadline === null ? ['deadline'] : [],
        },
      );
    } catch (error) {
      if (isConditionFailed(error)) throw new SettingsConflict(await this.getSettings(input.assessmentId));
      throw error;
    }
    return after;
  }

  /** The agency's reopening, or null. */
  async getReopening(assessmentId: string, agencyCode: string): Promise<Reopening | null> {
    const item = await this.getItem(keys.reopen(assessmentId, agencyCode));
    if (!item) return null;
    return {
      until: readS(item, 'until'),
      version: versionOf(item),
      reopenedAt: readS(item, 'reopenedAt'),
      reopenedBy: JSON.parse(readS(item, 'reopenedBy')),
    };
  }

  /** Lets one agency write until `until` (one conditional write at the version read). */
  async reopen(input: {
    assessmentId: string;
    agencyCode: string;
    until: string;
    expectedVersion: number;
    actor: ReviewActor;
  }): Promise<Reopening> {
    const key = keys.reopen(input.assessmentId, input.agencyCode);
    const before =
      input.expectedVersion === 0 ? null : await this.getReopening(input.assessmentId, input.agencyCode);
    const after: Reopening = {
      until: input.until,
      version: input.expectedVersion + 1,
      reopenedAt: this.now().toISOString(),
      reopenedBy: input.actor,
    };
    try {
      await auditedUpdate(
        this.client,
        this.table,
        this.audit,
        {
          assessmentId: input.assessmentId,
          actor: input.actor,
          action: 'agency.reopened',
          target: `agency:${input.agencyCode}`,
          before: before ? { until: before.until } : null,
          after: { until: after.until },
        },
        {
          key,
          expectedVersion: input.expectedVersion,
          set: {
            entity: S('reopen'),
            until: S(after.until),
            version: N(after.version),
            reopenedAt: S(after.reopenedAt),
            reopenedBy: S(JSON.stringify(after.reopenedBy)),
          },
        },
      );
    } catch (error) {
      if (isConditionFailed(error)) {
        throw new SettingsConflict(await this.getReopening(input.assessmentId, input.agencyCode));
      }
      throw error;
    }
    return after;
  }

  /** What the deadline rule needs for one agency, read in one turn. */
  async deadlineState(assessmentId: string, agencyCode: string): Promise<DeadlineState> {
    const [assessment, reopen] = await Promise.all([
      this.getItem(keys.assessment(assessmentId)),
      this.getItem(keys.reopen(assessmentId, agencyCode)),
    ]);
    return {
      deadline: assessment ? (readOptS(assessment, 'deadline') ?? null) : null,
      reopenedUntil: reopen ? (readOptS(reopen, 'until') ?? null) : null,
    };
  }
}
