import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapWithConcurrency } from '../../core/concurrency.js';
import type { BlobArchive } from '../../ports.js';
import { assertSafeKey } from './blob-keys.js';

/**
 * The blob archive as a folder (under DATA_DIR on one machine). Writes go to a temporary file
 * and are renamed into place, so a reader never sees half a file.
 */
export class FolderArchive implements BlobArchive {
  /** Folders this archive has made: each is made once, not once per write. */
  private readonly made = new Set<string>();

  constructor(readonly root: string) {}

  private path(key: string): string {
    assertSafeKey(key);
    return join(this.root, ...key.split('/'));
  }

  /**
   * Makes `folders` (archive keys of folders) ahead of the writes that need them, 16 at a time.
   * Making a folder costs more than writing a small file into one (a new inode and directory block
   * each), so the local service makes the originals' 256 folders at start rather than during the
   * first uploads, most of which would each need a new one.
   */
  async makeFolders(folders: readonly string[]): Promise<void> {
    await mapWithConcurrency(folders, 16, (key) => this.makeFolder(this.path(key)));
  }

  /** Makes `folder` unless this archive already made it. */
  private async makeFolder(folder: string): Promise<void> {
    if (this.made.has(folder)) return;
    await mkdir(folder, { recursive: true });
    this.made.add(folder);
  }

  async put(key: string, bytes: Uint8Array, _contentType: string): Promise<void> {
    const target = this.path(key);
    const folder = dirname(target);
    await this.makeFolder(folder);
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, bytes);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // The folder was removed while we ran (by hand, or a clean-up): make it again.
      await mkdir(folder, { recursive: true });
      await writeFile(temp, bytes);
    }
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

  /** A folder cannot sign URLs: the app streams the bytes itself. */
  async presignedUrl(): Promise<string | null> {
    return null;
  }
}
