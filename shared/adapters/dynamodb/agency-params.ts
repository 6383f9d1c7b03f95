/**
 * Pure builders of the agency record's writes: each is ONE conditional UpdateItem on the agency
 * item that also carries the audit entry's id (`ADD #auditIds :auditId`).
 */
import type { AttributeValue, UpdateItemCommandInput } from '@aws-sdk/client-dynamodb';
import type { AuditMark } from '../../core/audit/audit-port.js';
import { keys } from './keys.js';

export interface AgencyRecordWrite {
  assessmentId: string;
  code: string;
  set: Record<string, AttributeValue>;
  remove?: string[];
  /** The version read before the write: null = the item did not exist, 0 = it has no version yet. */
  observedVersion: number | null;
  mark: AuditMark;
}

/**
 * Sets and removes attributes of the agency item only if it is still as read (absent, or at the
 * version read), so the audit entry's `before` is exactly what the write replaced.
 */
export function agencyRecordParams(table: string, w: AgencyRecordWrite): UpdateItemCommandInput {
  const names: Record<string, string> = { ...w.mark.add.names };
  const values: Record<string, AttributeValue> = { ...w.mark.add.values };
  const sets = Object.entries(w.set).map(([name, value], i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = value;
    return `#s${i} = :s${i}`;
  });
  const removes = (w.remove ?? []).map((name, i) => {
    names[`#r${i}`] = name;
    return `#r${i}`;
  });
  let expression = `SET ${sets.join(', ')}`;
  if (removes.length > 0) expression += ` REMOVE ${removes.join(', ')}`;
  expression += ` ${w.mark.add.expression}`;
  let condition: string;
  if (w.observedVersion !== null) names['#version'] = 'version';
  if (w.observedVersion === null) condition = 'attribute_not_exists(PK)';
  else if (w.observedVersion === 0) condition = 'attribute_exists(PK) AND attribute_not_exists(#version)';
  else {
    condition = '#version = :observed';
    values[':observed'] = { N: String(w.observedVersion) };
  }
  return {
    TableName: table,
    Key: keys.agency(w.assessmentId, w.code),
    UpdateExpression: expression,
    ConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/**
 * Sets (or with null removes) the agency's token hash, with the audit mark. Setting needs the agency
 * to exist and be enabled; returns the old item so the previous token can be deleted.
 */
export function agencyTokenParams(
  table: string,
  input: { assessmentId: string; code: string; hash: string | null; mark: AuditMark },
): UpdateItemCommandInput {
  const names: Record<string, string> = { ...input.mark.add.names };
  const values: Record<string, AttributeValue> = { ...input.mark.add.values };
  let expression: string;
  let condition = 'attribute_exists(PK)';
  if (input.hash === null) expression = `REMOVE tokenHash ${input.mark.add.expression}`;
  else {
    expression = `SET tokenHash = :hash ${input.mark.add.expression}`;
    values[':hash'] = { S: input.hash };
    names['#disabled'] = 'disabled';
    values[':true'] = { BOOL: true };
    condition += ' AND NOT #disabled = :true';
  }
  return {
    TableName: table,
    Key: keys.agency(input.assessmentId, input.code),
    UpdateExpression: expression,
    ConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ReturnValues: 'ALL_OLD',
  };
}
