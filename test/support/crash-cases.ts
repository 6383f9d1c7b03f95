/**
 * Issue 17, leftovers, as one suite run on each archive: the service as `npm start` runs it (a
 * child process on a temporary DATA_DIR, dynalite on disk) is killed with SIGKILL at three points
 * of a burst of 58 uploads and restarted each time. After each restart every acknowledged upload
 * is listed and its original file downloads byte for byte; an upload in flight at the kill is
 * either absent or whole; and the start-up sweep has left no temp file and no original that
 * belongs to no submission. An upload refused for a reused Idempotency-Key leaves no file. The
 * child's TMPDIR is a folder of its own, which must stay empty: nothing is written outside
 * DATA_DIR (and, on the S3 path, the bucket).
 *
 * Archives: the folder DATA_DIR/archive, and a bucket on a local S3-compatible server (s3rver)
 * reached by the same S3 adapter as on AWS. Not covered: abandoned multipart parts on S3 (the
 * service writes originals with single PUTs; the lifecycle rule in infra aborts any after a day).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, type LocalChild, startLocalChild, stopLocalChild } from './local-child.js';
import { type LocalS3, startLocalS3 } from './s3-server.js';
import { answerRows, filledWorkbook } from './workbooks.js';

/** Where the child keeps its archive. */
export type ArchiveKind = 'folder' | 's3';

/** The crash suite on one kind of archive. */
export function crashSuite(kind: ArchiveKind): void {
  const AID = 'crash-2026';
  const ADMIN = 'hardening-crash-admin-token-0123';
  const AGENCIES = Array.from({ length: 6 }, (_, i) => `AGY${i + 1}`);
  const UPLOADS = 58;
  const KILL_AFTER = [8, 25, 44];
  const PARALLEL = 6;

  let root = '';
  let dataDir = '';
  let childTmp = '';
  let service: LocalChild | undefined;
  let s3: LocalS3 | undefined;
  const tokens: Record<string, string> = {};

  interface Upload {
    agency: string;
    bytes: Uint8Array;
    sha: string;
    state: 'waiting' | 'in-flight' | 'acknowledged' | 'in-doubt';
  }
  const uploads: Upload[] = [];

  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

  async function start(): Promise<LocalChild> {
    service = await startLocalChild(dataDir, { ADMIN_TOKEN: ADMIN, TMPDIR: childTmp, ...s3?.env });
    return service;
  }

  const call = (
    method: string,
    path: string,
    token: string,
    init?: { json?: unknown; body?: Uint8Array; key?: string },
  ) => callApi(service!.url, method, path, token, init);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), `mgi-hardening-crash-${kind}-`));
    dataDir = join(root, 'data');
    childTmp = join(root, 'child-tmp');
    await mkdir(childTmp);
    if (kind === 's3') s3 = await startLocalS3();
    await start();
    expect(
      (
        await call('POST', '/api/assessments', ADMIN, {
          json: { id: AID, name: AID, frameworkId: 'local-mgi' },
        })
      ).status,
    ).toBe(201);
    for (const code of AGENCIES) {
      const res = await call('PUT', `/api/assessments/${AID}/agencies/${code}`, ADMIN, {
        json: { name: code, level: 'provincial' },
      });
      tokens[code] = ((await res.json()) as { token: string }).token;
    }
    for (let i = 0; i < UPLOADS; i++) {
      const agency = AGENCIES[i % AGENCIES.length]!;
      const bytes = await filledWorkbook({
        assessmentId: AID,
        agencyCode: agency,
        rows: answerRows(`crash${i}`),
      });
      uploads.push({ agency, bytes, sha: sha256(bytes), state: 'waiting' });
    }
  }, 240_000);

  afterAll(async () => {
    if (service) await stopLocalChild(service.child, 'SIGKILL');
    await s3?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  /**
   * Sends the uploads not yet acknowledged, `PARALLEL` at a time, and kills the child with SIGKILL
   * as soon as the acknowledged count reaches `killAt` (null: let the burst finish).
   */
  async function burst(killAt: number | null): Promise<void> {
    const queue = uploads.filter((u) => u.state === 'waiting' || u.state === 'in-doubt');
    let killed = false;
    const worker = async () => {
      for (let next = queue.shift(); next && !killed; next = queue.shift()) {
        // An upload in flight at a kill may have committed before it: sent again, it is a duplicate (200).
        const accepted = next.state === 'in-doubt' ? [200, 201] : [201];
        next.state = 'in-flight';
        try {
          const res = await call('POST', `/api/assessments/${AID}/submissions`, tokens[next.agency]!, {
            body: next.bytes,
          });
          expect(accepted, await res.text()).toContain(res.status);
          next.state = 'acknowledged';
        } catch (error) {
          if (!killed) throw error;
          next.state = 'in-doubt';
          return;
        }
        const acked = uploads.filter((u) => u.state === 'acknowledged').length;
        if (killAt !== null && acked >= killAt && !killed) {
          killed = true;
          service!.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    for (const u of uploads) if (u.state === 'in-flight') u.state = 'in-doubt';
    if (killed) await stopLocalChild(service!.child, 'SIGKILL');
  }

  /** Every file under `dir`, relative. */
  async function files(dir: string): Promise<string[]> {
    try {
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
    } catch {
      return [];
    }
  }

  /** Every key in the archive: files under DATA_DIR/archive, or objects in the bucket. */
  async function archiveKeys(): Promise<string[]> {
    if (!s3) return files(join(dataDir, 'archive'));
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3.client.send(
        new ListObjectsV2Command({ Bucket: s3.bucket, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) keys.push(object.Key!);
      token = page.NextContinuationToken;
    } while (token);
    return keys;
  }

  /** What a crash mid-write leaves, planted, so the sweep is seen at work on every restart. */
  async function plantLeftovers(): Promise<void> {
    const orphan = `originals/ab/${'ab'.repeat(32)}.xlsx`;
    if (s3) {
      await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: orphan, Body: 'orphan' }));
      return;
    }
    await mkdir(join(dataDir, 'archive', 'originals', 'ab'), { recursive: true });
    await writeFile(join(dataDir, 'archive', orphan), 'orphan');
    await writeFile(join(dataDir, 'archive', `${orphan}.0123456789ab.tmp`), 'half');
  }

  /** Checks the restarted service against what the client was told. */
  async function verify(): Promise<void> {
    const visible = new Map<string, string>(); // sha → agency
    for (const agency of AGENCIES) {
      const res = await call('GET', `/api/assessments/${AID}/submissions?agency=${agency}`, ADMIN);
      expect(res.status).toBe(200);
      const list = (await res.json()) as
        | { submissions?: { id: string; sha256: string }[] }
        | { id: string; sha256: string }[];
      const submissions = Array.isArray(list) ? list : (list.submissions ?? []);
      for (const s of submissions) {
        visible.set(s.sha256, agency);
        const file = await call(
          'GET',
          `/api/assessments/${AID}/agencies/${agency}/submissions/${s.id}/file`,
          ADMIN,
        );
        expect(file.status).toBe(200);
        expect(sha256(new Uint8Array(await file.arrayBuffer()))).toBe(s.sha256);
      }
    }
    for (const u of uploads) {
      if (u.state === 'acknowledged')
        expect(visible.get(u.sha), `acknowledged upload ${u.sha}`).toBe(u.agency);
      if (u.state === 'waiting') expect(visible.has(u.sha)).toBe(false);
    }
    // Every visible submission was acknowledged or in flight at a kill (then whole, as checked above).
    for (const sha of visible.keys()) {
      expect(['acknowledged', 'in-doubt']).toContain(uploads.find((u) => u.sha === sha)?.state);
    }
    const archive = await archiveKeys();
    // On the S3 path nothing goes to the archive folder.
    if (s3) expect(await files(join(dataDir, 'archive'))).toEqual([]);
    expect(archive.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const originals = archive.filter((f) => f.startsWith('originals/'));
    expect(originals.map((f) => /([0-9a-f]{64})\.xlsx$/.exec(f)?.[1]).sort()).toEqual(
      [...visible.keys()].sort(),
    );
    // Only tsx's own transpile cache (the runner `npm start` uses, not the service) may be there.
    expect((await files(childTmp)).filter((f) => !f.startsWith('tsx-'))).toEqual([]);
  }

  describe(`SIGKILL during a burst of 58 uploads (${kind} archive)`, () => {
    it('after each restart: acknowledged uploads readable with their originals, nothing left over', async () => {
      for (const killAt of KILL_AFTER) {
        await burst(killAt);
        await plantLeftovers();
        await start();
        await verify();
      }
      await burst(null);
      expect(uploads.every((u) => u.state === 'acknowledged' || u.state === 'in-doubt')).toBe(true);
      await stopLocalChild(service!.child, 'SIGTERM');
      await start();
      await verify();
    }, 600_000);

    it('an upload refused for a reused Idempotency-Key leaves no file', async () => {
      const agency = AGENCIES[0]!;
      const a = await filledWorkbook({ assessmentId: AID, agencyCode: agency, rows: answerRows('key-a') });
      const b = await filledWorkbook({ assessmentId: AID, agencyCode: agency, rows: answerRows('key-b') });
      expect(
        (await call('POST', `/api/assessments/${AID}/submissions`, tokens[agency]!, { body: a, key: 'k-1' }))
          .status,
      ).toBe(201);
      const before = (await archiveKeys()).sort();
      const res = await call('POST', `/api/assessments/${AID}/submissions`, tokens[agency]!, {
        body: b,
        key: 'k-1',
      });
      expect(res.status).toBe(422);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('idempotency.key_reused');
      expect((await archiveKeys()).sort()).toEqual(before);
      expect(before.some((f) => f.includes(sha256(b)))).toBe(false);
    }, 120_000);
  });
}
