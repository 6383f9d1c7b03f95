/**
 * The web pages' sign-in, sessions, CSRF, roles and language, through `app.request()` on the real
 * app (dynalite store, archive folder).
 */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../functions/create-app.js';
import { createAssessment, registerAgency } from './support/assessment-setup.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { startTestService, type TestService } from './support/test-service.js';
import { WebClient as Client } from './support/web-client.js';
import { answerRows, filledWorkbook } from './support/workbooks.js';

const ORIGIN = 'http://localhost';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AID = 'web-session';

describe('web sessions, CSRF, roles and language', () => {
  let backend: DynamoBackend;
  let svc: TestService;
  let app: ReturnType<typeof createApp>;
  let agencyToken: string;
  let otherToken: string;

  beforeAll(async () => {
    backend = await startDynaliteBackend();
    svc = await startTestService(backend);
    app = createApp(svc.deps);
    await createAssessment(svc, AID, 'Jawa Tengah');
    agencyToken = await registerAgency(svc, AID, {
      code: 'DINSOS',
      name: 'Dinas Sosial',
      level: 'provincial',
    });
    otherToken = await registerAgency(svc, AID, { code: 'BAPPEDA', name: 'Bappeda', level: 'district' });
  });
  afterAll(async () => {
    await svc?.close();
    await backend?.close();
  });

  it('shows the sign-in page and signs an agency in with an HttpOnly SameSite cookie that is not the token', async () => {
    const client = new Client(app);
    const page = await client.request('GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('<label for="token">Access token</label>');

    const bad = await client.signIn('mgi_agy_wrong-token-value');
    expect(bad.status).toBe(401);
    const badHtml = await bad.text();
    expect(badHtml).toContain('This access token is not valid');
    expect(badHtml).not.toContain('wrong-token-value');

    const ok = await client.signIn(agencyToken);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/agency');
    const cookie = ok.headers.getSetCookie().find((c) => c.startsWith('mgi_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(cookie).not.toContain(agencyToken);

    const home = await client.request('GET', '/agency');
    expect(home.status).toBe(200);
    const homeHtml = await home.text();
    expect(homeHtml).toContain('Dinas Sosial');
    expect(homeHtml).toContain('Nothing submitted yet.');
    expect(homeHtml).not.toContain(agencyToken);
  });

  it('sends pages compressed to browsers that accept it (the long form is ~10 KB instead of ~100 KB)', async () => {
    const client = new Client(app);
    await client.signIn(agencyToken);
    const res = await client.request('GET', '/agency/form', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const compressed = new Uint8Array(await res.arrayBuffer());
    const html = gunzipSync(compressed).toString('utf8');
    expect(html).toContain('name="a.6.13"');
    expect(compressed.byteLength).toBeLessThan(html.length / 5);
  });

  it('marks the session cookie Secure behind https', async () => {
    const client = new Client(app);
    const csrf = await client.csrf('/');
    const res = await client.request('POST', '/signin', {
      form: { _csrf: csrf, token: agencyToken },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.getSetCookie().find((c) => c.startsWith('mgi_session='))).toMatch(/;\s*Secure/i);
  });

  it('refuses form posts without the CSRF token, with a wrong one, or from another origin (403)', async () => {
    const noSignInToken = await new Client(app).request('POST', '/signin', { form: { token: agencyToken } });
    expect(noSignInToken.status).toBe(403);

    const agency = new Client(app);
    await agency.signIn(agencyToken);
    const csrf = await agency.csrf('/agency/form');
    const form = { 'a.1.01': 'no' };
    const missing = await agency.request('POST', '/agency/form', { form });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('This form has expired or did not come from this site');
    const wrong = await agency.request('POST', '/agency/form', {
      form: { ...form, _csrf: `${csrf.slice(0, -2)}xx` },
    });
    expect(wrong.status).toBe(403);
    const crossSite = await agency.request('POST', '/agency/form', {
      form: { ...form, _csrf: csrf },
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect(await svc.store.listSubmissions(AID, 'DINSOS')).toEqual([]);

    const admin = new Client(app);
    await admin.signIn(svc.adminToken);
    const create = await admin.request('POST', '/coordinator/assessments', {
      form: { id: 'csrf-made', name: 'Nope', frameworkId: 'local-mgi' },
    });
    expect(create.status).toBe(403);
    expect(await svc.store.getAssessment('csrf-made')).toBeNull();

    // With the token the same post goes through.
    const adminCsrf = await admin.csrf('/coordinator');
    const made = await admin.request('POST', '/coordinator/assessments', {
      form: { id: 'csrf-made', name: 'Made', frameworkId: 'local-mgi', _csrf: adminCsrf },
    });
    expect(made.status).toBe(303);
    expect(await svc.store.getAssessment('csrf-made')).toMatchObject({ name: 'Made' });
  });

  it('keeps an agency session out of coordinator pages and a coordinator out of agency pages', async () => {
    const agency = new Client(app);
    await agency.signIn(agencyToken);
    for (const path of [
      '/coordinator',
      `/coordinator/a/${AID}`,
      `/coordinator/a/${AID}/agencies`,
      `/coordinator/a/${AID}/consolidated.xlsx`,
    ]) {
      const res = await agency.request('GET', path);
      expect(res.status, path).toBe(403);
      expect(await res.text()).toContain('Your sign-in does not allow this page');
    }
    const csrf = await agency.csrf('/agency');
    const rotate = await agency.request('POST', `/coordinator/a/${AID}/agencies/DINSOS/token`, {
      form: { _csrf: csrf },
    });
    expect(rotate.status).toBe(403);

    const anonymous = new Client(app);
    const redirect = await anonymous.request('GET', '/coordinator');
    expect([redirect.status, redirect.headers.get('location')]).toEqual([303, '/']);

    const admin = new Client(app);
    await admin.signIn(svc.adminToken);
    expect((await admin.request('GET', '/agency')).status).toBe(403);
    expect((await admin.request('GET', `/coordinator/a/${AID}`)).status).toBe(200);
  });

  it('signs out: the cookie is cleared and the old session id stops working', async () => {
    const client = new Client(app);
    await client.signIn(agencyToken);
    const sessionId = client.cookies.get('mgi_session')!;
    const csrf = await client.csrf('/agency');
    const out = await client.request('POST', '/signout', { form: { _csrf: csrf } });
    expect([out.status, out.headers.get('location')]).toEqual([303, '/?out=1']);
    expect(client.cookies.has('mgi_session')).toBe(false);
    expect(await (await client.request('GET', '/?out=1')).text()).toContain('You are signed out.');

    // Replaying the old cookie (as a thief would) no longer opens the pages.
    client.cookies.set('mgi_session', sessionId);
    const replay = await client.request('GET', '/agency');
    expect([replay.status, replay.headers.get('location')]).toEqual([303, '/?expired=1']);
  });

  it('ends web sessions of a token when the coordinator rotates it', async () => {
    const agency = new Client(app);
    await agency.signIn(agencyToken);
    expect((await agency.request('GET', '/agency')).status).toBe(200);

    const admin = new Client(app);
    await admin.signIn(svc.adminToken);
    const csrf = await admin.csrf(`/coordinator/a/${AID}/agencies`);
    const rotated = await admin.request('POST', `/coordinator/a/${AID}/agencies/DINSOS/token`, {
      form: { _csrf: csrf },
    });
    // Post/redirect/get: the token is shown by the page the post redirects to, once.
    const shownAt = `/coordinator/a/${AID}/agencies/DINSOS/token/shown`;
    expect([rotated.status, rotated.headers.get('location')]).toEqual([303, shownAt]);
    const shown = await admin.request('GET', shownAt);
    expect(shown.headers.get('cache-control')).toBe('no-store');
    const newToken = /id="new-token"[^>]*value="(mgi_agy_[^"]+)"/.exec(await shown.text())?.[1];
    expect(newToken).toMatch(/^mgi_agy_/);

    expect((await agency.request('GET', '/agency')).status).toBe(303);
    const again = new Client(app);
    expect((await again.signIn(newToken!)).status).toBe(303);
    // The language link on the token page (a reload) shows no token again and issues none.
    const relink = await admin.request('GET', `${shownAt}?lang=id`);
    expect(relink.status).toBe(410);
    expect(await relink.text()).not.toContain(newToken!);
    expect(await (await admin.request('GET', `/coordinator/a/${AID}/agencies`)).text()).not.toContain(
      newToken!,
    );
    agencyToken = newToken!;
  });

  it('shows every problem of a rejected upload, keeps the file for its own agency only, and refuses large bodies', async () => {
    const rows = answerRows('web');
    rows[4] = { ...rows[4]!, answer: 'Perhaps' };
    const bad = await filledWorkbook({ assessmentId: AID, agencyCode: 'DINSOS', rows });
    const agency = new Client(app);
    await agency.signIn(agencyToken);
    const form = new FormData();
    form.set('_csrf', await agency.csrf('/agency/upload'));
    form.set('file', new Blob([bad as Uint8Array<ArrayBuffer>], { type: XLSX }), 'dinsos.xlsx');
    const res = await agency.request('POST', '/agency/upload', { multipart: form });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<td data-label="Indicator">1.05</td>');
    expect(html).toContain('&quot;Perhaps&quot; is not an accepted answer');
    const href = /id="annotated" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toMatch(/^\/agency\/rejected\/[0-9a-f]{64}\/annotated\.xlsx$/);
    expect(await svc.store.listSubmissions(AID, 'DINSOS')).toEqual([]);
    expect(await svc.archiveFiles()).toContain(`rejected/${AID}/DINSOS/${href!.split('/')[3]}.xlsx`);

    const own = await agency.request('GET', href!);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe(XLSX);
    expect(own.headers.get('content-disposition')).toContain(`mgi-${AID}-DINSOS-problems.xlsx`);
    const other = new Client(app);
    await other.signIn(otherToken);
    expect((await other.request('GET', href!)).status).toBe(404);

    // Another agency's file: the message and the metadata cell it comes from, but no marked-up
    // copy (the cell is on the hidden metadata sheet).
    const foreign = await filledWorkbook({
      assessmentId: AID,
      agencyCode: 'BAPPEDA',
      rows: answerRows('web'),
    });
    const wrong = new FormData();
    wrong.set('_csrf', await agency.csrf('/agency/upload'));
    wrong.set('file', new Blob([foreign as Uint8Array<ArrayBuffer>], { type: XLSX }), 'bappeda.xlsx');
    const wrongRes = await agency.request('POST', '/agency/upload', { multipart: wrong });
    expect(wrongRes.status).toBe(422);
    const wrongHtml = await wrongRes.text();
    // The hidden metadata sheet is no place a clerk can open: the message says whose file it is instead.
    expect(wrongHtml).not.toContain('B6');
    expect(wrongHtml).toContain('not of your agency &quot;DINSOS&quot;');
    expect(wrongHtml).not.toContain('id="annotated"');

    const small = new Client(createApp({ ...svc.deps, bodyLimitBytes: 4096 }));
    await small.signIn(agencyToken);
    const big = new FormData();
    big.set('_csrf', await small.csrf('/agency/upload'));
    big.set('file', new Blob([bad as Uint8Array<ArrayBuffer>], { type: XLSX }), 'big.xlsx');
    const tooLarge = await small.request('POST', '/agency/upload', { multipart: big });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain('The file is larger than');
  });

  it('switches between English and Bahasa Indonesia with ?lang= and remembers the choice', async () => {
    const client = new Client(app);
    const id = await client.request('GET', '/?lang=id');
    const html = await id.text();
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Token akses');
    expect(html).toContain('href="/?lang=en"');
    expect(client.cookies.get('mgi_lang')).toBe('id');

    await client.signIn(agencyToken);
    const home = await (await client.request('GET', '/agency')).text();
    expect(home).toContain('Belum ada kiriman.');
    expect(home).toContain('Unduh templat (Bahasa Indonesia)');

    const en = await (await client.request('GET', '/agency?lang=en')).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Nothing submitted yet.');

    // Without a cookie, Accept-Language decides.
    const fresh = new Client(app);
    const byHeader = await fresh.request('GET', '/', { headers: { 'accept-language': 'id-ID,id;q=0.9' } });
    expect(await byHeader.text()).toContain('Masuk');
  });

  it("leaves the API alone: not the pages' headers, multipart uploads without Origin still reach the API", async () => {
    const health = await app.request(`${ORIGIN}/api/health`);
    // The API's own strict CSP (issue 17), not the pages' one.
    expect(health.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array([1, 2, 3])]), 'x.xlsx');
    const upload = await app.request(`${ORIGIN}/api/assessments/${AID}/submissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${agencyToken}` },
      body: form,
    });
    expect(upload.status).toBe(415);
    expect(((await upload.json()) as { error: { code: string } }).error.code).toBe('upload.not_a_workbook');
  });
});
