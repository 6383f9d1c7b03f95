import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSettings, runDemoCli } from './run-demo.js';

describe('npm run demo settings', () => {
  it('goes to MGI_URL, else localhost on PORT; writes under DATA_DIR/demo', () => {
    expect(demoSettings({}, {})).toEqual({
      url: 'http://localhost:3000',
      outDir: resolve('.data', 'demo'),
      token: undefined,
    });
    expect(demoSettings({}, { PORT: '8080', DATA_DIR: '/srv/mgi', ADMIN_TOKEN: 'first-look' })).toEqual({
      url: 'http://localhost:8080',
      outDir: join('/srv/mgi', 'demo'),
      token: 'first-look',
    });
    expect(
      demoSettings({ out: '/tmp/out' }, { MGI_URL: 'http://10.0.0.5:9000/', PORT: '8080', MGI_TOKEN: 't' }),
    ).toEqual({ url: 'http://10.0.0.5:9000', outDir: '/tmp/out', token: 't' });
  });

  it('says which address it tried when nothing answers there', async () => {
    let out = '';
    // Port 9 (discard) on loopback: nothing listens there.
    const code = await runDemoCli([], { PORT: '9', MGI_TOKEN: 'x' }, (t) => {
      out += t;
      return true;
    });
    expect(code).toBe(1);
    expect(out).toContain('No mgi-collect service answers at http://localhost:9.');
    expect(out).toContain('or set MGI_URL');
  });
});
