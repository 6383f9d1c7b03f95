import { describe, expect, it } from 'vitest';
import { commentsByIndicator, reviewStateOf } from './review-state.js';
import type { ReviewRecord } from './review-types.js';

const record = (submissionId: string, status: ReviewRecord['status']): ReviewRecord => ({
  assessmentId: 'a',
  agencyCode: 'X',
  submissionId,
  status,
  note: 'n',
  comments: [
    { indicatorId: '1.01', text: 'cite the regulation' },
    { indicatorId: '1.01', text: 'and its number' },
  ],
  version: 3,
  reviewedAt: '2026-01-01T00:00:00.000Z',
  reviewedBy: { kind: 'account', id: 'c', name: 'C' },
});

describe('reviewStateOf', () => {
  it('is none without a submission, received without a decision', () => {
    expect(reviewStateOf(null, null)).toEqual({ status: 'none', review: null, version: 0 });
    expect(reviewStateOf({ submissionId: 's1' }, null).status).toBe('received');
  });
  it('follows the decision while it is about the current submission', () => {
    const state = reviewStateOf({ submissionId: 's1' }, record('s1', 'returned'));
    expect(state.status).toBe('returned');
    expect(state.version).toBe(3);
    expect(commentsByIndicator(state).get('1.01')).toEqual(['cite the regulation', 'and its number']);
  });
  it('is received again once a newer submission is current, keeping the version to write at', () => {
    const state = reviewStateOf({ submissionId: 's2' }, record('s1', 'returned'));
    expect(state).toEqual({ status: 'received', review: null, version: 3 });
    expect(commentsByIndicator(state).size).toBe(0);
  });
  it('shows no comments for an accepted submission', () => {
    expect(commentsByIndicator(reviewStateOf({ submissionId: 's1' }, record('s1', 'accepted'))).size).toBe(0);
  });
});
