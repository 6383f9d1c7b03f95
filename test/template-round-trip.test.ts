import { describe, expect, it } from 'vitest';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import type { Lang, NormalizedResponse } from '../shared/core/types.js';
import { parseSubmissionWorkbook } from '../shared/core/workbook/parse-submission.js';
import { fillWithOpenpyxl, resaveWithLibreOffice } from './fixtures/external-tools.js';
import {
  AGENCY,
  ASSESSMENT,
  addNotesRows,
  buildTemplate,
  editWorkbook,
  fillWithExcelJs,
  moveColumns,
  reverseRows,
  sampleResponses,
  toRawFields,
  writeFields,
} from './fixtures/workbook-builder.js';

const expected = sampleResponses();
const parse = (bytes: Uint8Array) =>
  parseSubmissionWorkbook(bytes, {
    framework: LOCAL_MGI_FRAMEWORK,
    expected: { assessmentId: ASSESSMENT.id, agencyCode: AGENCY.code },
  });

function expectClean(result: Awaited<ReturnType<typeof parse>>, lang: Lang, responses: NormalizedResponse[]) {
  expect(result.issues).toEqual([]);
  expect(result.ok).toBe(true);
  expect(result.lang).toBe(lang);
  expect(result.responses).toEqual(responses);
}

describe.each(['en', 'id'] as const)('template round trip (%s)', (lang) => {
  it('parses the same responses from files filled by exceljs, openpyxl and re-saved by LibreOffice', async () => {
    const template = await buildTemplate(lang);
    const fields = toRawFields(expected, lang);
    const byExcelJs = await fillWithExcelJs(template, fields);
    const byOpenpyxl = await fillWithOpenpyxl(template, fields);
    // LibreOffice re-saves one of the two per language, so both writers' output goes through it.
    const byLibreOffice = await resaveWithLibreOffice(lang === 'en' ? byExcelJs : byOpenpyxl);

    for (const file of [byExcelJs, byOpenpyxl, byLibreOffice]) {
      const result = await parse(file);
      expectClean(result, lang, expected);
      expect(result.meta).toMatchObject({ assessmentId: ASSESSMENT.id, agencyCode: AGENCY.code, lang });
      expect(result.counts).toEqual({
        yes: 13,
        partially: 13,
        no: 13,
        dont_know: 13,
        not_applicable: 12,
        unanswered: 12,
      });
      expect(result.warnings.map((w) => w.code)).toEqual(Array(12).fill('answer.blank'));
    }
  });

  it('still parses with rows re-sorted, columns moved and notes rows added', async () => {
    const template = await buildTemplate(lang);
    const file = await editWorkbook(template, (_wb, layout) => {
      writeFields(layout, toRawFields(expected, lang));
      reverseRows(layout);
      addNotesRows(layout, 7);
      // ID, Domain, Indicator, Answer, Type, Justification, Evidence → Evidence, Answer, Justification, Indicator, ID, Type, Domain
      moveColumns(layout, [7, 4, 6, 3, 1, 5, 2]);
    });
    const result = await parse(file);
    expectClean(result, lang, expected);
    const blank = result.warnings.find((w) => w.indicatorId === '1.06');
    // Column B now holds Answer; reversed rows put 1.06 near the bottom of the sheet.
    expect(blank?.cell).toMatch(/^B\d+$/);
    expect(Number(blank?.cell?.slice(1))).toBeGreaterThan(80);
  });

  it('parses a pre-filled template back to its pre-fill', async () => {
    const template = await buildTemplate(lang, { prefill: expected });
    expectClean(await parse(template), lang, expected);
  });
});

describe('template labels', () => {
  it('reads answers typed with either language’s labels and synonyms', async () => {
    const template = await buildTemplate('en');
    const file = await fillWithExcelJs(
      template,
      new Map([
        [
          '1.01',
          { answer: ' ya ', justificationType: 'PERATURAN', justification: 'Perda 2/2019 tentang PMI' },
        ],
        ['1.02', { answer: 'N/A' }],
        [
          '1.03',
          { answer: 'Partial', justificationType: 'Kegiatan', justification: 'Program Desmigratif 2023' },
        ],
        ['1.04', { answer: 'Tidak\u00a0tahu' }],
        [
          '1.05',
          { answer: 'y', justificationType: 'Praktik terbaik', justification: 'Posko terpadu di bandara' },
        ],
      ]),
    );
    const result = await parse(file);
    expect(result.issues).toEqual([]);
    expect(result.responses.slice(0, 5).map((r) => [r.answer, r.justificationType])).toEqual([
      ['yes', 'regulation'],
      ['not_applicable', null],
      ['partially', 'programme'],
      ['dont_know', null],
      ['yes', 'practice'],
    ]);
  });
});
