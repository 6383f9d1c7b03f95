/**
 * `npm start` as a user runs it: a child process on a temporary DATA_DIR prints the URL and the
 * admin token once, serves the API, stops cleanly on SIGTERM, and a restart keeps all data.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dataDir: string;
const children: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function startServer(env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/server.ts'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d) => {
    output += String(d);
  });
  child.stderr!.on('data', (d) => {
    output += String(d);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const check = () => {
      const url = /HTTP API: +(http:\/\/127\.0\.0\.1:\d+)\/api/.exec(output)?.[1];
      if (url && /Admin token/.test(output)) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve({ child, url, output: () => output });
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function stopServer(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
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
    expect(await stopServer(first.child)).toBe(0);

    const second = await startServer();
    expect(second.output()).not.toMatch(/mgi_adm_/);
    const read = await fetch(`${second.url}/api/assessments/persist`, { headers });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id: 'persist', name: 'Kept across restarts' });
    expect(await stopServer(second.child)).toBe(0);
  });

  it('uses ADMIN_TOKEN when set', async () => {
    const adminToken = 'mgi_adm_chosen-by-the-operator-123';
    const server = await startServer({ ADMIN_TOKEN: adminToken });
    const res = await fetch(`${server.url}/api/assessments`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(res.status).toBe(200);
    expect(await stopServer(server.child)).toBe(0);
  });
});
