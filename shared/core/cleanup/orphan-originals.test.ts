import { describe, expect, it } from 'vitest';
import { isOriginalsArchive, pickOrphans, recheckOrphan, sha256OfOriginalKey } from './orphan-originals.js';

const shaA = 'ab'.padEnd(64, '1');
const shaB = 'cd'.padEnd(64, '2');
const shaC = 'ef'.padEnd(64, '3');
const keyOf = (sha: string) => `originals/${sha.slice(0, 2)}/${sha}.xlsx`;
const HOUR = 3_600_000;
const now = new Date('2026-12-05T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * HOUR);

describe('sha256OfOriginalKey', () => {
  it('reads the sha of an original key', () => {
    expect(sha256OfOriginalKey(keyOf(shaA))).toBe(shaA);
  });

  it.each([
    ['a snapshot', 'snapshots/jateng/s1/consolidated-en.xlsx'],
    ['a rejected upload', `rejected/${shaA}.xlsx`],
    ['a temp file beside an original', `${keyOf(shaA)}.0a1b2c.tmp`],
    ['a folder that does not match the sha', `originals/ff/${shaA}.xlsx`],
    [
      'an upper-case sha',
      keyOf(shaA).toUpperCase().replace('ORIGINALS', 'originals').replace('.XLSX', '.xlsx'),
    ],
    ['a short sha', 'originals/ab/abc.xlsx'],
    ['a nested key', `originals/ab/x/${shaA}.xlsx`],
  ])('is null for %s', (_, key) => {
    expect(sha256OfOriginalKey(key)).toBeNull();
  });
});

describe('pickOrphans', () => {
  it('picks an uncommitted original older than the grace, and nothing else', () => {
    const listed = [
      { key: keyOf(shaA), lastModified: hoursAgo(48) }, // committed: kept
      { key: keyOf(shaB), lastModified: hoursAgo(48) }, // orphan past the grace: picked
      { key: keyOf(shaC), lastModified: hoursAgo(2) }, // orphan, still young: kept
      { key: 'snapshots/a/b/summary.json', lastModified: hoursAgo(500) }, // not an original
    ];
    expect(pickOrphans(listed, new Set([shaA]), now, 24 * HOUR)).toEqual([keyOf(shaB)]);
  });

  it('takes an original exactly at the grace, not one a millisecond younger', () => {
    const at = { key: keyOf(shaB), lastModified: new Date(now.getTime() - HOUR) };
    const younger = { key: keyOf(shaC), lastModified: new Date(now.getTime() - HOUR + 1) };
    expect(pickOrphans([at, younger], new Set(), now, HOUR)).toEqual([keyOf(shaB)]);
  });

  it('with a grace of 0 (start-up, nothing in flight) takes every uncommitted original', () => {
    const listed = [
      { key: keyOf(shaA), lastModified: now },
      { key: keyOf(shaB), lastModified: hoursAgo(1) },
    ];
    expect(pickOrphans(listed, new Set([shaB]), now, 0)).toEqual([keyOf(shaA)]);
  });

  it('keeps an original written "after now" (the archive clock ahead of ours)', () => {
    const listed = [{ key: keyOf(shaA), lastModified: new Date(now.getTime() + 60_000) }];
    expect(pickOrphans(listed, new Set(), now, 0)).toEqual([]);
  });
});

describe('isOriginalsArchive', () => {
  it('tells an archive that can list, re-check and remove from one that cannot', () => {
    const sweepable = { listOriginals: () => [], lastModified: async () => null, remove: async () => {} };
    expect(isOriginalsArchive(sweepable)).toBe(true);
    expect(isOriginalsArchive({ put: async () => {}, get: async () => null })).toBe(false);
  });
});

describe('recheckOrphan', () => {
  const listedAt = hoursAgo(30);

  it('removes an original unchanged since it was listed', () => {
    expect(recheckOrphan(listedAt, new Date(listedAt), now, 24 * HOUR)).toBe('remove');
  });

  it('keeps an original written again since the listing (a re-upload of the same bytes)', () => {
    expect(recheckOrphan(listedAt, hoursAgo(25), now, 24 * HOUR)).toBe('refreshed');
    // Even with a grace of 0 (start-up): any new write is a sign of life.
    expect(recheckOrphan(listedAt, new Date(listedAt.getTime() + 1), now, 0)).toBe('refreshed');
  });

  it('keeps an unchanged original still within the grace (the clock went back)', () => {
    expect(recheckOrphan(listedAt, new Date(listedAt), hoursAgo(40), 24 * HOUR)).toBe('refreshed');
  });

  it('reports an original that is gone', () => {
    expect(recheckOrphan(listedAt, null, now, 24 * HOUR)).toBe('gone');
  });
});
