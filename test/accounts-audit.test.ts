/**
 * Accounts API and the audit log over real HTTP, on dynalite and DynamoDB Local: every write of
 * these routes leaves exactly one entry, a refused write none (a refused upload its one
 * `submission.refused`), no entry holds a token or a token hash, and bad input names its field
 * and changes nothing.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../shared/adapters/dynamodb/attribute-values.js';
import { loadWorkbookBytes } from '../shared/core/workbook/exceljs.js';
import { createAssessment, registerAgency } from './support/assessment-setup.js';
import { type BackendName, type DynamoBackend, startBackend } from './support/dynamo-backends.js';
import { startTestService, type TestService } from './support/test-service.js';
import { answerRows, filledWorkbook } from './support/workbooks.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The workbook as openpyxl (another program than the writer) reads it: cell types and values. */
async function readWithOpenpyxl(bytes: Uint8Array): Promise<{ types: string[]; values: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'mgi-audit-xlsx-'));
  try {
    const file = join(dir, 'audit.xlsx');
    await writeFile(file, bytes);
    const script =
      'import json,sys,openpyxl\n' +
      'ws=openpyxl.load_workbook(sys.argv[1]).active\n' +
      'cells=[c for r in ws.iter_rows() for c in r if c.value is not None]\n' +
      'print(json.dumps({"types":sorted({c.data_type for c in cells}),"values":[str(c.value) for c in cells]}))';
    const { stdout } = await promisify(execFile)('/usr/bin/python3', ['-c', script, file], {
      timeout: 30_000,
    });
    return JSON.parse(stdout) as { types: string[]; values: string[] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const sha = (t: string) => createHash('sha256').update(t).digest('hex');

interface Entry {
  id: string;
  at: string;
  action: string;
  actor: { kind: string; id: string; name: string };
  target: string;
  before: unknown;
  after: unknown;
}

for (const backendName of ['dynalite', 'dynamodb-local'] as BackendName[]) {
  describe(`accounts and audit on ${backendName}`, () => {
    let backend: DynamoBackend;
    let service: TestService;
    let agencyToken: string;
    const issued: string[] = [];

    beforeAll(async () => {
      backend = await startBackend(backendName);
      service = await startTestService(backend);
      await createAssessment(service, 'jateng');
      agencyToken = await registerAgency(service, 'jateng', {
        code: 'DINKES',
        name: 'Dinkes',
        level: 'provincial',
      });
      issued.push(service.adminToken, agencyToken);
    }, 60_000);
    afterAll(async () => {
      await service?.close();
      await backend?.close();
    });

    const owner = (method: string, path: string, json?: unknown) =>
      service.call(method, path, { token: service.adminToken, json });
    const auditItems = async (aid: string) =>
      (await service.scanAll()).filter((i: Item) => i.PK?.S === `AUDIT#${aid}`);
    const committed = async (aid: string) =>
      (await auditItems(aid)).filter((i) => i.status?.S === 'committed').length;
    const errorOf = async (res: Response) =>
      ((await res.json()) as { error: { code: string; issues: { field: string | null }[] } }).error;

    async function create(body: Record<string, unknown>) {
      const res = await owner('POST', '/api/accounts', body);
      expect(res.status, await res.clone().text()).toBe(201);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const out = (await res.json()) as { account: { id: string }; token: string };
      issued.push(out.token);
      return out;
    }

    it('creates an account (one entry), its token works, the list never shows a token', async () => {
      const before = await committed('_accounts');
      const { account, token } = await create({
        name: 'Sari',
        email: 'sari@iom.int',
        role: 'editor',
        assessments: ['jateng'],
      });
      expect(token).toMatch(/^mgi_adm_[A-Za-z0-9_-]{43}$/);
      expect(await committed('_accounts')).toBe(before + 1);
      expect((await service.call('GET', '/api/assessments/jateng', { token })).status).toBe(200);
      const list = await (await owner('GET', '/api/accounts')).text();
      expect(list).toContain(account.id);
      expect(list).not.toMatch(/token/i);
    });

    it('refuses bad accounts by field and changes nothing', async () => {
      let before = await service.scanAll();
      const cases: [unknown, number, string, string][] = [
        [{ name: 'X', email: 'x@y.id', role: 'admin', assessments: '*' }, 422, 'request.invalid', 'role'],
        [{ name: 'X', email: 'not-mail', role: 'viewer', assessments: '*' }, 422, 'request.invalid', 'email'],
        [{ name: '', email: 'x@y.id', role: 'viewer', assessments: '*' }, 422, 'request.invalid', 'name'],
        [
          { name: 'X', email: 'x@y.id', role: 'viewer', assessments: ['nope'] },
          422,
          'account.unknown_assessment',
          'assessments',
        ],
      ];
      for (const [body, status, code, field] of cases) {
        const res = await owner('POST', '/api/accounts', body);
        const error = await errorOf(res);
        expect([res.status, error.code], JSON.stringify(body)).toEqual([status, code]);
        expect(error.issues.map((i) => i.field)).toContain(field);
      }
      expect(await service.scanAll()).toEqual(before);
      // An owner of one assessment cannot hand out access beyond it.
      const limited = await create({
        name: 'Local owner',
        email: 'lo@iom.int',
        role: 'owner',
        assessments: ['jateng'],
      });
      before = await service.scanAll();
      const wider = await service.call('POST', '/api/accounts', {
        token: limited.token,
        json: { name: 'X', email: 'x@y.id', role: 'viewer', assessments: '*' },
      });
      expect([wider.status, (await errorOf(wider)).code]).toEqual([403, 'account.outside_scope']);
      expect(await service.scanAll()).toEqual(before);
      expect((await owner('DELETE', `/api/accounts/${limited.account.id}`)).status).toBe(200);
      before = await service.scanAll();
      const missing = await owner('DELETE', '/api/accounts/acct-none');
      expect([missing.status, (await errorOf(missing)).code]).toEqual([404, 'account.not_found']);
      expect(await service.scanAll()).toEqual(before);
    });

    it('rotates (old token stops) and revokes (token stops), one entry each', async () => {
      const { account, token } = await create({
        name: 'Budi',
        email: 'b@iom.int',
        role: 'viewer',
        assessments: '*',
      });
      const before = await committed('_accounts');
      const rotated = await owner('POST', `/api/accounts/${account.id}/token`);
      expect(rotated.status).toBe(200);
      const fresh = ((await rotated.json()) as { token: string }).token;
      issued.push(fresh);
      expect((await service.call('GET', '/api/assessments', { token })).status).toBe(401);
      expect((await service.call('GET', '/api/assessments', { token: fresh })).status).toBe(200);
      expect((await owner('DELETE', `/api/accounts/${account.id}`)).status).toBe(200);
      expect((await service.call('GET', '/api/assessments', { token: fresh })).status).toBe(401);
      expect(await committed('_accounts')).toBe(before + 2);
      const again = await owner('DELETE', `/api/accounts/${account.id}`);
      expect(again.status).toBe(404);
      expect(await committed('_accounts')).toBe(before + 2);
    });

    it('audits an assessment created (one entry; a duplicate none)', async () => {
      await createAssessment(service, 'kudus');
      expect(await committed('kudus')).toBe(1);
      const dup = await owner('POST', '/api/assessments', {
        id: 'kudus',
        name: 'x',
        frameworkId: 'local-mgi',
      });
      expect(dup.status).toBe(409);
      expect(await committed('kudus')).toBe(1);
    });

    it('audits uploads: accepted once, the same file again nothing, a refused one with its count and codes', async () => {
      const before = await committed('jateng');
      const bytes = await filledWorkbook({
        assessmentId: 'jateng',
        agencyCode: 'DINKES',
        rows: answerRows('a'),
      });
      const send = (body: Uint8Array) =>
        service.call('POST', '/api/assessments/jateng/submissions', {
          token: agencyToken,
          body: body as Uint8Array<ArrayBuffer>,
          headers: { 'content-type': XLSX },
        });
      expect((await send(bytes)).status).toBe(201);
      expect(await committed('jateng')).toBe(before + 1);
      expect((await send(bytes)).status).toBe(200);
      expect(await committed('jateng')).toBe(before + 1);
      const broken = await filledWorkbook({
        assessmentId: 'jateng',
        agencyCode: 'DINKES',
        rows: answerRows('b').map((r) => ({ ...r, answer: 'Maybe' })),
      });
      expect((await send(broken)).status).toBe(422);
      expect(await committed('jateng')).toBe(before + 2);
      const form = await service.call('POST', '/api/assessments/jateng/responses', {
        token: agencyToken,
        json: { responses: answerRows('c') },
      });
      expect(form.status).toBe(201);
      const res = await owner('GET', '/api/assessments/jateng/audit?action=submission.');
      const { entries } = (await res.json()) as { entries: Entry[] };
      expect(entries.map((e) => e.action)).toEqual([
        'submission.accepted',
        'submission.refused',
        'submission.accepted',
      ]);
      expect(entries[1]?.after).toMatchObject({
        channel: 'xlsx',
        code: 'upload.invalid',
        firstCodes: ['answer.invalid'],
      });
      expect(entries[0]?.actor).toEqual({ kind: 'agency', id: 'DINKES', name: 'DINKES' });
      // The agency item carries the ids of the accepted entries (the commit write's mark).
      const agency = (await service.scanAll()).find(
        (i) => i.PK?.S === 'ASMT#jateng' && i.SK?.S === 'AGY#DINKES',
      );
      const accepted = entries.filter((e) => e.action === 'submission.accepted').map((e) => e.id);
      expect(agency?.auditIds?.SS).toEqual(expect.arrayContaining(accepted));
    });

    it('lists newest first with filters; owners also see account changes, editors not', async () => {
      const editor = await create({
        name: 'Eka',
        email: 'e@iom.int',
        role: 'editor',
        assessments: ['jateng'],
      });
      const asOwner = (await (await owner('GET', '/api/assessments/jateng/audit')).json()) as {
        entries: Entry[];
      };
      const asEditor = (await (
        await service.call('GET', '/api/assessments/jateng/audit', { token: editor.token })
      ).json()) as { entries: Entry[] };
      expect(asOwner.entries.some((e) => e.action === 'account.created')).toBe(true);
      expect(asEditor.entries.some((e) => e.action.startsWith('account.'))).toBe(false);
      // An account of one assessment lists only that one (kudus exists too by now).
      const listed = await service.call('GET', '/api/assessments', { token: editor.token });
      const ids = ((await listed.json()) as { assessments: { id: string }[] }).assessments.map((a) => a.id);
      expect(ids).toEqual(['jateng']);
      const times = asOwner.entries.map((e) => e.at);
      expect([...times].sort().reverse()).toEqual(times);
      const bad = await owner('GET', '/api/assessments/jateng/audit?since=yesterday&until=2026-13-01');
      const error = await errorOf(bad);
      expect([bad.status, error.code]).toEqual([400, 'audit.invalid_filter']);
      expect(error.issues.map((i) => i.field)).toEqual(['since', 'until']);
      const future = await owner('GET', '/api/assessments/jateng/audit?since=2999-01-01T00:00:00Z');
      expect(((await future.json()) as { entries: Entry[] }).entries).toEqual([]);
      const byActor = await owner('GET', '/api/assessments/jateng/audit?actor=DINKES');
      const actors = ((await byActor.json()) as { entries: Entry[] }).entries.map((e) => e.actor.id);
      expect(new Set(actors)).toEqual(new Set(['DINKES']));
    });

    it('exports the log as a workbook where formula-like text stays text', async () => {
      // An owner whose name looks like a formula acts: its name is the entry's actor name.
      const formula = await create({
        name: '=HYPERLINK("http://x","y")',
        email: 'f@iom.int',
        role: 'owner',
        assessments: '*',
      });
      const made = await service.call('POST', '/api/accounts', {
        token: formula.token,
        json: { name: '+cmd', email: 'c@iom.int', role: 'viewer', assessments: '*' },
      });
      expect(made.status).toBe(201);
      issued.push(((await made.json()) as { token: string }).token);
      expect((await owner('DELETE', `/api/accounts/${formula.account.id}`)).status).toBe(200);
      const res = await owner('GET', '/api/assessments/jateng/audit?format=xlsx&lang=id');
      expect([res.status, res.headers.get('content-type')]).toEqual([200, XLSX]);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const read = await readWithOpenpyxl(bytes);
      expect(read.types).toEqual(['s']);
      expect(read.values).toContain('\'=HYPERLINK("http://x","y")');
      const book = await loadWorkbookBytes(bytes);
      const sheet = book.worksheets[0]!;
      expect(sheet.getRow(1).getCell(5).value).toBe('Tindakan');
      const values: unknown[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
      expect(values.every((v) => typeof v === 'string')).toBe(true);
      expect(values).toContain('\'=HYPERLINK("http://x","y")');
    });

    it('keeps every token and token hash out of the audit log', async () => {
      const audit = JSON.stringify((await service.scanAll()).filter((i) => i.PK?.S?.startsWith('AUDIT#')));
      expect(audit.length).toBeGreaterThan(100);
      for (const token of issued) {
        expect(audit).not.toContain(token);
        expect(audit).not.toContain(sha(token));
      }
      expect(audit).not.toMatch(/tokenHash/i);
    });

    it('refuses to revoke the last owner, also when it revokes itself; nothing changes', async () => {
      const before = await service.scanAll();
      const self = await owner('DELETE', '/api/accounts/bootstrap');
      expect([self.status, (await errorOf(self)).code]).toEqual([409, 'account.last_owner']);
      expect(await service.scanAll()).toEqual(before);
      // With a second owner, the first may go; then the second cannot revoke itself.
      const second = await create({ name: 'Owner 2', email: 'o2@iom.int', role: 'owner', assessments: '*' });
      expect((await owner('DELETE', '/api/accounts/bootstrap')).status).toBe(200);
      expect((await owner('GET', '/api/accounts')).status).toBe(401);
      const last = await service.call('DELETE', `/api/accounts/${second.account.id}`, {
        token: second.token,
      });
      expect([last.status, (await errorOf(last)).code]).toEqual([409, 'account.last_owner']);
    });
  });
}
