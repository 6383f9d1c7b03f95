import { describe, expect, it } from 'vitest';
import { isAppError } from '../app-error.js';
import { LOCAL_MGI_FRAMEWORK } from '../frameworks/local-mgi.js';
import { checkCommentTarget, checkRoundDates, isRoundOpen } from './consultation-rules.js';

const now = new Date('2026-10-01T00:00:00.000Z');

function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isAppError(error))
      return { code: error.code, status: error.status, fields: error.issues.map((i) => i.field) };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('consultation rules', () => {
  it('a round is open from its opening to its close', () => {
    const round = { opens: '2026-09-30T00:00:00.000Z', closes: '2026-10-01T00:00:00.000Z' };
    expect(isRoundOpen(round, now)).toBe(true);
    expect(isRoundOpen(round, new Date('2026-10-01T00:00:00.001Z'))).toBe(false);
    expect(isRoundOpen(null, now)).toBe(false);
  });
  it('dates: opens defaults to now; closes must be a future instant after the opening', () => {
    expect(checkRoundDates({ closes: '2026-10-08T17:00:00+07:00' }, now, 'en')).toEqual({
      opens: now.toISOString(),
      closes: '2026-10-08T10:00:00.000Z',
    });
    expect(failure(() => checkRoundDates({ closes: 'next week' }, now, 'en'))).toEqual({
      code: 'date.invalid',
      status: 422,
      fields: ['closes'],
    });
    expect(failure(() => checkRoundDates({ closes: '2026-09-01T00:00:00Z' }, now, 'en')).fields).toEqual([
      'closes',
    ]);
    expect(
      failure(() =>
        checkRoundDates({ opens: '2026-10-09T00:00:00Z', closes: '2026-10-08T00:00:00Z' }, now, 'id'),
      ).code,
    ).toBe('date.before_opening');
  });
  it('a comment names a known indicator (its domain follows) or a known domain', () => {
    const indicator = LOCAL_MGI_FRAMEWORK.indicators[20]!;
    expect(checkCommentTarget(LOCAL_MGI_FRAMEWORK, { indicatorId: indicator.id, text: 't' }, 'en')).toEqual({
      indicatorId: indicator.id,
      domainId: indicator.domainId,
    });
    expect(checkCommentTarget(LOCAL_MGI_FRAMEWORK, { domainId: '3', text: 't' }, 'en')).toEqual({
      indicatorId: null,
      domainId: '3',
    });
    expect(
      failure(() => checkCommentTarget(LOCAL_MGI_FRAMEWORK, { indicatorId: '9.99', text: 't' }, 'en')),
    ).toEqual({
      code: 'comment.unknown_indicator',
      status: 422,
      fields: ['indicatorId'],
    });
    expect(
      failure(() => checkCommentTarget(LOCAL_MGI_FRAMEWORK, { domainId: '42', text: 't' }, 'en')).fields,
    ).toEqual(['domainId']);
  });
});
