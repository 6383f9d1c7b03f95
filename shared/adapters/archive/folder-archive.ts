import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BlobArchive } from '../../ports.js';
import { assertSafeKey } from './blob-keys.js';

/**
 * The blob archive as a folder (under DATA_DIR on one machine). Writes go to a temporary file
 * and are renamed into place, so a reader never sees half a file.
 */
export class FolderArchive implements BlobArchive {
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

  /** A folder cannot sign URLs: the app streams the bytes itself. */
  async presignedUrl(): Promise<string | null> {
    return null;
  }
}
