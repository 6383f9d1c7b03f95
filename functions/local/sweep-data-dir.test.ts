import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sweepTempFiles } from './sweep-data-dir.js';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('sweepTempFiles', () => {
  it('removes every interrupted write (*.tmp) at any depth and nothing else', async () => {
    root = await mkdtemp(join(tmpdir(), 'mgi-sweep-tmp-'));
    await mkdir(join(root, 'originals', 'ab'), { recursive: true });
    await mkdir(join(root, 'snapshots', 'a', 's1'), { recursive: true });
    await writeFile(join(root, 'originals', 'ab', 'abc.xlsx'), 'kept');
    await writeFile(join(root, 'originals', 'ab', 'abc.xlsx.0a1b2c3d4e5f.tmp'), 'half');
    await writeFile(join(root, 'snapshots', 'a', 's1', 'summary.json.ffeeddccbbaa.tmp'), 'half');
    await writeFile(join(root, 'snapshots', 'a', 's1', 'summary.json'), '{}');
    expect(await sweepTempFiles(root)).toBe(2);
    expect(await readdir(join(root, 'originals', 'ab'))).toEqual(['abc.xlsx']);
    expect(await readdir(join(root, 'snapshots', 'a', 's1'))).toEqual(['summary.json']);
  });

  it('is a no-op for an archive folder that does not exist yet', async () => {
    root = await mkdtemp(join(tmpdir(), 'mgi-sweep-tmp-'));
    expect(await sweepTempFiles(join(root, 'archive'))).toBe(0);
  });
});
