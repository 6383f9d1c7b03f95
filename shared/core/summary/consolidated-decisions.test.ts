import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleAssessment } from '../../../test/fixtures/sample-assessment.js';
import { LOCAL_MGI_FRAMEWORK } from '../frameworks/local-mgi.js';
import { consolidatedWorkbookBytes } from './consolidate.js';
import { CONSOLIDATED_LABELS } from './consolidated-labels.js';

const fw = LOCAL_MGI_FRAMEWORK;
const FORMULA = '=HYPERLINK("http://x.example","click")';

async function build(lang: 'en' | 'id') {
  const sample = sampleAssessment(fw, 6, 5);
  const out = await consolidatedWorkbookBytes({
    framework: fw,
    lang,
    agencies: sample.agencies,
    pages: sample.pages(),
    assessmentId: 'jateng-2026',
    generatedAt: '2026-03-02T00:00:00.000Z',
    decisions: {
      validation: [
        { indicatorId: '1.02', answer: 'partially', note: FORMULA, sources: ['Perda 5/2020', '@SUM(1)'] },
        { indicatorId: '2.01', answer: 'yes', note: null, sources: [] },
      ],
      findings: [
        {
          domainId: '1',
          highlights: [
            { indicatorId: '1.02', text: { en: FORMULA, id: 'Teks sorotan' } },
            { indicatorId: '1.05' },
          ],
          gaps: [{ indicatorId: '1.07', text: { en: 'Needs a plan' } }],
          status: 'final',
        },
      ],
    },
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(out.bytes.buffer as ArrayBuffer);
  return { ...out, book };
}

describe('consolidated workbook with the focus group decisions', () => {
  it('Indicators: validated answer, final answer and note beside the consensus; sources last', async () => {
    const { book, summary } = await build('en');
    const l = CONSOLIDATED_LABELS.en;
    const sheet = book.getWorksheet(l.sheets.indicators)!;
    const header = sheet.getRow(1);
    expect([11, 12, 13, 14].map((c) => header.getCell(c).value)).toEqual([
      l.consensus,
      l.validated,
      l.finalAnswer,
      l.validationNote,
    ]);
    expect(header.getCell(21).value).toBe(l.sources);
    const row = sheet.getRow(1 + fw.indicators.findIndex((i) => i.id === '1.02') + 1);
    expect(row.getCell(1).value).toBe('1.02');
    expect(row.getCell(12).value).toBe('Partially');
    expect(row.getCell(13).value).toBe('Partially');
    expect(row.getCell(14).value).toBe(`'${FORMULA}`);
    expect(row.getCell(21).value).toBe('Perda 5/2020\n@SUM(1)');
    const other = sheet.getRow(2);
    expect(other.getCell(1).value).toBe('1.01');
    expect(other.getCell(12).value ?? null).toBeNull();
    expect(summary.domains[0]!.validatedCount).toBe(1);
  });

  it('Matrix: the validated answer beside the consensus, colour-coded, blank until validated', async () => {
    const { book } = await build('id');
    const l = CONSOLIDATED_LABELS.id;
    const sheet = book.getWorksheet(l.sheets.matrix)!;
    expect([3, 4].map((c) => sheet.getRow(1).getCell(c).value)).toEqual([l.consensus, l.validated]);
    const rowOf = (id: string) => sheet.getRow(2 + fw.indicators.findIndex((i) => i.id === id));
    expect(rowOf('1.02').getCell(4).value).toBe('Sebagian');
    expect((rowOf('1.02').getCell(4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE699');
    expect(rowOf('2.01').getCell(4).value).toBe('Ya');
    expect(rowOf('1.01').getCell(4).value ?? null).toBeNull();
  });

  it('Findings: per domain its status and picks with the EN/ID texts, as text', async () => {
    const { book, bytes } = await build('id');
    const l = CONSOLIDATED_LABELS.id;
    const sheet = book.getWorksheet(l.sheets.findings)!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const at = rows.findIndex((r) => r[0] === '1.02');
    expect(rows[at]).toEqual(['1.02', fw.indicators[1]!.text.id, 'Sebagian', `'${FORMULA}`, 'Teks sorotan']);
    expect(rows.some((r) => r[0] === '1.07' && r[3] === 'Needs a plan')).toBe(true);
    expect(rows.filter((r) => r[0] === l.findingsStatus).map((r) => r[1])).toEqual([
      'Final',
      ...Array(5).fill(l.findingsStatuses.none),
    ]);
    // No cell of any sheet is a formula, whatever the focus group typed.
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files)) {
      if (name.startsWith('xl/worksheets/')) expect(strFromU8(data)).not.toMatch(/<f[\s>]/);
    }
  });
});
