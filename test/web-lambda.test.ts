/**
 * The web pages behind API Gateway HTTP API (payload v2), through `handle(createApp(...))`: https
 * origin, Secure cookies in the v2 `cookies` field, a form post with its Origin, a page and a
 * workbook download (base64) for a signed-in agency.
 */
import { handle } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../functions/create-app.js';
import { type HttpApiEvent, httpApiEvent } from './support/api-gateway-event.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { startTestService, type TestService } from './support/test-service.js';

interface V2Result {
  statusCode: number;
  headers: Record<string, string>;
  cookies?: string[];
  body: string;
  isBase64Encoded: boolean;
}
type Handler = (event: HttpApiEvent, context: unknown) => Promise<V2Result>;

const HOST = 'https://abc123.execute-api.ap-southeast-3.amazonaws.com';
const context = { awsRequestId: 'web-1', functionName: 'api', getRemainingTimeInMillis: () => 29_000 };

describe('web pages on Lambda (HTTP API v2 events)', () => {
  let backend: DynamoBackend;
  let svc: TestService;
  let handler: Handler;
  let agencyToken: string;

  beforeAll(async () => {
    backend = await startDynaliteBackend();
    svc = await startTestService(backend);
    handler = handle(createApp(svc.deps)) as unknown as Handler;
    const admin = (method: string, path: string, json: unknown) =>
      svc.call(method, path, { token: svc.adminToken, json });
    await admin('POST', '/api/assessments', { id: 'jateng', name: 'Jawa Tengah', frameworkId: 'local-mgi' });
    const res = await admin('PUT', '/api/assessments/jateng/agencies/DINKES', {
      name: 'Dinas Kesehatan',
      level: 'provincial',
    });
    agencyToken = ((await res.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await svc?.close();
    await backend?.close();
  });

  const cookiePair = (cookies: string[] | undefined, name: string) =>
    cookies?.find((c) => c.startsWith(`${name}=`))?.split(';')[0];

  it('signs in over https with Secure cookies and serves pages and downloads', async () => {
    const page = await handler(httpApiEvent('GET', '/'), context);
    expect(page.statusCode).toBe(200);
    expect(page.isBase64Encoded).toBe(false);
    const pre = cookiePair(page.cookies, 'mgi_signin_csrf')!;
    expect(page.cookies?.join('\n')).toMatch(/mgi_signin_csrf=[^;]+;.*Secure/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;

    const signin = await handler(
      httpApiEvent('POST', '/signin', {
        headers: { cookie: pre, origin: HOST, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, token: agencyToken }).toString(),
      }),
      context,
    );
    expect([signin.statusCode, signin.headers.location]).toEqual([303, '/agency']);
    const session = signin.cookies?.find((c) => c.startsWith('mgi_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/Secure/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const cookie = session!.split(';')[0]!;

    const home = await handler(httpApiEvent('GET', '/agency', { headers: { cookie } }), context);
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Dinas Kesehatan');

    const template = await handler(
      httpApiEvent('GET', '/agency/template.xlsx?lang=id', { headers: { cookie } }),
      context,
    );
    expect(template.statusCode).toBe(200);
    expect(template.isBase64Encoded).toBe(true);
    expect(Buffer.from(template.body, 'base64').subarray(0, 2)).toEqual(Buffer.from([0x50, 0x4b]));

    const crossSite = await handler(
      httpApiEvent('POST', '/signout', {
        headers: {
          cookie,
          origin: 'https://evil.example',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ _csrf: csrf }).toString(),
      }),
      context,
    );
    expect(crossSite.statusCode).toBe(403);
  });
});
