import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../shared/core/demo/fill-template.js';
import { getBuiltInFramework } from '../../shared/core/framework.js';
import { generateTemplate } from '../../shared/core/template/generate-template.js';
import type { ResponseInput } from '../../shared/core/validate-responses.js';
import { parseSubmissionWorkbook } from '../../shared/core/workbook/parse-submission.js';
import { annotateWorkbook, PROBLEM_FILL_ARGB, rangeArea } from './annotate-workbook.js';

const framework = getBuiltInFramework('local-mgi')!;

async function badFile() {
  const template = await generateTemplate({
    framework,
    assessment: { id: 'jateng', name: 'Jawa Tengah' },
    agency: { code: 'A1', name: 'Dinas A1' },
    lang: 'en',
  });
  const rows: ResponseInput[] = framework.indicators.map((indicator, i) => ({
    indicatorId: indicator.id,
    answer: i === 0 ? 'Maybe' : 'No',
    justification: i === 1 ? 'ok' : null,
  }));
  rows[2] = {
    indicatorId: rows[2]!.indicatorId,
    answer: 'Yes',
    justificationType: 'Regulation',
    justification: 'short',
  };
  return fillTemplate(template, rows);
}

describe('annotateWorkbook', () => {
  it('fills each problem cell light red with a note, and the fixed file is accepted', async () => {
    const bytes = await badFile();
    const parsed = await parseSubmissionWorkbook(bytes, { framework, expected: { agencyCode: 'A1' } });
    expect(parsed.ok).toBe(false);
    const annotated = await annotateWorkbook(bytes, parsed.issues);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(annotated) as never);
    for (const issue of parsed.issues) {
      const cell = book.getWorksheet(issue.sheet!)!.getCell(issue.cell!);
      expect(cell.fill, issue.cell!).toMatchObject({
        pattern: 'solid',
        fgColor: { argb: PROBLEM_FILL_ARGB },
      });
      const note = typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note);
      expect(note).toContain(issue.indicatorId!);
    }

    // The rest of the file is kept: the answer dropdown and the hidden metadata sheet.
    const answerCell = parsed.issues.find((i) => i.field === 'answer')!;
    expect(book.getWorksheet(answerCell.sheet!)!.getCell(answerCell.cell!).dataValidation).toMatchObject({
      type: 'list',
    });
    expect(book.worksheets.find((w) => w.name === '_mgi_meta')?.state).toMatch(/hidden/i);

    // Fix the marked cells in the annotated copy itself and parse it again.
    const sheet = book.getWorksheet(parsed.issues[0]!.sheet!)!;
    for (const issue of parsed.issues) {
      if (issue.field === 'answer') sheet.getCell(issue.cell!).value = 'No';
      if (issue.field === 'justification') sheet.getCell(issue.cell!).value = 'Provincial regulation 5/2024.';
    }
    const fixed = new Uint8Array(await book.xlsx.writeBuffer());
    const again = await parseSubmissionWorkbook(fixed, { framework, expected: { agencyCode: 'A1' } });
    expect(again.issues).toEqual([]);
    expect(again.ok).toBe(true);
  });

  it('measures merge and validation ranges', () => {
    expect(rangeArea('D5:D80')).toBe(76);
    expect(rangeArea('A1 B2:C3')).toBe(5);
    expect(rangeArea('A1:XFD1048576')).toBe(16384 * 1048576);
    expect(rangeArea('nonsense')).toBe(Number.POSITIVE_INFINITY);
  });
});
