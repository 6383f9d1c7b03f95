/**
 * Summarises the CPU profiles `bench/upload.ts --cpu-prof DIR` writes (one per thread of the
 * server), cut to the all-at-once bursts (`bursts-*.json` in DIR, on the server's monotonic clock):
 * per thread the busy time inside the bursts, then the top packages and functions by self time.
 *
 *   npx tsx bench/profile-summary.ts DIR [--top N] [--skip N]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  options: {
    top: { type: 'string', default: '20' },
    /** Leave out the first N bursts (the JIT still compiling). */
    skip: { type: 'string', default: '0' },
  },
  allowPositionals: true,
});
const dir = positionals[0];
if (!dir) throw new Error('usage: npx tsx bench/profile-summary.ts DIR [--top N]');
const top = Number(values.top);

/** What a sample's code belongs to: a package, a folder of this repository, Node itself or V8. */
function category(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const own = /\/(shared|functions|bench)\/(.+?)\/[^/]+$/.exec(url);
  return own ? `${own[1]}/${own[2]}` : url;
}

const windows: [number, number][] = [];
for (const f of await readdir(dir)) {
  if (/^bursts-.*\.json$/.test(f)) {
    const bursts = JSON.parse(await readFile(join(dir, f), 'utf8')) as [number, number][];
    windows.push(...bursts.slice(Number(values.skip)));
  }
}
const inWindow = (t: number) => windows.length === 0 || windows.some(([a, b]) => t >= a && t <= b);
const uploads = windows.length * 58;

const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
const perUpload = (us: number) =>
  uploads ? `${(us / 1000 / uploads).toFixed(2).padStart(6)} ms/upload` : '';
const rows = (map: Map<string, number>) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `    ${ms(v)} ${perUpload(v)}  ${k}`)
    .join('\n');

for (const f of (await readdir(dir)).filter((x) => x.endsWith('.cpuprofile')).sort()) {
  const profile = JSON.parse(await readFile(join(dir, f), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    const weight = profile.timeDeltas[i + 1] ?? 0;
    if (!inWindow(t)) continue;
    const { functionName, url, lineNumber } = byId.get(profile.samples[i]!)!.callFrame;
    if (functionName === '(idle)') continue;
    busy += weight;
    const c = category(url, functionName);
    byCategory.set(c, (byCategory.get(c) ?? 0) + weight);
    const fn = `${functionName || '(anonymous)'} ${url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + weight);
  }
  console.log(`${f}: busy ${ms(busy)} ${perUpload(busy)} in ${windows.length} burst(s)`);
  if (busy === 0) continue;
  console.log(`  by package or folder:\n${rows(byCategory)}`);
  console.log(`  by function:\n${rows(byFunction)}`);
}
