import { describe, expect, it } from 'vitest';
import { startHint } from './start-hint.js';

const base = { url: 'http://127.0.0.1:8080', dataDir: '/srv/mgi', aggregateIntervalMinutes: 15 };

describe('what npm start prints', () => {
  it('names the address for the demo with MGI_URL, whatever the port', () => {
    const text = startHint({ ...base, generatedAdminToken: null, adminTokenConfigured: true });
    expect(text).toContain('web pages: http://127.0.0.1:8080/');
    expect(text).toContain('MGI_URL=http://127.0.0.1:8080 MGI_TOKEN=<admin token> npm run demo');
    expect(text).toContain('data in /srv/mgi');
  });

  it('prints the generated token on a first start only', () => {
    const first = startHint({ ...base, generatedAdminToken: 'mgi_adm_abc', adminTokenConfigured: false });
    expect(first).toContain('Admin token (shown only this once, keep it safe):\n  mgi_adm_abc\n');
    const later = startHint({ ...base, generatedAdminToken: null, adminTokenConfigured: false });
    expect(later).not.toContain('mgi_adm_');
    expect(later).toContain(
      'Admin token: the one printed on the first start with this DATA_DIR (no new token is made',
    );
    const configured = startHint({ ...base, generatedAdminToken: null, adminTokenConfigured: true });
    expect(configured).toContain('Admin token: the value of ADMIN_TOKEN\n');
  });
});
