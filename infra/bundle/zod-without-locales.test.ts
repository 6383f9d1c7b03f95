import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as lean from './zod-without-locales.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The app's TypeScript sources that go into the Lambda bundles (tests excluded). */
function appSources(): { file: string; text: string }[] {
  return ['functions', 'shared'].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
      .map((f) => ({ file: path.join(dir, f), text: readFileSync(path.join(ROOT, dir, f), 'utf8') })),
  );
}

describe('zod without locales (the Lambda bundles alias `zod` to it)', () => {
  it('exports everything zod exports except `locales` and `core`', () => {
    const missing = Object.keys(zod).filter((name) => !(name in lean));
    expect(missing.sort()).toEqual(['core', 'locales']);
    expect(Object.keys(lean.z).sort()).toEqual(
      Object.keys(zod.z)
        .filter((n) => n !== 'core' && n !== 'locales')
        .sort(),
    );
  });

  it('validates and reports in English like zod', () => {
    const schema = lean.z.object({ id: lean.z.string().min(3), n: lean.z.coerce.number().int() });
    expect(schema.parse({ id: 'abc', n: '4' })).toEqual({ id: 'abc', n: 4 });
    const result = schema.safeParse({ id: 'a', n: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(
      zod.z
        .object({ id: zod.z.string().min(3), n: zod.z.coerce.number().int() })
        .safeParse({ id: 'a', n: 'x' })
        .error?.issues.map((i) => i.message),
    );
    expect(result.error?.issues[0]?.message).toMatch(/>=3 characters/);
  });

  it('no app code uses z.locales, or z.core other than for a type', () => {
    const uses = appSources().flatMap(({ file, text }) =>
      [...text.matchAll(/\bz\.(locales|core)\.(\$?\w+)/g)]
        // zod's core types are all named `$Zod...`; anything else would be a value at run time.
        .filter((m) => m[1] === 'locales' || !/^\$Zod[A-Z]\w*$/.test(m[2] ?? ''))
        .map((m) => `${file}: ${m[0]}`),
    );
    expect(uses).toEqual([]);
  });
});
