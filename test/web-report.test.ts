/** The dashboard's Download report buttons and the web download behind them (session, not token). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../functions/create-app.js';
import { readDocx } from './fixtures/docx-tools.js';
import { createAssessment, registerAgency, startAggregatingService } from './support/assessment-setup.js';
import type { DynamoBackend } from './support/dynamo-backends.js';
import type { TestService } from './support/test-service.js';

const ORIGIN = 'http://localhost';
const AID = 'web-report';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Signs in through the sign-in form and keeps the session cookie. */
async function session(app: ReturnType<typeof createApp>, token: string) {
  let cookie = '';
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      if (pair.startsWith('mgi_')) cookie = [cookie, pair].filter(Boolean).join('; ');
    }
    return res;
  };
  const get = async (path: string) =>
    remember(
      await app.request(`${ORIGIN}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' }),
    );
  const html = await (await get('/')).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  remember(
    await app.request(`${ORIGIN}/signin`, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, token }).toString(),
      redirect: 'manual',
    }),
  );
  return get;
}

let backend: DynamoBackend;
let service: TestService;
let agencyToken: string;
beforeAll(async () => {
  ({ backend, service } = await startAggregatingService());
  await createAssessment(service, AID, 'Banyumas 2026');
  agencyToken = await registerAgency(service, AID, {
    code: 'DINSOS',
    name: 'Dinas Sosial',
    level: 'district',
  });
});
afterAll(async () => {
  await service?.close();
  await backend?.close();
});

describe('Download report on the coordinator dashboard', () => {
  it('offers the report in both languages and serves the Indonesian one to the signed-in coordinator', async () => {
    const app = createApp(service.deps);
    const get = await session(app, service.adminToken);
    const page = await (await get(`/coordinator/a/${AID}`)).text();
    expect(page).toContain(`href="/coordinator/a/${AID}/report.docx?lang=en"`);
    expect(page).toContain(`href="/coordinator/a/${AID}/report.docx?lang=id"`);
    expect(page).toContain('Download report (English)');

    const res = await get(`/coordinator/a/${AID}/report.docx?lang=id`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="mgi-${AID}-report-id.docx"`);
    const { html } = await readDocx(new Uint8Array(await res.arrayBuffer()));
    expect(html).toContain('<h1>Dimensi 1: Hak-hak migran (usulan)</h1>');
  });

  it('keeps an agency session out of the report', async () => {
    const get = await session(createApp(service.deps), agencyToken);
    const res = await get(`/coordinator/a/${AID}/report.docx?lang=en`);
    expect(res.status).toBe(403);
  });
});
