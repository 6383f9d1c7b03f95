import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

  it('refuses a key that could leave the folder', async () => {
    root = await mkdtemp(join(tmpdir(), 'mgi-folder-archive-'));
    const archive = new FolderArchive(root);
    await expect(archive.put('../escape.xlsx', new Uint8Array([1]), 'x')).rejects.toThrow(/unsafe/);
  });

  it('lists originals with their write time, re-reads one, removes one (twice is fine)', async () => {
    root = await mkdtemp(join(tmpdir(), 'mgi-folder-archive-'));
    const archive = new FolderArchive(root);
    await archive.put('originals/ab/abc.xlsx', new Uint8Array([1]), 'x');
    await archive.put('originals/cd/cde.xlsx', new Uint8Array([2]), 'x');
    await archive.put('snapshots/s/one.xlsx', new Uint8Array([3]), 'x');
    await writeFile(join(root, 'originals', 'ab', 'odd name.xlsx'), 'not ours');
    const written = new Date('2026-01-02T03:04:05.678Z');
    await utimes(join(root, 'originals', 'ab', 'abc.xlsx'), written, written);
    const listed = [];
    for await (const original of archive.listOriginals()) listed.push(original);
    listed.sort((a, b) => a.key.localeCompare(b.key));
    expect(listed.map((o) => o.key)).toEqual(['originals/ab/abc.xlsx', 'originals/cd/cde.xlsx']);
    expect(listed[0]?.lastModified).toEqual(written);
    expect(await archive.lastModified('originals/ab/abc.xlsx')).toEqual(written);
    await archive.remove('originals/ab/abc.xlsx');
    await archive.remove('originals/ab/abc.xlsx');
    expect(await archive.lastModified('originals/ab/abc.xlsx')).toBeNull();
    expect(await archive.get('originals/cd/cde.xlsx')).toEqual(new Uint8Array([2]));
    await expect(archive.remove('../escape.xlsx')).rejects.toThrow(/unsafe/);
  });

  it('lists nothing before the first original is written', async () => {
    root = await mkdtemp(join(tmpdir(), 'mgi-folder-archive-'));
    const listed = [];
    for await (const original of new FolderArchive(root).listOriginals()) listed.push(original);
    expect(listed).toEqual([]);
  });
});
