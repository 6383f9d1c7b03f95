/**
 * Which archived originals are orphans: uploads archived before a commit that never happened (a
 * crash between the archive write and the commit, or a refused commit). Pure: the sweep lists the
 * archive and scans the table, this decides.
 */

/** One listed original: its key and when it was last written (a re-upload of the same bytes refreshes it). */
export interface ListedOriginal {
  key: string;
  lastModified: Date;
}

/** The archive's side of the sweep: list, re-check and remove originals (keys under `originals/`). */
export interface OriginalsArchive {
  /** Every object under `originals/`, in pages as the archive gives them. */
  listOriginals(): AsyncIterable<ListedOriginal>;
  /** When `key` was last written, or null when it is gone. */
  lastModified(key: string): Promise<Date | null>;
  /** Removes `key`; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

/** Whether an archive can be swept (the S3 and folder archives can). */
export function isOriginalsArchive(archive: object): archive is OriginalsArchive {
  const a = archive as Partial<OriginalsArchive>;
  return (
    typeof a.listOriginals === 'function' &&
    typeof a.lastModified === 'function' &&
    typeof a.remove === 'function'
  );
}

// The folder is the sha's first two characters (the backreference).
const ORIGINAL_KEY = /^originals\/([0-9a-f]{2})\/(\1[0-9a-f]{62})\.xlsx$/;

/** The sha256 an original's key names (`originals/<sha[0..2]>/<sha>.xlsx`), or null for any other key. */
export function sha256OfOriginalKey(key: string): string | null {
  return ORIGINAL_KEY.exec(key)?.[2] ?? null;
}

/** Whether `lastModified` is at least `graceMs` before `now` (a grace of 0 takes everything up to now). */
export function isPastGrace(lastModified: Date, now: Date, graceMs: number): boolean {
  return now.getTime() - lastModified.getTime() >= graceMs;
}

/**
 * Keys of the originals that no committed submission names and that were last written at least
 * `graceMs` before `now`. The grace covers uploads in flight (archived, commit not yet written) and
 * clocks that differ between the archive and this process. Other keys are never picked.
 */
export function pickOrphans(
  listed: readonly ListedOriginal[],
  committed: ReadonlySet<string>,
  now: Date,
  graceMs: number,
): string[] {
  return listed
    .filter(({ key, lastModified }) => {
      const sha = sha256OfOriginalKey(key);
      return sha !== null && !committed.has(sha) && isPastGrace(lastModified, now, graceMs);
    })
    .map(({ key }) => key);
}

/** What the re-check right before a removal found: still an orphan to remove, gone, or written again. */
export type RecheckVerdict = 'remove' | 'gone' | 'refreshed';

/**
 * The re-check of one picked original right before it is removed: a re-upload of the same bytes
 * writes the same key again (a new last-modified time, or one within the grace period), and its
 * commit may follow: keep it. `listedAt` and `current` must come from the same kind of read.
 */
export function recheckOrphan(
  listedAt: Date,
  current: Date | null,
  now: Date,
  graceMs: number,
): RecheckVerdict {
  if (current === null) return 'gone';
  if (current.getTime() !== listedAt.getTime() || !isPastGrace(current, now, graceMs)) return 'refreshed';
  return 'remove';
}
