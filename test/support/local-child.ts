/**
 * The local service as `npm start` runs it, in a child process on a given DATA_DIR: started,
 * killed (SIGKILL, for crash tests) and measured (its peak RSS from /proc). Also a cookie-keeping
 * client for the web pages over real HTTP.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { XLSX_CONTENT_TYPE } from '../../shared/core/xlsx.js';

export interface LocalChild {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `functions/local/server.ts` (what `npm start` runs) and resolves once it serves. */
export function startLocalChild(dataDir: string, env: Record<string, string> = {}): Promise<LocalChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/server.ts'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => {
    output += String(d);
  });
  child.stderr!.on('data', (d) => {
    output += String(d);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onExit = (code: number | null) => reject(new Error(`server exited with ${code}:\n${output}`));
    const check = () => {
      const url = /HTTP API: +(http:\/\/127\.0\.0\.1:\d+)\/api/.exec(output)?.[1];
      if (url && /Admin token/.test(output)) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        child.off('exit', onExit);
        resolve({ child, url, output: () => output });
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', onExit);
  });
}

/** A bearer-token API call to a service at `base`: a JSON body, or workbook bytes, and an Idempotency-Key. */
export function callApi(
  base: string,
  method: string,
  path: string,
  token: string,
  init: { json?: unknown; body?: Uint8Array; key?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.body) {
    headers['content-type'] = XLSX_CONTENT_TYPE;
    body = init.body as Uint8Array<ArrayBuffer>;
  }
  if (init.key) headers['idempotency-key'] = init.key;
  return fetch(`${base}${path}`, { method, headers, body });
}

/** Kills the child with `signal` and resolves with its exit code once it has exited (null: by a signal). */
export function stopLocalChild(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

/** The process's peak resident set size so far in MB (Linux `VmHWM`), worker threads included. */
export async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1]);
  return kb / 1024;
}

/** A browser-like client over real HTTP: keeps cookies, sends Origin on posts, follows no redirect. */
export class HttpSession {
  private readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async request(method: string, path: string, body?: URLSearchParams | FormData): Promise<Response> {
    const headers: Record<string, string> = { origin: this.base };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.base}${path}`, { method, headers, body, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const value = pair.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(pair.slice(0, eq));
      else this.cookies.set(pair.slice(0, eq), value);
    }
    return res;
  }

  /** Signs in with a token through the sign-in form. */
  async signIn(token: string): Promise<void> {
    const html = await (await this.request('GET', '/')).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const res = await this.request('POST', '/signin', new URLSearchParams({ _csrf: csrf, token }));
    if (res.status >= 400) throw new Error(`sign-in failed: ${res.status}`);
  }
}
