/**
 * `npm run demo`: fills a running local service with a believable Central Java assessment.
 * Service URL: --url, else MGI_URL, else http://localhost:$PORT (3000). Admin token: --token, else
 * MGI_TOKEN, else ADMIN_TOKEN (the local server keeps only a hash of a generated token, so the
 * demo cannot find it by itself). Files it writes go to --out, else DATA_DIR/demo.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ServiceClient } from '../cli/service-client.js';
import { processEnvironment } from '../config.js';
import { finalReport, outcomeLine } from './demo-report.js';
import { runDemo } from './demo-runner.js';

type Env = Record<string, string | undefined>;

async function dashboardUrl(url: string): Promise<string | null> {
  const res = await fetch(`${url}/`).catch(() => null);
  return res?.ok && (res.headers.get('content-type') ?? '').includes('text/html') ? `${url}/` : null;
}

/**
 * Where the demo goes and writes: --url, else MGI_URL, else http://localhost:$PORT (3000); files
 * under --out, else $DATA_DIR/demo (./.data/demo), beside the server's own data.
 */
export function demoSettings(
  values: { url?: string; token?: string; out?: string },
  env: Env,
): { url: string; outDir: string; token: string | undefined } {
  const url = (values.url ?? env.MGI_URL ?? `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, '');
  const dataDir = resolve(env.DATA_DIR || './.data');
  const outDir = resolve(values.out ?? join(dataDir, 'demo'));
  return { url, outDir, token: values.token ?? env.MGI_TOKEN ?? env.ADMIN_TOKEN };
}

/** Runs the demo with the given arguments and environment; resolves to the exit code. */
export async function runDemoCli(
  argv: string[],
  env: Env,
  write = (t: string) => process.stdout.write(t),
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { url: { type: 'string' }, token: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  const { url, outDir, token } = demoSettings(values, env);
  const health = await fetch(`${url}/api/health`).catch(() => null);
  if (!health?.ok) {
    write(
      `No mgi-collect service answers at ${url}.\nStart it in another terminal with "npm start" (or set MGI_URL), then run "npm run demo" again.\n`,
    );
    return 1;
  }
  if (!token) {
    write(
      'The demo needs the coordinator (admin) token: the one "npm start" printed on its first start.\n' +
        'Run: MGI_TOKEN=<that token> npm run demo   (or start the service with ADMIN_TOKEN=<a token of 16+ characters>)\n',
    );
    return 1;
  }
  write(`Filling ${url} with the Central Java demo (58 agencies)…\n`);
  const started = Date.now();
  try {
    const result = await runDemo(new ServiceClient(url, token), {
      outDir,
      progress: (outcome, done, total) => write(outcomeLine(outcome, done, total)),
    });
    write(finalReport(result, url, await dashboardUrl(url)));
    write(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    return result.outcomes.some((o) => o.error) ? 1 : 0;
  } catch (error) {
    write(`The demo stopped: ${(error as Error).message}\n`);
    return 1;
  }
}

// The entry point of `npm run demo` (tsx functions/demo/run-demo.ts); importing the module runs nothing.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runDemoCli(process.argv.slice(2), processEnvironment());
}
