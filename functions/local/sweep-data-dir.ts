/**
 * The start-up sweep of DATA_DIR's archive. It runs before the service accepts a request, when
 * nothing is in flight, so everything a crash can leave behind can go at once: every `*.tmp` file
 * (a write interrupted before its rename) and every original upload that no committed submission
 * names (archived, then the process died before the commit, or the commit was refused). Rejected
 * files, snapshots and drafts are left alone: they are not tied to a submission.
 */
import type { Dirent } from 'node:fs';
import { readdir, unlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { type DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';
import type { Item } from '../../shared/adapters/dynamodb/attribute-values.js';
import { shaMarksFromItem } from '../../shared/adapters/dynamodb/keys.js';

export interface SweepResult {
  tempFiles: number;
  orphanOriginals: number;
}

const ORIGINAL = /^originals\/[0-9a-f]{2}\/([0-9a-f]{64})\.xlsx$/;

/** Every file under `dir`, as paths relative to it with `/` separators. */
async function filesUnder(dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true, encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * The sha256 of every committed upload: the marks the one conditional commit write puts on the
 * agency item, and submissions of the earlier protocol that say `committed` themselves.
 */
async function committedShas(client: DynamoDBClient, table: string): Promise<Set<string>> {
  const shas = new Set<string>();
  for await (const page of paginateScan({ client }, { TableName: table })) {
    for (const item of (page.Items ?? []) as Item[]) {
      for (const sha of shaMarksFromItem(item).keys()) shas.add(sha);
      if (item.status?.S === 'committed' && item.sha256?.S) shas.add(item.sha256.S);
    }
  }
  return shas;
}

/** Removes temp files and orphan originals under `archiveDir`; call only while nothing is in flight. */
export async function sweepArchive(
  archiveDir: string,
  store: { client: DynamoDBClient; table: string },
): Promise<SweepResult> {
  const files = await filesUnder(archiveDir);
  const result: SweepResult = { tempFiles: 0, orphanOriginals: 0 };
  const originals = files.filter((f) => ORIGINAL.test(f));
  const keep = originals.length > 0 ? await committedShas(store.client, store.table) : new Set<string>();
  for (const file of files) {
    if (file.endsWith('.tmp')) {
      await unlink(join(archiveDir, file));
      result.tempFiles += 1;
      continue;
    }
    const sha = ORIGINAL.exec(file)?.[1];
    if (sha && !keep.has(sha)) {
      await unlink(join(archiveDir, file));
      result.orphanOriginals += 1;
    }
  }
  return result;
}
