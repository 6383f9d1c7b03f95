/**
 * One conditional UpdateItem that sets attributes, optionally removes some, and carries an audit
 * entry's id (`ADD #auditIds :auditId`): the single write of a coordinator's or agency's action.
 */
import {
  type AttributeValue,
  type DynamoDBClient,
  UpdateItemCommand,
  type UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { AuditDraft } from '../../core/audit/audit-entry.js';
import type { AuditLog, AuditMark } from '../../core/audit/audit-port.js';
import type { Key } from './keys.js';

export interface VersionedUpdate {
  key: Key;
  set: Record<string, AttributeValue>;
  remove?: string[];
  /** `version` the writer read: 0 = the item (or its version) must not exist yet. */
  expectedVersion?: number;
  /** An extra condition instead of the version check (e.g. "no open round"). */
  condition?: { expression: string; names?: Record<string, string>; values?: Record<string, AttributeValue> };
  /** The item must exist already (an update would otherwise create a bare item). */
  mustExist?: boolean;
  mark: AuditMark;
}

/** The parameters of a {@link VersionedUpdate}; attribute names are always aliased (reserved words). */
export function versionedUpdateParams(table: string, u: VersionedUpdate): UpdateItemCommandInput {
  const names: Record<string, string> = { ...u.mark.add.names };
  const values: Record<string, AttributeValue> = { ...u.mark.add.values };
  const sets = Object.entries(u.set).map(([name, value], i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = value;
    return `#s${i} = :s${i}`;
  });
  const removes = (u.remove ?? []).map((name, i) => {
    names[`#r${i}`] = name;
    return `#r${i}`;
  });
  let expression = `SET ${sets.join(', ')}`;
  if (removes.length > 0) expression += ` REMOVE ${removes.join(', ')}`;
  expression += ` ${u.mark.add.expression}`;
  let condition: string | undefined;
  if (u.condition) {
    condition = u.condition.expression;
    Object.assign(names, u.condition.names ?? {});
    Object.assign(values, u.condition.values ?? {});
  } else if (u.expectedVersion !== undefined) {
    names['#version'] = 'version';
    if (u.expectedVersion === 0) condition = 'attribute_not_exists(#version)';
    else {
      condition = '#version = :expectedVersion';
      values[':expectedVersion'] = { N: String(u.expectedVersion) };
    }
  }
  if (u.mustExist) condition = condition ? `attribute_exists(PK) AND (${condition})` : 'attribute_exists(PK)';
  return {
    TableName: table,
    Key: u.key,
    UpdateExpression: expression,
    ...(condition ? { ConditionExpression: condition } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/**
 * A person's action as the one versioned update of `update.key`, recorded in the audit log: the
 * entry is put as pending, the update carries its id, then the entry is committed.
 */
export function auditedUpdate(
  client: DynamoDBClient,
  table: string,
  audit: AuditLog,
  draft: AuditDraft,
  update: Omit<VersionedUpdate, 'mark'>,
): Promise<unknown> {
  return audit.record(draft, update.key, (mark) =>
    client.send(new UpdateItemCommand(versionedUpdateParams(table, { ...update, mark }))),
  );
}
