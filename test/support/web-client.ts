/** A browser-like client over `app.request()`: keeps cookies, sends Origin on posts, never follows redirects. */
import type { createApp } from '../../functions/create-app.js';

const ORIGIN = 'http://localhost';

export class WebClient {
  cookies = new Map<string, string>();
  constructor(readonly app: ReturnType<typeof createApp>) {}

  async request(
    method: string,
    path: string,
    init: {
      form?: Record<string, string> | [string, string][];
      multipart?: FormData;
      headers?: Record<string, string>;
    } = {},
  ) {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | FormData | undefined;
    if (init.multipart) {
      headers.origin ??= ORIGIN;
      body = init.multipart;
    } else if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers.origin ??= ORIGIN;
      body = new URLSearchParams(init.form).toString();
    }
    const res = await this.app.request(`${ORIGIN}${path}`, { method, headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** The hidden `_csrf` value of the page at `path`. */
  async csrf(path: string): Promise<string> {
    const html = await (await this.request('GET', path)).text();
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!match?.[1]) throw new Error(`no csrf field on ${path}`);
    return match[1];
  }

  async signIn(token: string) {
    const csrf = await this.csrf('/');
    return this.request('POST', '/signin', { form: { _csrf: csrf, token } });
  }
}
