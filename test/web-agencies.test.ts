/**
 * The coordinator's agency pages through `app.request()` on the real app (dynalite): add refuses
 * an existing code, edit is its own versioned action, a new token is confirmed first and shown once
 * (post/redirect/get), disable/enable, roster import with the tokens workbook, the blank roster.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../functions/create-app.js';
import { writeRosterWorkbook } from '../shared/core/roster/write-roster.js';
import { createAssessment } from './support/assessment-setup.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { startTestService, type TestService } from './support/test-service.js';
import { WebClient } from './support/web-client.js';

const AID = 'web-agencies';
const LIST = `/coordinator/a/${AID}/agencies`;
const TOKEN_IN_PAGE = /id="new-token"[^>]*value="(mgi_agy_[^"]+)"/;

describe('coordinator agency pages', () => {
  let backend: DynamoBackend;
  let svc: TestService;
  let admin: WebClient;
  let csrf: string;

  beforeAll(async () => {
    backend = await startDynaliteBackend();
    svc = await startTestService(backend);
    svc.deps.publicUrl = 'https://mgi.example.org';
    await createAssessment(svc, AID, 'Jawa Tengah');
    admin = new WebClient(createApp(svc.deps));
    await admin.signIn(svc.adminToken);
    csrf = await admin.csrf(LIST);
  });
  afterAll(async () => {
    await svc?.close();
    await backend?.close();
  });

  const addForm = (fields: Record<string, string>) => ({
    _csrf: csrf,
    code: 'dinkes',
    name: 'Dinas Kesehatan',
    level: 'provincial',
    contactName: 'Ibu Sari',
    email: 'sari@dinkes.go.id',
    phone: '+62 24 351 1234',
    lang: 'id',
    ...fields,
  });
  const apiAgency = async (code: string) => {
    const res = await svc.call('GET', `/api/assessments/${AID}/agencies`, { token: svc.adminToken });
    const { agencies } = (await res.json()) as { agencies: Record<string, unknown>[] };
    return agencies.find((a) => a.code === code);
  };

  it('adds an agency with contacts and shows its token once, after a redirect; a reload issues none', async () => {
    const added = await admin.request('POST', LIST, { form: addForm({}) });
    const shownAt = `${LIST}/DINKES/token/shown`;
    expect([added.status, added.headers.get('location')]).toEqual([303, shownAt]);
    const shown = await admin.request('GET', shownAt);
    const html = await shown.text();
    const token = TOKEN_IN_PAGE.exec(html)?.[1];
    expect(token).toMatch(/^mgi_agy_/);
    expect(html).toContain('https://mgi.example.org/signin');
    expect(await apiAgency('DINKES')).toMatchObject({ contactName: 'Ibu Sari', phone: '+62 24 351 1234' });
    const reload = await admin.request('GET', shownAt);
    expect(reload.status).toBe(410);
    expect(await reload.text()).not.toMatch(/mgi_agy_/);
    // The token shown is the agency's working token.
    const agency = new WebClient(admin.app);
    expect((await agency.signIn(token!)).headers.get('location')).toBe('/agency');
  });

  it('refuses to add an existing code in any case with a clear message, and changes nothing', async () => {
    const before = await svc.scanAll();
    const res = await admin.request('POST', LIST, {
      form: addForm({ code: 'DinKes', name: 'Overwritten?' }),
    });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('id="add-code-error"');
    expect(html).toContain('Agency DINKES is already registered in this assessment');
    expect(await svc.scanAll()).toEqual(before);
  });

  it('refuses a malformed e-mail or phone on the form, naming the field, and changes nothing', async () => {
    const before = await svc.scanAll();
    const res = await admin.request('POST', LIST, {
      form: addForm({ code: 'BAPPEDA', email: 'bappeda', phone: '12' }),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="add-email-error">&quot;bappeda&quot; is not an e-mail address/);
    expect(html).toMatch(/id="add-phone-error">&quot;12&quot; is not a phone number/);
    expect(await svc.scanAll()).toEqual(before);
  });

  it('edits an agency with the version read, and refuses a stale edit with the current details', async () => {
    const page = await (await admin.request('GET', `${LIST}/dinkes/edit`)).text();
    const version = /name="version" value="(\d+)"/.exec(page)?.[1];
    expect(version).toBe('1');
    const form = {
      _csrf: csrf,
      name: 'Dinas Kesehatan Provinsi',
      level: 'provincial',
      contactName: 'Pak Budi',
      email: '',
      phone: '',
      lang: 'en',
      version: '1',
    };
    const saved = await admin.request('POST', `${LIST}/DINKES/edit`, { form });
    expect([saved.status, saved.headers.get('location')]).toEqual([303, `${LIST}?done=saved&code=DINKES`]);
    expect(await apiAgency('DINKES')).toMatchObject({
      contactName: 'Pak Budi',
      email: null,
      lang: 'en',
      version: 2,
    });
    const before = await svc.scanAll();
    const stale = await admin.request('POST', `${LIST}/DINKES/edit`, { form: { ...form, name: 'Stale' } });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('Someone else changed this agency meanwhile');
    expect(html).toContain('value="Dinas Kesehatan Provinsi"');
    expect(html).toContain('name="version" value="2"');
    expect(await svc.scanAll()).toEqual(before);
  });

  it('asks before issuing a new token: the confirmation page issues nothing', async () => {
    const before = await svc.scanAll();
    const confirm = await admin.request('GET', `${LIST}/DINKES/token`);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain('Yes, issue a new token');
    expect(html).not.toMatch(/mgi_agy_/);
    expect(await svc.scanAll()).toEqual(before);
    const issued = await admin.request('POST', `${LIST}/DINKES/token`, { form: { _csrf: csrf } });
    expect(issued.status).toBe(303);
    expect(
      TOKEN_IN_PAGE.test(await (await admin.request('GET', issued.headers.get('location')!)).text()),
    ).toBe(true);
  });

  it('disables and enables an agency from the list', async () => {
    const off = await admin.request('POST', `${LIST}/DINKES/disable`, { form: { _csrf: csrf } });
    expect(off.headers.get('location')).toBe(`${LIST}?done=disabled&code=DINKES`);
    const html = await (await admin.request('GET', off.headers.get('location')!)).text();
    expect(html).toContain('Agency DINKES is disabled');
    expect(html).toContain('Enable DINKES');
    expect(await apiAgency('DINKES')).toMatchObject({ disabled: true });
    await admin.request('POST', `${LIST}/DINKES/enable`, { form: { _csrf: csrf } });
    expect(await apiAgency('DINKES')).toMatchObject({ disabled: false });
  });

  it('imports a roster from the page and downloads the tokens workbook with sign-in addresses', async () => {
    const roster = await writeRosterWorkbook({
      lang: 'en',
      rows: [
        { code: 'undip', name: 'Universitas Diponegoro', level: 'Academic', email: 'lppm@undip.ac.id' },
        { code: 'BAD', name: 'Bad e-mail', level: 'NGO', email: 'nope' },
      ],
    });
    const multipart = new FormData();
    multipart.set('_csrf', csrf);
    multipart.set('file', new File([roster as Uint8Array<ArrayBuffer>], 'roster.xlsx'));
    const res = await admin.request('POST', `${LIST}/import`, { multipart });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="tokens-${AID}.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A5').value).toBe('UNDIP');
    expect(String(sheet.getCell('D5').value)).toMatch(/^mgi_agy_/);
    expect(sheet.getCell('E5').value).toBe('https://mgi.example.org/signin?lang=en');
    expect(wb.worksheets[1]!.getCell('B2').value).toBe('E3');
    expect(await apiAgency('UNDIP')).toMatchObject({ email: 'lppm@undip.ac.id' });
  });

  it('shows the problems of a roster with no valid row by cell, and offers a blank roster', async () => {
    const roster = await writeRosterWorkbook({
      lang: 'en',
      rows: [{ code: 'X1', name: 'x', level: 'NGO', phone: 'abc' }],
    });
    const multipart = new FormData();
    multipart.set('_csrf', csrf);
    multipart.set('file', new File([roster as Uint8Array<ArrayBuffer>], 'roster.xlsx'));
    const res = await admin.request('POST', `${LIST}/import`, { multipart });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/F2: Row 2: &quot;abc&quot; is not a phone number/);
    const blank = await admin.request('GET', `${LIST}/roster.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await blank.arrayBuffer()) as never);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual([
      undefined,
      'code',
      'name',
      'level',
      'contact name',
      'e-mail',
      'phone',
    ]);
  });
});
