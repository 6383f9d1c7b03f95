/**
 * The page behaviour of issue 15 through the real app (`app.request()`, dynalite, the local
 * archive folder): the saved draft of the web form, the receipt of a submission, the dashboard's
 * agency filters without JavaScript, and upload refusals that keep the menu and say what to do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../functions/create-app.js';
import { fieldName } from '../functions/web/form-fields.js';
import { createAssessment, registerAgency } from './support/assessment-setup.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { startTestService, type TestService } from './support/test-service.js';
import { WebClient } from './support/web-client.js';
import { answerRows, FRAMEWORK, filledWorkbook } from './support/workbooks.js';

const AID = 'web-pages';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Everything an upload or a draft could change in the table, sessions and the audit log left out. */
async function dataItems(svc: TestService) {
  return (await svc.scanAll()).filter((item) => !/^(AUDIT#|SESSION)/.test(String(item.PK?.S)));
}

describe('issue 15 pages over HTTP', () => {
  let backend: DynamoBackend;
  let svc: TestService;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    backend = await startDynaliteBackend();
    svc = await startTestService(backend);
    app = createApp({ ...svc.deps, bodyLimitBytes: 256 * 1024 });
    await createAssessment(svc, AID, 'Web pages 2026');
    for (const [code, level] of [
      ['DINSOS', 'provincial'],
      ['BAPPEDA', 'district'],
      ['LBH', 'ngo'],
    ] as const) {
      tokens[code] = await registerAgency(svc, AID, { code, name: `Agency ${code}`, level });
    }
  });

  afterAll(async () => {
    await svc?.close();
    await backend?.close();
  });

  async function agency(code: string, lang: 'en' | 'id' = 'en') {
    const client = new WebClient(app);
    await client.request('GET', `/?lang=${lang}`);
    expect((await client.signIn(tokens[code]!)).status).toBe(303);
    return client;
  }

  function formFields(csrf: string, extra: Record<string, string>): [string, string][] {
    return [['_csrf', csrf], ...Object.entries(extra)];
  }

  it('keeps a draft server-side for another device, never as a submission, and clears it after a submission', async () => {
    const laptop = await agency('DINSOS');
    const csrf = await laptop.csrf('/agency/form');
    const before = await dataItems(svc);
    const saved = await laptop.request('POST', '/agency/form', {
      form: formFields(csrf, {
        [fieldName('answer', '1.01')]: 'yes',
        [fieldName('justification', '1.01')]: 'half typed',
        intent: 'draft',
      }),
    });
    expect([saved.status, saved.headers.get('location')]).toEqual([303, '/agency/form?draft=saved']);
    // A draft runs no rule and stores nothing in the table: no submission, no answers.
    expect(await dataItems(svc)).toEqual(before);
    expect(await svc.store.listSubmissions(AID, 'DINSOS')).toEqual([]);

    // The phone (another session of the same agency) opens the form with the draft.
    const phone = await agency('DINSOS', 'id');
    const html = await (await phone.request('GET', '/agency/form')).text();
    expect(html).toContain('id="draft-notice"');
    expect(html).toContain('Formulir menampilkan draf Anda');
    expect(html).toMatch(/name="a\.1\.01" value="yes" checked/);
    expect(html).toContain('>half typed</textarea>');
    // Progress counts the draft's one answer.
    expect(html).toMatch(/id="form-progress">1 dari 76 indikator dijawab/);

    // Another agency sees nothing of it.
    const other = await agency('BAPPEDA');
    const otherHtml = await (await other.request('GET', '/agency/form')).text();
    expect(otherHtml).not.toContain('half typed');
    expect(otherHtml).not.toContain('id="draft-notice"');

    // Submitting (with the rules) clears the draft.
    const rows = Object.fromEntries(
      FRAMEWORK.indicators.slice(0, 2).flatMap((i) => [
        [fieldName('answer', i.id), 'no'],
        [fieldName('justification', i.id), ''],
      ]),
    );
    const sent = await phone.request('POST', '/agency/form', {
      form: formFields(await phone.csrf('/agency/form'), rows),
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toMatch(/^\/agency\/submissions\/[^/]+\?outcome=new$/);
    const after = await (await laptop.request('GET', '/agency/form')).text();
    expect(after).not.toContain('id="draft-notice"');
    expect(after).not.toContain('half typed');
  });

  it('discards a draft on request', async () => {
    const client = await agency('LBH');
    await client.request('POST', '/agency/form', {
      form: formFields(await client.csrf('/agency/form'), {
        [fieldName('evidence', '1.02')]: 'Perda 1',
        intent: 'draft',
      }),
    });
    const res = await client.request('POST', '/agency/form/draft/discard', {
      form: { _csrf: await client.csrf('/agency/form') },
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/agency/form?draft=discarded']);
    const html = await (await client.request('GET', '/agency/form?draft=discarded')).text();
    expect(html).toContain('The draft is discarded');
    expect(html).not.toContain('Perda 1');
  });

  it('shows the error summary with a correct plural, focus and field descriptions', async () => {
    const client = await agency('BAPPEDA');
    const one = await client.request('POST', '/agency/form', {
      form: formFields(await client.csrf('/agency/form'), {
        [fieldName('answer', '1.01')]: 'yes',
        [fieldName('justificationType', '1.01')]: 'regulation',
        [fieldName('justification', '1.01')]: 'short',
      }),
    });
    expect(one.status).toBe(422);
    const html = await one.text();
    expect(html).toContain('There is 1 problem.');
    expect(html).not.toContain('(s)');
    expect(html).toMatch(/id="form-errors" tabindex="-1" autofocus/);
    expect(html).toMatch(/id="f-j-1_01"[^>]*aria-describedby="f-j-1_01-error"/);
    const two = await client.request('POST', '/agency/form', {
      form: formFields(await client.csrf('/agency/form'), {
        [fieldName('answer', '1.01')]: 'yes',
        [fieldName('answer', '1.02')]: 'yes',
      }),
    });
    expect(await two.text()).toMatch(/There are \d+ problems\./);
    expect(await svc.store.listSubmissions(AID, 'BAPPEDA')).toEqual([]);
  });

  it('shows an agency its submitted answers as a receipt with id, time and sha256, and nobody else', async () => {
    const client = await agency('DINSOS');
    const [submission] = await svc.store.listSubmissions(AID, 'DINSOS');
    const res = await client.request('GET', `/agency/submissions/${submission!.id}/receipt`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`id="receipt-id">${submission!.id}<`);
    expect(html).toContain(`id="receipt-sha">${submission!.sha256}<`);
    expect(html).toMatch(/data-indicator="1.01"[\s\S]*?data-field="answer">No</);
    expect(html).toContain('This is your current submission');
    const history = await (await client.request('GET', '/agency/history')).text();
    expect(history).toContain(`/agency/submissions/${submission!.id}/receipt`);
    // Another agency asking for that id gets "not found", not the answers.
    const other = await agency('LBH');
    const refused = await other.request('GET', `/agency/submissions/${submission!.id}/receipt`);
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain(submission!.sha256);
  });

  it('filters the dashboard agencies by search, level and status with a GET form', async () => {
    const coordinator = new WebClient(app);
    await coordinator.signIn(svc.adminToken);
    const rowsOf = async (query: string) => {
      const html = await (await coordinator.request('GET', `/coordinator/a/${AID}${query}`)).text();
      return { html, codes: [...html.matchAll(/<tr data-agency="([^"]+)"/g)].map((m) => m[1]) };
    };
    const all = await rowsOf('');
    expect(all.codes).toEqual(['BAPPEDA', 'DINSOS', 'LBH']);
    expect(all.html).toMatch(/<details class="card" id="agencies">/);
    expect(all.html).toMatch(/<form method="get" action="\/coordinator\/a\/web-pages#agencies"/);
    expect((await rowsOf('?status=submitted')).codes).toEqual(['DINSOS']);
    expect((await rowsOf('?status=missing&level=ngo')).codes).toEqual(['LBH']);
    const searched = await rowsOf('?q=bapp');
    expect(searched.codes).toEqual(['BAPPEDA']);
    expect(searched.html).toMatch(/<details class="card" id="agencies" open/);
    // Unknown filter values are ignored rather than refused.
    expect((await rowsOf('?status=nonsense&level=planet')).codes).toEqual(['BAPPEDA', 'DINSOS', 'LBH']);
  });

  it('keeps the menu and Sign out on the page after a too-large upload, and stores nothing', async () => {
    const client = await agency('BAPPEDA');
    const before = await dataItems(svc);
    const form = new FormData();
    form.set('_csrf', await client.csrf('/agency/upload'));
    form.set('file', new Blob([new Uint8Array(300 * 1024)], { type: XLSX }), 'big.xlsx');
    const res = await client.request('POST', '/agency/upload', { multipart: form });
    expect(res.status).toBe(413);
    const html = await res.text();
    expect(html).toContain('The file is larger than');
    expect(html).toContain('<nav class="main"');
    expect(html).toContain('action="/signout"');
    expect(await dataItems(svc)).toEqual(before);
  });

  it('tells how to save an .ods or .xls file as .xlsx, and names the agency of a wrong template', async () => {
    const client = await agency('BAPPEDA');
    const upload = async (bytes: Uint8Array, name: string) => {
      const form = new FormData();
      form.set('_csrf', await client.csrf('/agency/upload'));
      form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX }), name);
      return client.request('POST', '/agency/upload', { multipart: form });
    };
    const before = await dataItems(svc);
    // An OpenDocument spreadsheet: a zip whose first entry is `mimetype`, without xl/workbook.xml.
    const { zipSync, strToU8 } = await import('fflate');
    const ods = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<office:document-content/>'),
    });
    const odsRes = await upload(ods, 'answers.ods');
    expect(odsRes.status).toBe(415);
    expect(await odsRes.text()).toContain('Excel 2007-365 (.xlsx)');
    // An old .xls (OLE2 compound file signature).
    const xls = new Uint8Array(4096);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const xlsRes = await upload(xls, 'answers.xls');
    expect(xlsRes.status).toBe(415);
    expect(await xlsRes.text()).toContain('File &gt; Save As');
    // DINSOS's template uploaded by BAPPEDA.
    const wrong = await filledWorkbook({ assessmentId: AID, agencyCode: 'DINSOS', rows: answerRows('x') });
    const wrongRes = await upload(wrong, 'dinsos.xlsx');
    expect(wrongRes.status).toBe(422);
    const wrongHtml = await wrongRes.text();
    expect(wrongHtml).toContain(
      'template of agency &quot;DINSOS&quot;, not of your agency &quot;BAPPEDA&quot;',
    );
    expect(wrongHtml).toContain('Download the template');
    expect(wrongHtml).not.toContain('_mgi_meta');
    expect(await dataItems(svc)).toEqual(before);
  });
});
