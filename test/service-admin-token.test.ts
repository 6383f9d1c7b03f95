import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminToken, hashToken } from '../functions/app/auth/tokens.js';
import { adminTokenCommand } from '../functions/cli/commands/admin-token.js';
import { buildLocalDeps, openLocalDeps } from '../functions/composition/local.js';
import { createApp } from '../functions/create-app.js';
import { type EmbeddedDynamo, startDynalite } from '../shared/adapters/dynalite-server.js';

const TABLE = 'mgi-admin-token-test';
let dynamo: EmbeddedDynamo;
let archiveDir: string;
const saved = { ...process.env };

beforeAll(async () => {
  dynamo = await startDynalite({ tableName: TABLE });
  archiveDir = await mkdtemp(join(tmpdir(), 'mgi-admin-token-'));
  // The command uses the SDK's usual credential chain; a local endpoint accepts any credentials.
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' });
});

afterAll(async () => {
  process.env = saved;
  await dynamo?.close();
  await rm(archiveDir, { recursive: true, force: true });
});

function capture() {
  const io = {
    text: '',
    out: (t: string) => {
      io.text += t;
    },
    err: (t: string) => {
      io.text += t;
    },
    cwd: tmpdir(),
  };
  return io;
}

const where = () => ['--table', TABLE, '--region', 'ap-southeast-3', '--endpoint', dynamo.endpoint];
const app = () =>
  createApp(buildLocalDeps({ LOG_LEVEL: 'silent' }, { client: dynamo.client, tableName: TABLE, archiveDir }));
const get = (token: string) =>
  app().request('/api/assessments', { headers: { authorization: `Bearer ${token}` } });

describe('mgi admin-token against a table', () => {
  it('creates an account, prints its token once, stores only the hash; the token works until revoked', async () => {
    const io = capture();
    expect(await adminTokenCommand.run([...where(), '--name', 'Sari', '--role', 'editor'], io)).toBe(0);
    const token = /mgi_adm_[A-Za-z0-9_-]{43}/.exec(io.text)?.[0];
    expect(token).toBeDefined();
    const id = /Account (acct-[0-9a-f]+)/.exec(io.text)?.[1];
    const deps = buildLocalDeps(
      { LOG_LEVEL: 'silent' },
      { client: dynamo.client, tableName: TABLE, archiveDir },
    );
    expect(await deps.tokens.getToken(hashToken(token!))).toMatchObject({ kind: 'account', accountId: id });
    expect((await get(token!)).status).toBe(200);

    const listed = capture();
    expect(await adminTokenCommand.run([...where(), '--list'], listed)).toBe(0);
    expect(listed.text).toContain(`${id}\teditor\t*\tSari`);
    expect(listed.text).not.toContain(token!);

    const revoked = capture();
    expect(await adminTokenCommand.run([...where(), '--revoke', id!], revoked)).toBe(0);
    expect((await get(token!)).status).toBe(401);
    const audit = await deps.audit.list('_accounts');
    expect(audit.map((e) => e.action)).toEqual(['account.revoked', 'account.created']);
    expect(JSON.stringify(audit)).not.toContain(hashToken(token!));
  });

  it('refuses to revoke the last owner (exit 1, nothing changes)', async () => {
    const io = capture();
    await adminTokenCommand.run([...where(), '--name', 'Only'], io);
    const id = /Account (acct-[0-9a-f]+)/.exec(io.text)?.[1];
    const token = /mgi_adm_[A-Za-z0-9_-]{43}/.exec(io.text)?.[0];
    const refused = capture();
    expect(await adminTokenCommand.run([...where(), '--revoke', id!], refused)).toBe(1);
    expect(refused.text).toContain('last owner');
    expect((await get(token!)).status).toBe(200);
  });

  it('refuses to run without --table or --data-dir, and an unknown role (usage errors, exit 2 in mgi)', async () => {
    await expect(adminTokenCommand.run([], capture())).rejects.toThrow('missing --table');
    await expect(adminTokenCommand.run([...where(), '--role', 'admin'], capture())).rejects.toThrow('--role');
  });
});

describe('the bootstrap token', () => {
  it('is the owner account "bootstrap"; a new ADMIN_TOKEN ends the old one', async () => {
    const table = 'mgi-bootstrap-test';
    const local = await startDynalite({ tableName: table });
    try {
      const deps = buildLocalDeps(
        { LOG_LEVEL: 'silent' },
        { client: local.client, tableName: table, archiveDir },
      );
      const call = (token: string) =>
        createApp(deps).request('/api/assessments', { headers: { authorization: `Bearer ${token}` } });
      await ensureAdminToken(deps.tokens, deps.accounts, 'mgi_adm_first_value_000000000000');
      expect((await call('mgi_adm_first_value_000000000000')).status).toBe(200);
      await ensureAdminToken(deps.tokens, deps.accounts, 'mgi_adm_second_value_00000000000');
      expect((await call('mgi_adm_second_value_00000000000')).status).toBe(200);
      expect((await call('mgi_adm_first_value_000000000000')).status).toBe(401);
      const bootstrap = await deps.accounts.get('bootstrap');
      expect(bootstrap).toMatchObject({ role: 'owner', assessments: '*', revokedAt: null });
      // Without ADMIN_TOKEN a later start prints nothing and the last token keeps working.
      expect(await ensureAdminToken(deps.tokens, deps.accounts, undefined)).toBeNull();
      expect((await call('mgi_adm_second_value_00000000000')).status).toBe(200);
    } finally {
      await local.close();
    }
  });

  it('is generated once on a first start without ADMIN_TOKEN', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mgi-first-start-'));
    try {
      const first = await openLocalDeps({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, { storeInWorker: false });
      const made = await ensureAdminToken(first.deps.tokens, first.deps.accounts, undefined);
      expect(made?.generated).toBe(true);
      expect(await ensureAdminToken(first.deps.tokens, first.deps.accounts, undefined)).toBeNull();
      await first.close();
      const io = capture();
      expect(await adminTokenCommand.run(['--data-dir', dataDir, '--list'], io)).toBe(0);
      expect(io.text).toMatch(/^bootstrap\towner\t\*\tBootstrap owner/m);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
