import { describe, expect, it } from 'vitest';
import type { Agency } from '../../../shared/ports.js';
import { AgencyCells } from './agency-cells.js';

const agency: Agency = {
  assessmentId: 'jateng',
  code: 'DINKES',
  name: 'Dinas Kesehatan',
  level: 'provincial',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  current: null,
};

const render = async (node: unknown) => String(await node);

describe('AgencyCells', () => {
  it('shows code, name, level and a missing tag in Indonesian before the first submission', async () => {
    const html = await render(
      <tr>
        <AgencyCells lang="id" agency={agency} />
      </tr>,
    );
    expect(html).toContain('<strong>DINKES</strong> Dinas Kesehatan');
    expect(html).toContain('<td data-label="Tingkat">Provinsi</td>');
    expect(html).toContain('<span class="tag miss">Belum mengirim</span>');
    expect(html.match(/<td /g)).toHaveLength(3);
  });

  it('shows a submitted tag in English once a submission is current, and an unknown level as typed', async () => {
    const current: Agency['current'] = {
      submissionId: 's1',
      receivedAt: '2026-02-01T00:00:00.000Z',
      channel: 'form',
      counts: { yes: 1, partially: 0, no: 0, dont_know: 0, not_applicable: 0, unanswered: 75 },
    };
    const html = await render(<AgencyCells lang="en" agency={{ ...agency, level: 'guild', current }} />);
    expect(html).toContain('<span class="tag ok">Submitted</span>');
    expect(html).toContain('<td data-label="Level">guild</td>');
  });
});
