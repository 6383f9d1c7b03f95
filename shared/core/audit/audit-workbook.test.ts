import { describe, expect, it } from 'vitest';
import { loadWorkbookBytes } from '../workbook/exceljs.js';
import { safeText as cellText } from '../workbook/safe-text.js';
import { writeAuditWorkbook } from './audit-workbook.js';

describe('cellText', () => {
  it('prefixes text a spreadsheet could read as a formula, keeps the rest', () => {
    for (const t of ['=1+1', '+cmd', '-2', '@SUM(A1)', '\tx', '\rx']) expect(cellText(t)).toBe(`'${t}`);
    for (const t of ['agency.created', 'Dinas = Sosial', '2026-01-01T00:00:00.000Z', ''])
      expect(cellText(t)).toBe(t);
  });
});

describe('writeAuditWorkbook', () => {
  it('writes one text row per entry under a header in the chosen language', async () => {
    const bytes = await writeAuditWorkbook(
      [
        {
          id: 'e1',
          assessmentId: 'a1',
          at: '2026-03-01T08:00:00.000Z',
          actor: { kind: 'account', id: 'acct-1', name: '=cmd|calc' },
          action: 'agency.updated',
          target: 'agency:DINKES',
          before: { name: 'A' },
          after: { name: 'B' },
        },
      ],
      'en',
    );
    const sheet = (await loadWorkbookBytes(bytes)).worksheets[0]!;
    expect(sheet.name).toBe('Audit log');
    expect(sheet.getRow(1).getCell(1).value).toBe('Time (UTC)');
    const row = sheet.getRow(2);
    expect([1, 4, 5, 7, 8].map((c) => row.getCell(c).value)).toEqual([
      '2026-03-01T08:00:00.000Z',
      "'=cmd|calc",
      'agency.updated',
      '{"name":"A"}',
      '{"name":"B"}',
    ]);
    expect(row.getCell(4).formula).toBeUndefined();
  });
});
