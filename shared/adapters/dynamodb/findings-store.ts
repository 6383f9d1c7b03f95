/**
 * Picked findings: one item per domain (`FIND#<domainId>`), written by one conditional UpdateItem
 * with the version the coordinator read and the audit entry's id (`findings.saved`).
 */
import { type DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { AuditLog } from '../../core/audit/audit-port.js';
import { fail } from '../../core/errors/index.js';
import type {
  DomainFindings,
  FindingPick,
  FindingsStatus,
  FindingsStore,
  SaveFindingsInput,
} from '../../core/findings/findings-types.js';
import type { ChangeActor } from '../../core/validation/validation-types.js';
import { type Item, J, readJ, readN, readS, S } from './attribute-values.js';
import { keys, PREFIX } from './keys.js';
import { queryPrefixParams } from './params.js';
import { type Stored, writeDecision } from './versioned-decision.js';

function fromItem(item: Item): DomainFindings {
  return {
    domainId: readS(item, 'domainId'),
    highlights: readJ<FindingPick[]>(item, 'highlights'),
    gaps: readJ<FindingPick[]>(item, 'gaps'),
    status: readS(item, 'status') as FindingsStatus,
    version: readN(item, 'version'),
    updatedAt: readS(item, 'updatedAt'),
    updatedBy: readJ<ChangeActor>(item, 'updatedBy'),
  };
}

const audited = (f: Pick<DomainFindings, 'highlights' | 'gaps' | 'status'> | null) =>
  f ? { highlights: f.highlights, gaps: f.gaps, status: f.status } : null;

export class DynamoFindingsStore implements FindingsStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly table: string,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every domain's findings that were ever saved. */
  async list(assessmentId: string): Promise<DomainFindings[]> {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand(
          queryPrefixParams(this.table, keys.assessmentPartition(assessmentId), PREFIX.findings, {
            startKey,
          }),
        ),
      );
      items.push(...((out.Items as Item[] | undefined) ?? []));
      startKey = out.LastEvaluatedKey as Item | undefined;
    } while (startKey);
    return items.map(fromItem);
  }

  /** One domain's findings and version (0 when never saved). */
  async get(assessmentId: string, domainId: string): Promise<Stored<DomainFindings>> {
    const out = await this.client.send(
      new GetItemCommand({
        TableName: this.table,
        Key: keys.findings(assessmentId, domainId),
        ConsistentRead: true,
      }),
    );
    if (!out.Item) return { value: null, version: 0 };
    const value = fromItem(out.Item as Item);
    return { value, version: value.version };
  }

  async save(input: SaveFindingsInput): Promise<DomainFindings> {
    const updatedAt = this.now().toISOString();
    const after = { highlights: input.highlights, gaps: input.gaps, status: input.status };
    const version = await writeDecision<DomainFindings>({
      client: this.client,
      table: this.table,
      audit: this.audit,
      key: keys.findings(input.assessmentId, input.domainId),
      read: () => this.get(input.assessmentId, input.domainId),
      expectedVersion: input.expectedVersion,
      draft: (before) => ({
        assessmentId: input.assessmentId,
        actor: input.actor,
        action: 'findings.saved',
        target: `domain:${input.domainId}`,
        before: audited(before),
        after,
      }),
      set: {
        entity: S('findings'),
        domainId: S(input.domainId),
        highlights: J(input.highlights),
        gaps: J(input.gaps),
        status: S(input.status),
        updatedAt: S(updatedAt),
        updatedBy: J(input.actor),
      },
      conflict: (current) =>
        fail(
          'findings.conflict',
          { domainId: input.domainId, current: current.version },
          { details: { current: current.value, currentVersion: current.version } },
        ),
    });
    return { domainId: input.domainId, ...after, version, updatedAt, updatedBy: input.actor };
  }
}
