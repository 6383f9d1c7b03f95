import { describe, expect, it } from 'vitest';
import type { AuditMark } from '../../core/audit/audit-port.js';
import { agencyRecordParams, agencyTokenParams } from './agency-params.js';

const mark: AuditMark = {
  id: 'e1',
  add: {
    expression: 'ADD #auditIds :auditId',
    names: { '#auditIds': 'auditIds' },
    values: { ':auditId': { SS: ['e1'] } },
  },
};

describe('agency write params', () => {
  it('creates only when absent, with the audit mark in the same write', () => {
    const p = agencyRecordParams('t', {
      assessmentId: 'a',
      code: 'dinkes',
      set: { name: { S: 'Dinkes' } },
      remove: ['email'],
      observedVersion: null,
      mark,
    });
    expect(p.Key).toEqual({ PK: { S: 'ASMT#a' }, SK: { S: 'AGY#DINKES' } });
    expect(p.UpdateExpression).toBe('SET #s0 = :s0 REMOVE #r0 ADD #auditIds :auditId');
    expect(p.ConditionExpression).toBe('attribute_not_exists(PK)');
    expect(p.ExpressionAttributeNames).toEqual({ '#auditIds': 'auditIds', '#s0': 'name', '#r0': 'email' });
  });

  it('updates only the version read (an item from before versions has none)', () => {
    const base = { assessmentId: 'a', code: 'X', set: { name: { S: 'n' } }, mark };
    expect(agencyRecordParams('t', { ...base, observedVersion: 0 }).ConditionExpression).toBe(
      'attribute_exists(PK) AND attribute_not_exists(#version)',
    );
    const p = agencyRecordParams('t', { ...base, observedVersion: 3 });
    expect(p.ConditionExpression).toBe('#version = :observed');
    expect(p.ExpressionAttributeValues?.[':observed']).toEqual({ N: '3' });
  });

  it('sets a token hash only on an existing, enabled agency; revoking only needs it to exist', () => {
    const set = agencyTokenParams('t', { assessmentId: 'a', code: 'X', hash: 'h', mark });
    expect(set.UpdateExpression).toBe('SET tokenHash = :hash ADD #auditIds :auditId');
    expect(set.ConditionExpression).toBe('attribute_exists(PK) AND NOT #disabled = :true');
    const revoke = agencyTokenParams('t', { assessmentId: 'a', code: 'X', hash: null, mark });
    expect(revoke.UpdateExpression).toBe('REMOVE tokenHash ADD #auditIds :auditId');
    expect(revoke.ConditionExpression).toBe('attribute_exists(PK)');
    expect(revoke.ReturnValues).toBe('ALL_OLD');
  });
});
