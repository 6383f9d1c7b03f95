/**
 * The accounts and audit log pages through the real app: an owner invites a coordinator and sees
 * the token once (a reload shows no token and issues none), rotating and revoking ask first, a
 * viewer sees the dashboard without write forms and a viewer's POST is 403, the audit log page
 * filters and links its workbook.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../functions/create-app.js';
import { createAssessment, registerAgency } from './support/assessment-setup.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { startTestService, type TestService } from './support/test-service.js';
import { WebClient } from './support/web-client.js';
import { answerRows, filledWorkbook } from './support/workbooks.js';

const AID = 'web-accounts';
const TOKEN = /id="new-token"[^>]*value="(mgi_adm_[A-Za-z0-9_-]{43})"/;

describe('accounts and audit pages', () => {
  let backend: DynamoBackend;
  let svc: TestService;
  let app: ReturnType<typeof createApp>;
  let owner: WebClient;
  let viewer: WebClient;

  beforeAll(async () => {
    backend = await startDynaliteBackend();
    svc = await startTestService(backend);
    app = createApp(svc.deps);
    await createAssessment(svc, AID, 'Jawa Tengah');
    owner = new WebClient(app);
    expect((await owner.signIn(svc.adminToken)).status).toBe(303);
  });
  afterAll(async () => {
    await svc?.close();
    await backend?.close();
  });

  async function invite(form: Record<string, string>) {
    const csrf = await owner.csrf('/coordinator/accounts');
    return owner.request('POST', '/coordinator/accounts', { form: { _csrf: csrf, ...form } });
  }

  it('invites a coordinator: the token is shown once after a redirect, a reload issues none', async () => {
    const before = (await svc.deps.accounts.list()).length;
    const res = await invite({ name: 'Sari', email: 'sari@iom.int', role: 'viewer', assessments: AID });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/coordinator/accounts/token/shown']);
    const shown = await owner.request('GET', '/coordinator/accounts/token/shown');
    const html = await shown.text();
    const token = TOKEN.exec(html)?.[1];
    expect(token).toBeDefined();
    const reload = await owner.request('GET', '/coordinator/accounts/token/shown');
    expect(reload.status).toBe(410);
    expect(await reload.text()).not.toContain('mgi_adm_');
    expect((await svc.deps.accounts.list()).length).toBe(before + 1);

    // The viewer signs in: the dashboard, no aggregate form; a POST is refused.
    viewer = new WebClient(app);
    expect((await viewer.signIn(token!)).status).toBe(303);
    const dashboard = await viewer.request('GET', `/coordinator/a/${AID}`);
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).not.toContain(`action="/coordinator/a/${AID}/aggregate"`);
    const home = await (await viewer.request('GET', '/coordinator')).text();
    expect(home).not.toContain('action="/coordinator/assessments"');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(home)?.[1] ?? '';
    const post = await viewer.request('POST', `/coordinator/a/${AID}/aggregate`, { form: { _csrf: csrf } });
    expect(post.status).toBe(403);
    expect((await viewer.request('GET', '/coordinator/accounts')).status).toBe(403);
    expect((await viewer.request('GET', `/coordinator/a/${AID}/audit`)).status).toBe(403);
  });

  it('names the wrong field of an invitation and creates nothing', async () => {
    const before = await svc.scanAll();
    const res = await invite({ name: 'X', email: 'nope', role: 'viewer', assessments: 'missing-one' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="account-email-error"');
    expect(await svc.scanAll()).toEqual(before);
    const unknown = await invite({
      name: 'X',
      email: 'x@iom.int',
      role: 'viewer',
      assessments: 'missing-one',
    });
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain('missing-one');
    expect(await svc.scanAll()).toEqual(before);
  });

  it('asks before a new token and before revoking; the last owner is refused', async () => {
    const [sari] = (await svc.deps.accounts.list()).filter((a) => a.name === 'Sari');
    const confirm = await owner.request('GET', `/coordinator/accounts/${sari!.id}/token`);
    expect(confirm.status).toBe(200);
    const page = await confirm.text();
    expect(page).toContain(`action="/coordinator/accounts/${sari!.id}/token"`);
    expect(page).not.toContain('mgi_adm_');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const rotated = await owner.request('POST', `/coordinator/accounts/${sari!.id}/token`, {
      form: { _csrf: csrf },
    });
    expect(rotated.status).toBe(303);
    expect(TOKEN.test(await (await owner.request('GET', '/coordinator/accounts/token/shown')).text())).toBe(
      true,
    );
    const revoked = await owner.request('POST', `/coordinator/accounts/${sari!.id}/revoke`, {
      form: { _csrf: csrf },
    });
    expect(revoked.status).toBe(303);
    expect((await svc.deps.accounts.get(sari!.id))?.revokedAt).not.toBeNull();
    // Her open session ended with the account.
    const after = await viewer.request('GET', '/coordinator');
    expect([after.status, after.headers.get('location')]).toEqual([303, '/?expired=1']);
    const last = await owner.request('POST', '/coordinator/accounts/bootstrap/revoke', {
      form: { _csrf: csrf },
    });
    expect(last.status).toBe(409);
    expect(await last.text()).toContain('last owner');
  });

  it('shows the audit log with filters and links its workbook', async () => {
    const page = await owner.request('GET', `/coordinator/a/${AID}/audit?action=assessment.`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('data-action="assessment.created"');
    expect(html).not.toContain('data-action="account.created"');
    expect(html).toContain('href="/coordinator/accounts"');
    const all = await (await owner.request('GET', `/coordinator/a/${AID}/audit`)).text();
    expect(all).toContain('data-action="account.revoked"');
    const bad = await owner.request('GET', `/coordinator/a/${AID}/audit?since=soon`);
    expect(bad.status).toBe(400);
    expect(all).toContain(`href="/coordinator/a/${AID}/audit.xlsx?`);
    const book = await owner.request('GET', `/coordinator/a/${AID}/audit.xlsx?lang=en`);
    expect([book.status, book.headers.get('content-type')]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });

  it('shows a long audit log a hundred entries at a time; a page that does not exist is a 400 naming it', async () => {
    for (let i = 0; i < 130; i++) {
      await svc.deps.audit.append({
        assessmentId: AID,
        actor: { kind: 'system', id: 'system', name: 'system' },
        action: 'test.bulk',
        target: `bulk:${i}`,
        before: null,
        after: { i },
      });
    }
    const listed = (await svc.deps.audit.list(AID, { action: 'test.bulk' })).length;
    expect(listed).toBe(130);
    const first = await owner.request('GET', `/coordinator/a/${AID}/audit?action=test.bulk`);
    const html = await first.text();
    expect(first.status).toBe(200);
    expect(html.match(/data-action="test\.bulk"/g)).toHaveLength(100);
    expect(html).toContain('Entries 1–100 of 130, newest first');
    expect(html).toContain(`href="/coordinator/a/${AID}/audit?action=test.bulk&amp;page=2"`);
    expect(html).not.toContain('id="audit-newer"');
    const second = await owner.request('GET', `/coordinator/a/${AID}/audit?action=test.bulk&page=2&lang=id`);
    const html2 = await second.text();
    expect(html2.match(/data-action="test\.bulk"/g)).toHaveLength(30);
    expect(html2).toContain('Entri 101–130 dari 130');
    expect(html2).toContain('id="audit-newer"');
    expect(html2).not.toContain('id="audit-older"');
    // The oldest entry is on the last page.
    expect(html2).toContain('bulk:0<');
    for (const page of ['3', '0', 'two', '-1']) {
      const bad = await owner.request(
        'GET',
        `/coordinator/a/${AID}/audit?action=test.bulk&page=${page}&lang=en`,
      );
      expect(bad.status, page).toBe(400);
      const text = await bad.text();
      expect(text).toContain(`There is no page ${page} of this audit log: give a page number from 1 to 2.`);
      expect(text.match(/data-action="test\.bulk"/g)).toHaveLength(100);
    }
    expect((await svc.deps.audit.list(AID, { action: 'test.bulk' })).length).toBe(listed);
  });

  it('audits uploads on the agency pages: refused once, accepted once, the same file again nothing', async () => {
    const token = await registerAgency(svc, AID, {
      code: 'DINSOS',
      name: 'Dinas Sosial',
      level: 'provincial',
    });
    const agency = new WebClient(app);
    await agency.signIn(token);
    const send = async (bytes: Uint8Array) => {
      const form = new FormData();
      form.set('_csrf', await agency.csrf('/agency/upload'));
      form.set(
        'file',
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }),
        'f.xlsx',
      );
      return agency.request('POST', '/agency/upload', { multipart: form });
    };
    const actions = async () =>
      (await svc.deps.audit.list(AID, { action: 'submission.' })).map((e) => `${e.action}:${e.actor.id}`);
    const rows = answerRows('web');
    const bad = await filledWorkbook({
      assessmentId: AID,
      agencyCode: 'DINSOS',
      rows: [{ ...rows[0]!, answer: 'Perhaps' }, ...rows.slice(1)],
    });
    expect((await send(bad)).status).toBe(422);
    expect(await actions()).toEqual(['submission.refused:DINSOS']);
    const good = await filledWorkbook({ assessmentId: AID, agencyCode: 'DINSOS', rows });
    expect((await send(good)).status).toBe(303);
    expect((await send(good)).status).toBe(303);
    expect(await actions()).toEqual(['submission.accepted:DINSOS', 'submission.refused:DINSOS']);
  });
});
