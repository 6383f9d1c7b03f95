import { describe, expect, it } from 'vitest';
import {
  agencyFromItem,
  agencyToItem,
  entityOf,
  keys,
  responseChunkFromItem,
  responseChunkToItem,
  shaMarkAttribute,
  shaMarksFromItem,
  submissionFromItem,
  submissionToItem,
  tokenFromItem,
  tokenToItem,
  toPublicAgency,
} from './keys.js';

const AGENCY = {
  assessmentId: 'jateng',
  code: 'A1',
  name: 'Dinas',
  level: 'provincial',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const counts = { yes: 1, partially: 0, no: 0, dont_know: 0, not_applicable: 0, unanswered: 75 };

describe('keys', () => {
  it('puts an agency, its submissions, chunks and key claims in the places the access patterns read', () => {
    expect(keys.agency('jateng', 'DINKES')).toEqual({ PK: { S: 'ASMT#jateng' }, SK: { S: 'AGY#DINKES' } });
    expect(keys.submission('jateng', 'DINKES', 'abc')).toEqual({
      PK: { S: 'ASMT#jateng#AGY#DINKES' },
      SK: { S: 'SUB#abc' },
    });
    expect(keys.responseChunk('jateng', 'DINKES', 'abc', 3).SK.S).toBe('RESP#abc#0003');
    expect(keys.keyClaim('jateng', 'DINKES', 'ff').SK.S).toBe('IKEY#ff');
    expect(keys.token('deadbeef')).toEqual({ PK: { S: 'TOKEN#deadbeef' }, SK: { S: 'TOKEN' } });
  });

  it('reads the sha256 marks of an agency item as sha256 → submission id, ignoring other attributes', () => {
    const item = {
      ...agencyToItem(AGENCY),
      [shaMarkAttribute('aa'.repeat(32))]: { S: 'sub-1' },
      [shaMarkAttribute('bb'.repeat(32))]: { S: 'sub-2' },
    };
    expect(shaMarkAttribute('ff')).toBe('sha:ff');
    expect([...shaMarksFromItem(item)]).toEqual([
      ['aa'.repeat(32), 'sub-1'],
      ['bb'.repeat(32), 'sub-2'],
    ]);
    expect(agencyFromItem(item).name).toBe('Dinas');
  });

  it('round-trips a submission with its entity tag', () => {
    const submission = {
      id: 'lz1abc0123456789',
      assessmentId: 'jateng',
      agency: 'DINKES',
      channel: 'xlsx' as const,
      sha256: 'ab'.repeat(32),
      receivedAt: '2026-01-15T08:00:00.000Z',
      counts,
      warnings: [],
      status: 'staged' as const,
      chunkCount: 2,
      originalKey: 'originals/ab/x.xlsx',
    };
    const item = submissionToItem(submission);
    expect(entityOf(item)).toBe('submission');
    expect(item.SK).toEqual({ S: 'SUB#lz1abc0123456789' });
    expect(submissionFromItem(item)).toEqual(submission);
  });

  it('reads an agency without a pointer as not submitted, and with one as current', () => {
    const base = AGENCY;
    expect(agencyFromItem(agencyToItem(base)).current).toBeNull();
    const withPointer = {
      ...agencyToItem(base),
      curId: { S: 's1' },
      curReceivedAt: { S: '2026-01-02T00:00:00.000Z' },
      curOrder: { S: '2026-01-02T00:00:00.000Z#s1' },
      curChannel: { S: 'form' },
      curCounts: { S: JSON.stringify(counts) },
      curChunks: { N: '1' },
    };
    expect(agencyFromItem(withPointer).current).toEqual({
      submissionId: 's1',
      receivedAt: '2026-01-02T00:00:00.000Z',
      channel: 'form',
      counts,
    });
    // The public agency carries neither the token hash nor the stored pointer's internals.
    const stored = agencyFromItem({ ...withPointer, tokenHash: { S: 'h' } });
    // An agency stored before contacts existed reads with empty contacts, Indonesian, enabled, version 0.
    expect(toPublicAgency(stored)).toEqual({
      ...base,
      contactName: null,
      email: null,
      phone: null,
      lang: 'id',
      disabled: false,
      version: 0,
      current: stored.current,
    });
  });

  it('round-trips response chunks and tokens', () => {
    const responses = [
      {
        indicatorId: '1.01',
        answer: 'yes' as const,
        justificationType: 'practice' as const,
        justification: 'x'.repeat(12),
        evidence: null,
      },
    ];
    const chunk = responseChunkToItem('jateng', 'A1', 's1', 0, responses);
    expect(responseChunkFromItem(chunk)).toEqual({ submissionId: 's1', index: 0, responses });
    expect(chunk.responses).toBeUndefined();
    // A chunk stored before compression (JSON string attribute) still reads.
    const { responsesZ: _z, ...older } = chunk;
    const legacy = { ...older, responses: { S: JSON.stringify(responses) } };
    expect(responseChunkFromItem(legacy).responses).toEqual(responses);
    const agencyToken = { kind: 'agency' as const, assessmentId: 'jateng', agencyCode: 'A1' };
    expect(tokenFromItem(tokenToItem('h', agencyToken, 'now'))).toEqual(agencyToken);
    const owner = {
      kind: 'account' as const,
      accountId: 'bootstrap',
      name: 'Owner',
      role: 'owner' as const,
      assessments: '*' as const,
    };
    expect(tokenFromItem(tokenToItem('h', owner, 'now'))).toEqual(owner);
    // A token of the time before accounts no longer speaks for anyone.
    expect(tokenFromItem({ ...tokenToItem('h', owner, 'now'), role: { S: 'admin' } })).toBeNull();
  });
});
