import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { originalFileFolders, originalFileKey } from './blob-keys.js';
import { FolderArchive } from './folder-archive.js';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('FolderArchive', () => {
  it('writes whole files under their key and reads them back', async () => {
    root = await mkdtemp(join(tmpdir(), 'mgi-folder-archive-'));
    const archive = new FolderArchive(root);
    await archive.put('originals/ab/abc.xlsx', new Uint8Array([1, 2, 3]), 'x');
    await archive.put('originals/ab/abd.xlsx', new Uint8Array([4]), 'x');
    expect(await archive.get('originals/ab/abc.xlsx')).toEqual(new Uint8Array([1, 2, 3]));
    expect(await archive.get('originals/ab/none.xlsx')).toBeNull();
    // No temporary file is left beside the written ones.
    expect((await readdir(join(root, 'originals', 'ab'))).sort()).toEqual(['abc.xlsx', 'abd.xlsx']);
  });

  it('makes a folder again when it was removed after its first write', async () => {
    root = await mkdtemp(join(tmpdir(), 'mgi-folder-archive-'));
    const archive = new FolderArchive(root);
    await archive.put('originals/cd/one.xlsx', new Uint8Array([1]), 'x');
    await rm(join(root, 'originals'), { recursive: true });
    await archive.put('originals/cd/two.xlsx', new Uint8Array([2]), 'x');
    expect(await archive.get('originals/cd/two.xlsx')).toEqual(new Uint8Array([2]));
  });

  it('makes folders ahead of the writes, and writes into them', async () => {
    root = await mkdtemp(join(tmpdir(), 'mgi-folder-archive-'));
    const archive = new FolderArchive(root);
    const folders = originalFileFolders();
    expect(folders).toHaveLength(256);
    expect(new Set(folders).size).toBe(256);
    await archive.makeFolders(folders);
    // Again (a restart on the same data): nothing fails.
    await new FolderArchive(root).makeFolders(folders);
    expect((await readdir(join(root, 'originals'))).sort()).toEqual(folders.map((f) => f.slice(10)).sort());
    const key = originalFileKey('ff'.repeat(32));
    await archive.put(key, new Uint8Array([9]), 'x');
    expect(await archive.get(key)).toEqual(new Uint8Array([9]));
    await expect(archive.makeFolders(['../outside'])).rejects.toThrow(/unsafe/);
  });

  it('refuses a key that could leave the folder', async () => {
    root = await mkdtemp(join(tmpdir(), 'mgi-folder-archive-'));
    const archive = new FolderArchive(root);
    await expect(archive.put('../escape.xlsx', new Uint8Array([1]), 'x')).rejects.toThrow(/unsafe/);
  });
});
