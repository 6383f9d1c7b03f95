/** Roster import through the API: bad rows reported by cell, tokens once, re-import updates. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRosterWorkbook } from '../shared/core/roster/write-roster.js';
import { createAssessment } from './support/assessment-setup.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { runMgi } from './support/run-mgi.js';
import { startTestService, type TestService } from './support/test-service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AID = 'roster-2026';

let backend: DynamoBackend;
let service: TestService;
const admin = (method: string, path: string, options: Parameters<TestService['call']>[2] = {}) =>
  service.call(method, path, { ...options, token: service.adminToken });

const roster = (names: Record<string, string> = {}) =>
  writeRosterWorkbook({
    lang: 'id',
    sheetName: 'Instansi',
    titleRows: ['Daftar instansi Local MGI Jawa Tengah 2026'],
    rows: [
      {
        code: 'disnakertrans',
        name: names.DISNAKERTRANS ?? 'Dinas Tenaga Kerja dan Transmigrasi',
        level: 'Provinsi',
      },
      { code: 'BP3MI-JATENG', name: 'BP3MI Jawa Tengah', level: 'Nasional' },
      { code: 'DISNAKER-CLP', name: 'Dinas Tenaga Kerja Kabupaten Cilacap', level: 'Kabupaten/Kota' },
      { code: 'BAD CODE', name: 'Kode dengan spasi', level: 'LSM' },
      { code: 'UNDIP', name: '', level: 'Akademisi' },
      { code: 'SBMI', name: 'SBMI Jawa Tengah', level: 'ormas keagamaan' },
      { code: 'bp3mi-jateng', name: 'Duplikat', level: 'Nasional' },
    ],
  });

const upload = (bytes: Uint8Array, accept = 'application/json') =>
  admin('POST', `/api/assessments/${AID}/agencies/import`, {
    body: bytes as Uint8Array<ArrayBuffer>,
    headers: { 'content-type': XLSX, accept },
  });

interface ImportBody {
  created: { code: string; token: string }[];
  updated: string[];
  issues: { sheet: string; cell: string; field: string; code: string; message: string }[];
}

beforeAll(async () => {
  backend = await startDynaliteBackend();
  service = await startTestService(backend);
  await createAssessment(service, AID, 'Roster test');
});

afterAll(async () => {
  await service?.close();
  await backend?.close();
});

describe('POST /api/assessments/:aid/agencies/import', () => {
  let tokens: Record<string, string> = {};

  it('registers the valid rows, gives each new agency a working token and reports bad rows by cell', async () => {
    const res = await upload(await roster());
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as ImportBody;
    expect(body.created.map((c) => c.code)).toEqual(['DISNAKERTRANS', 'BP3MI-JATENG', 'DISNAKER-CLP']);
    expect(body.updated).toEqual([]);
    expect(body.issues.map((i) => [i.sheet, i.cell, i.field, i.code])).toEqual([
      ['Instansi', 'A6', 'code', 'roster.code_invalid'],
      ['Instansi', 'B7', 'name', 'roster.name_missing'],
      ['Instansi', 'C8', 'level', 'roster.level_invalid'],
      ['Instansi', 'A9', 'code', 'roster.code_duplicate'],
    ]);
    expect(body.issues[0]!.message).toMatch(/^Baris 6: kode "BAD CODE" tidak valid/);
    tokens = Object.fromEntries(body.created.map((c) => [c.code, c.token]));
    const own = await service.call('GET', `/api/assessments/${AID}/submissions?agency=DISNAKER-CLP`, {
      token: tokens['DISNAKER-CLP'],
    });
    expect(own.status).toBe(200);
    const list = (await (await admin('GET', `/api/assessments/${AID}/agencies`)).json()) as {
      agencies: { code: string; name: string; level: string }[];
    };
    expect(list.agencies.map((a) => [a.code, a.level]).sort()).toEqual([
      ['BP3MI-JATENG', 'national'],
      ['DISNAKER-CLP', 'district'],
      ['DISNAKERTRANS', 'provincial'],
    ]);
  });

  it('updates existing agencies on a second import without issuing or replacing tokens', async () => {
    const res = await upload(await roster({ DISNAKERTRANS: 'Disnakertrans Provinsi Jawa Tengah' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as ImportBody;
    expect(body.created).toEqual([]);
    expect(body.updated).toEqual(['DISNAKERTRANS', 'BP3MI-JATENG', 'DISNAKER-CLP']);
    const list = (await (await admin('GET', `/api/assessments/${AID}/agencies`)).json()) as {
      agencies: { code: string; name: string }[];
    };
    expect(list.agencies.find((a) => a.code === 'DISNAKERTRANS')?.name).toBe(
      'Disnakertrans Provinsi Jawa Tengah',
    );
    const still = await service.call('GET', `/api/assessments/${AID}`, { token: tokens.DISNAKERTRANS });
    expect(still.status).toBe(200);
  });

  it('returns the tokens workbook when asked for xlsx, with the problems on their own sheet', async () => {
    const bytes = await writeRosterWorkbook({
      lang: 'en',
      rows: [
        { code: 'UNNES', name: 'Universitas Negeri Semarang', level: 'Academic' },
        { code: 'DISNAKER-CLP', name: 'Dinas Tenaga Kerja Kabupaten Cilacap', level: 'District' },
        { code: 'X', name: 'Too short', level: 'NGO' },
      ],
    });
    const res = await upload(bytes, XLSX);
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.getWorksheet('Tokens')!;
    expect([sheet.getCell('A5').value, sheet.getCell('A6').value]).toEqual(['UNNES', 'DISNAKER-CLP']);
    const token = String(sheet.getCell('D5').value);
    expect(token).toMatch(/^mgi_agy_/);
    expect(String(sheet.getCell('D6').value)).toMatch(/already registered/);
    // The link column is the web sign-in address a clerk opens in a browser, not an API URL.
    expect(sheet.getCell('E5').value).toBe(`${service.url}/signin?lang=en`);
    expect(wb.getWorksheet('Problems')!.getCell('B2').value).toBe('A4');
    const template = await service.call('GET', `/api/assessments/${AID}/template.xlsx?lang=en`, { token });
    expect(template.status).toBe(200);
  });

  it('refuses agency tokens, rosters without a valid row, non-workbooks and unknown assessments', async () => {
    const bytes = await roster();
    const byAgency = await service.call('POST', `/api/assessments/${AID}/agencies/import`, {
      token: tokens.DISNAKERTRANS,
      body: bytes as Uint8Array<ArrayBuffer>,
      headers: { 'content-type': XLSX },
    });
    expect(byAgency.status).toBe(403);
    const none = await upload(
      await writeRosterWorkbook({ lang: 'en', rows: [{ code: '??', name: '', level: 'x' }] }),
    );
    expect(none.status).toBe(422);
    const error = ((await none.json()) as { error: { code: string; issues: { cell: string }[] } }).error;
    expect([error.code, error.issues.map((i) => i.cell)]).toEqual(['roster.invalid', ['A2', 'B2', 'C2']]);
    const csv = await upload(new TextEncoder().encode('code,name,level\nA1,B,provincial\n'));
    expect(csv.status).toBe(415);
    const missing = await admin('POST', '/api/assessments/nope/agencies/import', {
      body: bytes as Uint8Array<ArrayBuffer>,
      headers: { 'content-type': XLSX },
    });
    expect(missing.status).toBe(404);
  });
});

describe('mgi import-agencies', () => {
  it('registers a roster through the API, writes the tokens workbook and never overwrites one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mgi-roster-'));
    try {
      const rosterFile = join(dir, 'roster.xlsx');
      await writeFile(
        rosterFile,
        await writeRosterWorkbook({
          lang: 'en',
          rows: [
            { code: 'BPBD', name: 'BPBD Provinsi Jawa Tengah', level: 'provincial' },
            { code: 'UNNES', name: 'Universitas Negeri Semarang', level: 'academic' },
            { code: 'LBH-SMG', name: 'LBH Semarang', level: 'unknown kind' },
          ],
        }),
      );
      const args = ['import-agencies', 'roster.xlsx', '--assessment', AID, '--out', 'tokens.xlsx'];
      const options = { cwd: dir, env: { MGI_URL: service.url, MGI_TOKEN: service.adminToken } };
      const { code, out, err } = await runMgi(args, options);
      expect(code).toBe(1);
      expect(out).toContain('1 created, 1 updated, 1 rows with problems');
      expect(err).toContain('Roster!C4  roster.level_invalid');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'tokens.xlsx'));
      const sheet = wb.getWorksheet('Tokens')!;
      expect([sheet.getCell('A5').value, sheet.getCell('A6').value]).toEqual(['BPBD', 'UNNES']);
      const token = String(sheet.getCell('D5').value);
      expect((await service.call('GET', `/api/assessments/${AID}`, { token })).status).toBe(200);
      expect(out).not.toContain(token);
      const again = await runMgi(args, options);
      expect(again.code).toBe(2);
      expect(again.err).toContain('tokens.xlsx already exists');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
