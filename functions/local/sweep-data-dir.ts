/**
 * The start-up sweep of DATA_DIR's archive folder: every `*.tmp` file is a write interrupted
 * before its rename (the folder archive writes a temp file, then renames it into place). It runs
 * before the service accepts a request, when nothing is in flight, so they can all go at once.
 * Orphan originals are the shared sweep's (functions/cleanup/sweep-originals.ts), for a bucket too.
 */
import type { Dirent } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Removes every `*.tmp` file under `archiveDir` and returns how many; call only while nothing is in flight. */
export async function sweepTempFiles(archiveDir: string): Promise<number> {
  let entries: Dirent[];
  try {
    entries = await readdir(archiveDir, { recursive: true, withFileTypes: true, encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.tmp')) continue;
    await unlink(join(entry.parentPath, entry.name));
    removed += 1;
  }
  return removed;
}
