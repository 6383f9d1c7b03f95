/**
 * `npm start` as a user runs it: a child process on a temporary DATA_DIR prints the URL and the
 * admin token once, serves the API, stops cleanly on SIGTERM, and a restart keeps all data.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalChild, startLocalChild, stopLocalChild } from './support/local-child.js';

let dataDir: string;
const children: ChildProcess[] = [];

async function startServer(env: Record<string, string> = {}): Promise<LocalChild> {
  const started = await startLocalChild(dataDir, env);
  children.push(started.child);
  return started;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mgi-npm-start-'));
});

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('prints the admin token once, shuts down cleanly and keeps data across restarts', async () => {
    const first = await startServer();
    const token = /mgi_adm_[A-Za-z0-9_-]{43}/.exec(first.output())?.[0];
    expect(token).toBeDefined();
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const created = await fetch(`${first.url}/api/assessments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ id: 'persist', name: 'Kept across restarts', frameworkId: 'local-mgi' }),
    });
    expect(created.status).toBe(201);
    // The aggregation is wired in: a run now answers the summary and keeps a snapshot.
    const aggregated = await fetch(`${first.url}/api/assessments/persist/aggregate`, {
      method: 'POST',
      headers,
    });
    expect(aggregated.status).toBe(200);
    expect(await aggregated.json()).toMatchObject({ assessmentId: 'persist', agencies: { registered: 0 } });
    expect(await stopLocalChild(first.child)).toBe(0);

    const second = await startServer();
    expect(second.output()).not.toMatch(/mgi_adm_/);
    const read = await fetch(`${second.url}/api/assessments/persist`, { headers });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id: 'persist', name: 'Kept across restarts' });
    expect(await stopLocalChild(second.child)).toBe(0);
  });

  it('uses ADMIN_TOKEN when set', async () => {
    const adminToken = 'mgi_adm_chosen-by-the-operator-123';
    const server = await startServer({ ADMIN_TOKEN: adminToken });
    const res = await fetch(`${server.url}/api/assessments`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(res.status).toBe(200);
    expect(await stopLocalChild(server.child)).toBe(0);
  });
});
