import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../functions/app/auth/tokens.js';
import { createApp } from '../functions/app/create-app.js';
import { adminTokenCommand } from '../functions/cli/commands/admin-token.js';
import { FolderArchive } from '../shared/adapters/archive/folder-archive.js';
import { type EmbeddedDynamo, startDynalite } from '../shared/adapters/dynalite-server.js';
import { DynamoStore } from '../shared/adapters/dynamodb/dynamo-store.js';
import { systemClock } from '../shared/ports.js';

const TABLE = 'mgi-admin-token-test';
let dynamo: EmbeddedDynamo;
const saved = { ...process.env };

beforeAll(async () => {
  dynamo = await startDynalite({ tableName: TABLE });
  // The command uses the SDK's usual credential chain; a local endpoint accepts any credentials.
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' });
});

afterAll(async () => {
  process.env = saved;
  await dynamo?.close();
});

describe('mgi admin-token', () => {
  it('stores only the hash of a new admin token, prints it once, and the token works', async () => {
    let out = '';
    const io = {
      out: (t: string) => {
        out += t;
      },
      err: (t: string) => {
        out += t;
      },
      cwd: tmpdir(),
    };
    const code = await adminTokenCommand.run(
      ['--table', TABLE, '--region', 'ap-southeast-3', '--endpoint', dynamo.endpoint],
      io,
    );
    expect(code).toBe(0);
    const token = /mgi_adm_[A-Za-z0-9_-]{43}/.exec(out)?.[0];
    expect(token).toBeDefined();
    const store = new DynamoStore({ client: dynamo.client, tableName: TABLE });
    expect(await store.getToken(hashToken(token!))).toEqual({ role: 'admin' });

    const app = createApp({ store, tokens: store, archive: new FolderArchive(tmpdir()), clock: systemClock });
    const res = await app.request('/api/assessments', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
  });

  it('refuses to run without --table (a usage error, exit 2 in mgi)', async () => {
    const io = { out: () => {}, err: () => {}, cwd: tmpdir() };
    await expect(adminTokenCommand.run([], io)).rejects.toThrow('missing --table');
  });
});
