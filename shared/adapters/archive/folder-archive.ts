import { randomBytes } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { ListedOriginal, OriginalsArchive } from '../../core/cleanup/orphan-originals.js';
import type { BlobArchive } from '../../ports.js';
import { assertSafeKey } from './blob-keys.js';

/**
 * The blob archive as a folder (under DATA_DIR on one machine). Writes go to a temporary file
 * and are renamed into place, so a reader never sees half a file.
 */
export class FolderArchive implements BlobArchive, OriginalsArchive {
  constructor(readonly root: string) {}

  private path(key: string): string {
    assertSafeKey(key);
    return join(this.root, ...key.split('/'));
  }

  async put(key: string, bytes: Uint8Array, _contentType: string): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, target);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.path(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Every file under `originals/` (temp files included: the sweep's rule tells originals apart). */
  async *listOriginals(): AsyncIterable<ListedOriginal> {
    const dir = join(this.root, 'originals');
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { recursive: true, withFileTypes: true, encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const key = relative(this.root, path).split(sep).join('/');
      try {
        this.path(key);
      } catch {
        continue; // a name no archive key can have (not written by us): never ours to remove
      }
      const modified = await this.lastModified(key);
      if (modified) yield { key, lastModified: modified };
    }
  }

  /** The file's modification time (a rename keeps its temp file's, i.e. the write's), or null when gone. */
  async lastModified(key: string): Promise<Date | null> {
    try {
      return (await stat(this.path(key))).mtime;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await unlink(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /** A folder cannot sign URLs: the app streams the bytes itself. */
  async presignedUrl(): Promise<string | null> {
    return null;
  }
}
