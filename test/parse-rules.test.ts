import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../shared/core/app-error.js';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import type { Lang } from '../shared/core/types.js';
import { parseSubmissionWorkbook } from '../shared/core/workbook/parse-submission.js';
import {
  AGENCY,
  ASSESSMENT,
  addressOf,
  buildTemplate,
  editWorkbook,
  type RawFields,
  type SheetLayout,
  sampleResponses,
  toRawFields,
  writeFields,
} from './fixtures/workbook-builder.js';

const templates = new Map<Lang, Uint8Array>();
beforeAll(async () => {
  templates.set('en', await buildTemplate('en'));
  templates.set('id', await buildTemplate('id'));
});

const parse = (bytes: Uint8Array) =>
  parseSubmissionWorkbook(bytes, {
    framework: LOCAL_MGI_FRAMEWORK,
    expected: { assessmentId: ASSESSMENT.id, agencyCode: AGENCY.code },
  });

/** A valid fill of the sample answers, then `changes` on top, then `edit`; returns the file and its layout. */
async function filled(
  lang: Lang,
  changes: [string, RawFields][],
  edit: (layout: SheetLayout) => void = () => {},
): Promise<{ file: Uint8Array; layout: SheetLayout }> {
  let seen: SheetLayout | undefined;
  const file = await editWorkbook(templates.get(lang)!, (_wb, layout) => {
    writeFields(layout, toRawFields(sampleResponses(), lang));
    writeFields(layout, new Map(changes));
    edit(layout);
    seen = layout;
  });
  return { file, layout: seen! };
}

describe('answer rules, each naming its cell', () => {
  it('reports every problem of a file at once with sheet, cell, indicator, field and code', async () => {
    // Sample answers cycle yes, partially, no, dont_know, not_applicable, blank from 1.01.
    const { file, layout } = await filled(
      'en',
      [
        ['1.01', { answer: 'Maybe' }],
        ['1.02', { justificationType: null }],
        ['1.03', { justificationType: 'Law' }],
        ['1.07', { justification: null }],
        ['1.08', { justification: 'too short' }],
        ['1.09', { justification: 'x'.repeat(4001) }],
        ['1.10', { evidence: 'e'.repeat(2001) }],
        ['1.11', { answer: { formula: '"Y"&"es"', result: 'Yes' } }],
        ['1.12', { justification: { formula: 'C14', result: 'Perda 1/2020 copied from the indicator' } }],
      ],
      (layout) => {
        const last = layout.sheet.rowCount;
        layout.sheet.getRow(last + 2).values = ['1.01', null, null, 'No'];
        layout.sheet.getRow(last + 3).values = ['7.01', null, 'An indicator of another framework', 'Yes'];
      },
    );
    const result = await parse(file);
    const at = (id: string, field: Parameters<typeof addressOf>[2]) => addressOf(layout, id, field);
    const last = layout.sheet.rowCount;
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.sheet, i.cell, i.indicatorId, i.field])).toEqual([
      ['answer.formula', 'Responses', at('1.11', 'answer'), '1.11', 'answer'],
      ['answer.formula', 'Responses', at('1.12', 'justification'), '1.12', 'justification'],
      ['indicator.duplicate', 'Responses', `A${last - 1}`, '1.01', null],
      ['indicator.unknown', 'Responses', `A${last}`, '7.01', null],
      ['answer.invalid', 'Responses', at('1.01', 'answer'), '1.01', 'answer'],
      [
        'justification_type.missing',
        'Responses',
        at('1.02', 'justificationType'),
        '1.02',
        'justificationType',
      ],
      [
        'justification_type.invalid',
        'Responses',
        at('1.03', 'justificationType'),
        '1.03',
        'justificationType',
      ],
      ['justification.missing', 'Responses', at('1.07', 'justification'), '1.07', 'justification'],
      ['justification.too_short', 'Responses', at('1.08', 'justification'), '1.08', 'justification'],
      ['justification.too_long', 'Responses', at('1.09', 'justification'), '1.09', 'justification'],
      ['evidence.too_long', 'Responses', at('1.10', 'evidence'), '1.10', 'evidence'],
    ]);
    expect(result.totalIssues).toBe(11);
    // The forged cached "Yes" is never used: the formula answer counts as not given.
    expect(result.responses.find((r) => r.indicatorId === '1.11')?.answer).toBeNull();
    expect(result.warnings.some((w) => w.indicatorId === '1.11')).toBe(false);
    expect(result.issues[0]!.message).toContain(at('1.11', 'answer'));
  });

  it('rejects a shared formula too', async () => {
    const { file, layout } = await filled('en', [], (l) => {
      const r1 = l.rowOf.get('1.03')!;
      const r2 = l.rowOf.get('1.04')!;
      const col = l.sheet.getColumn(l.col.get('evidence')!).letter;
      l.sheet.getCell(`${col}${r1}`).value = {
        formula: '"Perda"&"1"',
        result: 'Perda1',
        shareType: 'shared',
        ref: `${col}${r1}:${col}${r2}`,
      } as never;
      l.sheet.getCell(`${col}${r2}`).value = { sharedFormula: `${col}${r1}`, result: 'Perda1' } as never;
    });
    const result = await parse(file);
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([
      ['answer.formula', addressOf(layout, '1.03', 'evidence')],
      ['answer.formula', addressOf(layout, '1.04', 'evidence')],
    ]);
  });

  it('warns about each blank answer at its cell and rejects a file with no answer', async () => {
    const result = await parse(templates.get('en')!);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([['submission.empty', null]]);
    expect(result.warnings).toHaveLength(76);
    expect(result.warnings[0]).toMatchObject({ code: 'answer.blank', cell: 'D5', indicatorId: '1.01' });
  });

  it('caps the issues at 200 and reports the total', async () => {
    const everyYes = LOCAL_MGI_FRAMEWORK.indicators.map(
      (i) =>
        [
          i.id,
          { answer: 'Yes', justificationType: null, justification: null, evidence: 'e'.repeat(2001) },
        ] as [string, RawFields],
    );
    const result = await parse((await filled('en', everyYes)).file);
    expect(result.issues).toHaveLength(200);
    expect(result.totalIssues).toBe(76 * 3);
  });

  it('writes messages in the language of the file', async () => {
    const { file, layout } = await filled('id', [['1.01', { answer: 'Mungkin' }]]);
    const result = await parse(file);
    expect(result.lang).toBe('id');
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'answer.invalid',
        sheet: 'Isian',
        cell: addressOf(layout, '1.01', 'answer'),
      }),
    ]);
    expect(result.issues[0]!.message).toContain('bukan jawaban yang diterima');
  });
});

describe('cell shapes', () => {
  it('reads rich text, hyperlinks, dates, numbers and numeric ids as text', async () => {
    const { file } = await filled(
      'en',
      [
        [
          '1.01',
          { justification: { richText: [{ text: 'Perda ' }, { text: 'No. 2/2019', font: { bold: true } }] } },
        ],
        ['1.02', { evidence: { text: 'JDIH Jateng', hyperlink: 'https://jdih.jatengprov.go.id' } }],
        ['1.04', { justification: 20240517 }],
      ],
      (l) => {
        l.sheet.getRow(l.rowOf.get('1.10')!).getCell(l.col.get('id')!).value = 1.1;
        // The template formats text columns as text; a date only stays a date under a date format.
        const date = l.sheet.getRow(l.rowOf.get('1.03')!).getCell(l.col.get('evidence')!);
        date.style = { ...date.style, numFmt: 'dd/mm/yyyy' };
        date.value = new Date(Date.UTC(2024, 4, 17));
      },
    );
    const result = await parse(file);
    expect(result.issues).toEqual([]);
    const byId = new Map(result.responses.map((r) => [r.indicatorId, r]));
    expect(byId.get('1.01')?.justification).toBe('Perda No. 2/2019');
    expect(byId.get('1.02')?.evidence).toBe('JDIH Jateng');
    expect(byId.get('1.03')?.evidence).toBe('2024-05-17');
    expect(byId.get('1.04')?.justification).toBe('20240517');
    expect(byId.get('1.10')).toEqual(sampleResponses().find((r) => r.indicatorId === '1.10'));
  });
});

async function parseError(
  bytes: Uint8Array,
  options: Partial<Parameters<typeof parseSubmissionWorkbook>[1]> = {},
) {
  try {
    await parseSubmissionWorkbook(bytes, {
      framework: LOCAL_MGI_FRAMEWORK,
      expected: { assessmentId: ASSESSMENT.id, agencyCode: AGENCY.code },
      ...options,
    });
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('metadata and structure', () => {
  it('catches a file of another assessment, agency or framework', async () => {
    const { file } = await filled('id', []);
    const assessment = await parseError(file, { expected: { assessmentId: 'jatim-2026' } });
    expect([assessment.code, assessment.status]).toEqual(['template.wrong_assessment', 422]);
    const agency = await parseError(file, {
      expected: { assessmentId: ASSESSMENT.id, agencyCode: 'DISNAKER' },
    });
    expect([agency.code, agency.status]).toEqual(['template.wrong_agency', 422]);
    expect(agency.message).toContain('bukan instansi Anda "DISNAKER"');
    // One issue naming the metadata cell that says which agency the file is for, in the file's language.
    expect(agency.issues).toEqual([
      {
        sheet: '_mgi_meta',
        cell: 'B6',
        indicatorId: null,
        field: 'agencyCode',
        code: 'template.wrong_agency',
        message: agency.message,
        params: { actual: expect.any(String), expected: 'DISNAKER' },
      },
    ]);
    expect(assessment.issues.map((i) => [i.sheet, i.cell, i.field, i.code])).toEqual([
      ['_mgi_meta', 'B5', 'assessmentId', 'template.wrong_assessment'],
    ]);
    expect(assessment.issues[0]!.message).toBe(assessment.message);
    const other = { ...LOCAL_MGI_FRAMEWORK, id: 'national-mgi' };
    const framework = await parseError(file, { framework: other });
    expect(framework.issues.map((i) => [i.code, i.sheet, i.cell, i.field])).toEqual([
      ['template.wrong_framework', '_mgi_meta', 'B3', 'frameworkId'],
    ]);
    expect((await parseError(file, { framework: () => undefined })).code).toBe('template.wrong_framework');
    const byLookup = await parseSubmissionWorkbook(file, {
      framework: (id) => (id === 'local-mgi' ? LOCAL_MGI_FRAMEWORK : undefined),
    });
    expect(byLookup.ok).toBe(true);
  });

  it('refuses a workbook without our metadata, or with a newer template version', async () => {
    const { file } = await filled('en', []);
    const noMeta = await editWorkbook(file, (wb) => {
      wb.removeWorksheet(wb.getWorksheet('_mgi_meta')!.id);
    });
    const missing = await parseError(noMeta);
    expect(missing.code).toBe('template.no_metadata');
    expect(missing.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ['template.no_metadata', '_mgi_meta', null],
    ]);
    // Without metadata the header row tells the language of the message.
    const noMetaId = await editWorkbook((await filled('id', [])).file, (wb) => {
      wb.removeWorksheet(wb.getWorksheet('_mgi_meta')!.id);
    });
    expect((await parseError(noMetaId)).message).toContain('Berkas ini bukan templat');
    const newer = await editWorkbook(file, (wb) => {
      wb.getWorksheet('_mgi_meta')!.getCell('B2').value = '2';
    });
    const newerError = await parseError(newer);
    expect(newerError.code).toBe('template.unsupported_version');
    expect(newerError.issues.map((i) => [i.sheet, i.cell, i.field])).toEqual([
      ['_mgi_meta', 'B2', 'templateVersion'],
    ]);
    const broken = await editWorkbook(file, (wb) => {
      wb.getWorksheet('_mgi_meta')!.getCell('B7').value = 'fr';
    });
    expect((await parseError(broken)).code).toBe('template.no_metadata');
  });

  it('finds the metadata sheet when a program renamed and unhid it', async () => {
    const { file } = await filled('en', []);
    const renamed = await editWorkbook(file, (wb) => {
      const meta = wb.getWorksheet('_mgi_meta')!;
      meta.name = 'Sheet3';
      meta.state = 'visible';
    });
    expect((await parse(renamed)).ok).toBe(true);
  });

  it('names a missing column and a missing header row', async () => {
    const { file, layout } = await filled('en', [], (l) => {
      l.sheet.getRow(l.headerRow).getCell(l.col.get('justification')!).value = 'Notes';
    });
    const missing = await parseError(file);
    expect(missing.code).toBe('template.missing_column');
    expect(missing.message).toContain('"Justification"');
    // The header cell where the template has the column, in the header row.
    expect(missing.issues.map((i) => [i.code, i.sheet, i.cell, i.field])).toEqual([
      ['template.missing_column', 'Responses', `F${layout.headerRow}`, 'justification'],
    ]);
    const { file: noHeader } = await filled('en', [], (l) => {
      l.sheet.getRow(l.headerRow).getCell(l.col.get('answer')!).value = 'Reply';
    });
    const noSheet = await parseError(noHeader);
    expect(noSheet.code).toBe('template.no_responses_sheet');
    expect(noSheet.issues.map((i) => [i.sheet, i.cell])).toEqual([['Responses', null]]);
  });

  it('is not confused by sheets named __proto__ or constructor', async () => {
    const { file } = await filled('en', [], () => {});
    const odd = await editWorkbook(file, (wb) => {
      for (const name of ['__proto__', 'constructor', 'hasOwnProperty']) {
        const sheet = wb.addWorksheet(name);
        sheet.getCell('A1').value = 'format';
        sheet.getCell('B1').value = 'not ours';
      }
    });
    const result = await parse(odd);
    expect(result.ok).toBe(true);
    expect(result.responses).toEqual(sampleResponses());
  });

  it('refuses a sheet with more rows than a template could have', async () => {
    const { file } = await filled('en', [], (l) => {
      for (let r = 0; r < 6000; r += 1) l.sheet.addRow([`note ${r}`]);
    });
    const error = await parseError(file);
    expect(error.code).toBe('upload.too_many_rows');
  });
});
