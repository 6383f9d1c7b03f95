import { describe, expect, it } from 'vitest';
import type { Framework } from './framework.js';
import { LOCAL_MGI_FRAMEWORK } from './frameworks/local-mgi.js';
import type { FieldLocator, ResponseInput } from './validate-responses.js';
import {
  countAnswers,
  formResponsesSchema,
  MAX_ISSUES,
  responseInputSchema,
  validateResponses,
} from './validate-responses.js';

const FW: Framework = {
  id: 'mini',
  version: '1',
  name: { en: 'Mini', id: 'Mini' },
  domains: [{ id: '1', name: { en: 'One', id: 'Satu' } }],
  indicators: [
    { id: '1.01', domainId: '1', text: { en: 'A', id: 'A' } },
    { id: '1.02', domainId: '1', text: { en: 'B', id: 'B' } },
    { id: '1.03', domainId: '1', text: { en: 'C', id: 'C' } },
  ],
};

const COLUMN = { answer: 'D', justificationType: 'E', justification: 'F', evidence: 'G' } as const;
/** A locator like the template's: row 5 + position, answer columns D..G, whole row = column A. */
const locate: FieldLocator = (indicatorId, field) => {
  const index = FW.indicators.findIndex((i) => i.id === indicatorId);
  const row = index >= 0 ? index + 5 : 99;
  return { sheet: 'Responses', cell: `${field ? COLUMN[field] : 'A'}${row}` };
};

const good: ResponseInput = {
  indicatorId: '1.01',
  answer: 'Yes',
  justificationType: 'Regulation',
  justification: 'Perda 2/2019 on migrant workers',
};

function codes(inputs: ResponseInput[], lang: 'en' | 'id' = 'en') {
  return validateResponses(FW, inputs, { lang, locate }).issues.map((i) => [i.code, i.cell]);
}

describe('validateResponses', () => {
  it('normalises a valid submission: one response per indicator in framework order, blanks as warnings', () => {
    const result = validateResponses(
      FW,
      [
        { indicatorId: '1.03', answer: ' tidak ', justification: '  ', evidence: '\u00A0link\u00A0' },
        { ...good, indicatorId: ' 1.01 ', answer: 'YA', justificationType: 'praktik baik' },
      ],
      { lang: 'en', locate },
    );
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.totalIssues).toBe(0);
    expect(result.responses).toEqual([
      {
        indicatorId: '1.01',
        answer: 'yes',
        justificationType: 'practice',
        justification: 'Perda 2/2019 on migrant workers',
        evidence: null,
      },
      { indicatorId: '1.02', answer: null, justificationType: null, justification: null, evidence: null },
      { indicatorId: '1.03', answer: 'no', justificationType: null, justification: null, evidence: 'link' },
    ]);
    expect(result.counts).toEqual({
      yes: 1,
      partially: 0,
      no: 1,
      dont_know: 0,
      not_applicable: 0,
      unanswered: 1,
    });
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'answer.blank',
        indicatorId: '1.02',
        field: 'answer',
        cell: 'D6',
        sheet: 'Responses',
      }),
    ]);
  });

  it('keeps a justification given for No, Don\u2019t know or Not applicable', () => {
    const result = validateResponses(
      FW,
      [
        { indicatorId: '1.01', answer: 'No', justificationType: 'Program', justification: 'short' },
        { indicatorId: '1.02', answer: 'Don\u2019t know', justification: 'x' },
        { indicatorId: '1.03', answer: 'N/A', justificationType: 'peraturan' },
      ],
      { lang: 'en' },
    );
    expect(result.ok).toBe(true);
    expect(result.responses.map((r) => [r.answer, r.justificationType, r.justification])).toEqual([
      ['no', 'programme', 'short'],
      ['dont_know', null, 'x'],
      ['not_applicable', 'regulation', null],
    ]);
  });

  it('rejects an unknown answer label, naming the cell and the accepted labels of the language', () => {
    const result = validateResponses(FW, [{ indicatorId: '1.02', answer: 'Mungkin' }], {
      lang: 'id',
      locate,
    });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'answer.invalid',
        sheet: 'Responses',
        cell: 'D6',
        indicatorId: '1.02',
        field: 'answer',
      }),
    ]);
    expect(result.issues[0]!.message).toContain('"Mungkin"');
    expect(result.issues[0]!.message).toContain('Ya, Sebagian, Tidak, Tidak tahu atau Bukan kewenangan');
    expect(result.responses[1]!.answer).toBeNull();
  });

  it('requires a justification type and a justification of 10+ characters for Yes and Partially', () => {
    expect(codes([{ indicatorId: '1.01', answer: 'Yes' }])).toEqual([
      ['justification_type.missing', 'E5'],
      ['justification.missing', 'F5'],
    ]);
    expect(
      codes([
        { indicatorId: '1.02', answer: 'Partially', justificationType: 'Law', justification: ' 123456789 ' },
      ]),
    ).toEqual([
      ['justification_type.invalid', 'E6'],
      ['justification.too_short', 'F6'],
    ]);
    expect(codes([{ ...good, justification: '1234567890' }])).toEqual([]);
    // Ten characters as a person counts them: emoji are one each.
    expect(codes([{ ...good, justification: '\u{1F600}'.repeat(9) }])).toEqual([
      ['justification.too_short', 'F5'],
    ]);
  });

  it('limits justification to 4000 and evidence to 2000 characters, whatever the answer', () => {
    expect(codes([{ ...good, justification: 'j'.repeat(4000), evidence: 'e'.repeat(2000) }])).toEqual([]);
    expect(
      codes([
        { indicatorId: '1.01', answer: 'No', justification: 'j'.repeat(4001), evidence: 'e'.repeat(2001) },
      ]),
    ).toEqual([
      ['justification.too_long', 'F5'],
      ['evidence.too_long', 'G5'],
    ]);
  });

  it('reports unknown and repeated indicators once each, keeping the first of a repeated id', () => {
    const result = validateResponses(
      FW,
      [good, { indicatorId: '9.99', answer: 'Yes' }, { ...good, answer: 'No' }, { ...good, answer: 'No' }],
      { lang: 'en', locate },
    );
    expect(result.issues.map((i) => [i.code, i.indicatorId, i.field, i.cell])).toEqual([
      ['indicator.unknown', '9.99', null, 'A99'],
      ['indicator.duplicate', '1.01', null, 'A5'],
    ]);
    expect(result.responses[0]!.answer).toBe('yes');
  });

  it('rejects a submission with no answered indicator, with no cell named', () => {
    const result = validateResponses(FW, [{ indicatorId: '1.01', justification: 'some text here' }], {
      lang: 'id',
      locate,
    });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        sheet: null,
        cell: null,
        indicatorId: null,
        field: null,
        code: 'submission.empty',
        message: expect.stringMatching(/^Jawaban wajib diisi/),
        params: {},
      },
    ]);
    expect(result.warnings).toHaveLength(3);
    expect(validateResponses(FW, [], { lang: 'en' }).issues.map((i) => i.code)).toEqual(['submission.empty']);
  });

  it('does not call an all-invalid submission empty: each bad answer is reported instead', () => {
    expect(codes([{ indicatorId: '1.01', answer: 'maybe' }])).toEqual([['answer.invalid', 'D5']]);
  });

  it('leaves sheet and cell null without a locator', () => {
    const [first] = validateResponses(FW, [{ indicatorId: '1.01', answer: 'Yes' }], { lang: 'en' }).issues;
    expect(first).toMatchObject({ sheet: null, cell: null, indicatorId: '1.01', field: 'justificationType' });
  });

  it('writes messages in the requested language that say how to fix the problem', () => {
    const input = [
      { indicatorId: '1.01', answer: 'Yes', justificationType: 'Regulation', justification: 'short' },
    ];
    const [en] = validateResponses(FW, input, { lang: 'en' }).issues;
    const [id] = validateResponses(FW, input, { lang: 'id' }).issues;
    expect(en!.message).toBe(
      'The justification of indicator 1.01 has 5 characters; write at least 10, naming the regulation, programme or practice.',
    );
    expect(id!.message).toContain('minimal 10 karakter');
    const [missingId] = validateResponses(FW, [{ indicatorId: '1.01', answer: 'Ya' }], { lang: 'id' }).issues;
    expect(missingId!.message).toMatch(
      /^Jenis justifikasi wajib diisi .* Pilih Regulasi, Program atau Praktik baik\.$/,
    );
  });

  it('caps errors at 200 and reports the full count', () => {
    const inputs = LOCAL_MGI_FRAMEWORK.indicators.flatMap((i) => [
      { indicatorId: i.id, answer: 'Yes', justificationType: 'bad', justification: 'short' },
      { indicatorId: `${i.id}9`, answer: 'Yes' },
    ]);
    const result = validateResponses(LOCAL_MGI_FRAMEWORK, inputs, { lang: 'en' });
    expect(result.totalIssues).toBe(76 * 3);
    expect(result.issues).toHaveLength(MAX_ISSUES);
    expect(result.ok).toBe(false);
  });
});

describe('countAnswers', () => {
  it('counts each value and the unanswered', () => {
    const answers = ['yes', 'yes', 'partially', 'no', 'dont_know', 'not_applicable', null] as const;
    expect(countAnswers(answers.map((answer) => ({ answer })))).toEqual({
      yes: 2,
      partially: 1,
      no: 1,
      dont_know: 1,
      not_applicable: 1,
      unanswered: 1,
    });
  });
});

describe('responseInputSchema', () => {
  it('accepts the form body and trims the indicator id', () => {
    const body = formResponsesSchema.parse({
      responses: [{ indicatorId: ' 1.01 ', answer: 'yes', justificationType: null, extra: 1 }],
    });
    expect(body.responses[0]).toEqual({ indicatorId: '1.01', answer: 'yes', justificationType: null });
  });

  it('rejects a response without an indicator id or with a non-text answer', () => {
    expect(responseInputSchema.safeParse({ answer: 'yes' }).success).toBe(false);
    expect(responseInputSchema.safeParse({ indicatorId: '1.01', answer: 1 }).success).toBe(false);
  });
});
