/** The coordinator's "add an agency" form as rendered after a refused post and on a fresh page. */
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../shared/ports.js';
import { BLANK_AGENCY, CoordinatorAgenciesPage } from './coordinator-agencies.js';

const assessment: Assessment = {
  id: 'jateng',
  name: 'Jawa Tengah',
  frameworkId: 'local-mgi',
  createdAt: '2026-01-01T00:00:00.000Z',
};

const render = (errors: Record<string, string>) =>
  Promise.resolve(
    <CoordinatorAgenciesPage
      lang="id"
      csrf="csrf-1"
      assessment={assessment}
      agencies={[]}
      form={{ values: { ...BLANK_AGENCY, code: 'BAD CODE', name: 'Dinas Sosial' }, errors }}
    />,
  ).then(String);

describe('add-agency form', () => {
  it('keeps what was typed and marks the refused field with its message', async () => {
    const html = await render({ code: 'Kode tidak valid' });
    expect(html).toMatch(
      /<input type="text" id="add-code" name="code" value="BAD CODE" required="" aria-invalid="true" aria-describedby="add-code-error"\/?>/,
    );
    expect(html).toContain('<p class="field-error" id="add-code-error">Kode tidak valid</p>');
    expect(html).toMatch(/<input type="text" id="add-name" name="name" value="Dinas Sosial" required=""\/?>/);
    expect(html).toContain('<label for="add-name">');
  });

  it('shows both fields without error marks on a fresh form', async () => {
    const html = await render({});
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('has-error');
    expect(html).toContain('id="add-code"');
    expect(html).toContain('id="add-name"');
  });
});
