import type { Cell, DataValidation, Workbook, Worksheet } from 'exceljs';
import { ANSWER_LABELS, answerLabelList, JUSTIFICATION_LABELS, justificationLabelList } from '../answers.js';
import { type Framework, indicatorsOfDomain } from '../framework.js';
import { formatWib } from '../review/deadline.js';
import type { Lang, NormalizedResponse } from '../types.js';
import { columnLetters } from '../workbook/a1.js';
import { loadExcelJs } from '../workbook/exceljs.js';
import { safeText } from '../workbook/safe-text.js';
import { HEADER_LABELS, RESPONSE_COLUMNS, type ResponseColumn } from './headers.js';
import { TEMPLATE_FORMAT, TEMPLATE_VERSION, writeMetaSheet } from './meta-sheet.js';
import {
  instructionLines,
  SHEET_NAMES,
  subtitleLine,
  type TemplateContext,
  titleLine,
} from './template-texts.js';

/** Input of {@link generateTemplate}. */
export interface TemplateInput {
  framework: Framework;
  assessment: { id: string; name: string };
  agency: { code: string; name: string };
  lang: Lang;
  prefill?: NormalizedResponse[];
  now?: Date;
  /** The coordinator's comments on the returned submission: each becomes a note on the answer cell. */
  comments?: { indicatorId: string; text: string }[];
  /** The assessment's deadline (ISO instant), stated on the instructions sheet in WIB. */
  deadline?: string | null;
}

/** Row of the column headers on the responses sheet; rows 1–2 hold the title. */
export const HEADER_ROW = 3;

const WIDTHS: Record<ResponseColumn, number> = {
  id: 8,
  domain: 22,
  indicator: 60,
  answer: 18,
  justificationType: 20,
  justification: 55,
  evidence: 40,
};
const WRAPPED = new Set<ResponseColumn>(['domain', 'indicator', 'justification', 'evidence']);
const ANSWER_FIELDS = new Set<ResponseColumn>(['answer', 'justificationType', 'justification', 'evidence']);
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } } as const;
const DOMAIN_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFDE7' } } as const;
const THIN = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;

/** A list validation formula; labels with a comma or quote would break Excel's inline list syntax. */
function inlineList(labels: string[]): string {
  for (const label of labels) {
    if (/[,"]/.test(label)) throw new Error(`dropdown label cannot hold a comma or quote: ${label}`);
  }
  return `"${labels.join(',')}"`;
}

function addInstructions(
  workbook: Workbook,
  lang: Lang,
  ctx: TemplateContext,
  deadline?: string | null,
): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES[lang].instructions, {
    pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.getColumn(1).width = 120;
  const title = sheet.addRow([titleLine(ctx)]);
  title.font = { bold: true, size: 14 };
  if (deadline) {
    const due = sheet.addRow([`${lang === 'id' ? 'Batas waktu' : 'Deadline'}: ${formatWib(deadline, lang)}`]);
    due.font = { bold: true, color: { argb: 'FF9C0006' } };
  }
  for (const line of instructionLines(lang, ctx)) {
    const row = sheet.addRow([line]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (line !== '' && !/^[-\d]/.test(line) && !line.includes(':')) row.font = { bold: true };
  }
  void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}

function styleAnswerCell(cell: Cell, column: ResponseColumn): void {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  cell.alignment = { wrapText: WRAPPED.has(column), vertical: 'top' };
  if (column === 'justification' || column === 'evidence') cell.numFmt = '@';
}

/**
 * One list validation over a whole range. Set per cell, exceljs merges cells into ranges in
 * string order of their addresses ("D10" before "D5") and writes overlapping ranges (D10:D18 and
 * D5:D18), which Excel treats as damaged content; a range address is written as given. exceljs
 * types do not declare `worksheet.dataValidations`, hence the narrow cast.
 */
function addListValidation(sheet: Worksheet, range: string, validation: DataValidation): void {
  (sheet as unknown as { dataValidations: { add(a: string, v: DataValidation): void } }).dataValidations.add(
    range,
    validation,
  );
}

function addResponses(workbook: Workbook, input: TemplateInput, ctx: TemplateContext): Worksheet {
  const { framework, lang } = input;
  const sheet = workbook.addWorksheet(SHEET_NAMES[lang].responses, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, activeCell: `D${HEADER_ROW + 2}` }],
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  sheet.columns = RESPONSE_COLUMNS.map((key) => ({ key, width: WIDTHS[key] }));
  const last = columnLetters(RESPONSE_COLUMNS.length);

  sheet.getCell('A1').value = titleLine(ctx);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.mergeCells(`A1:${last}1`);
  sheet.getCell('A2').value = subtitleLine(lang, ctx);
  sheet.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(2).height = 30;
  sheet.mergeCells(`A2:${last}2`);

  const header = sheet.getRow(HEADER_ROW);
  header.values = RESPONSE_COLUMNS.map((key) => HEADER_LABELS[lang][key]);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });

  const prefill = new Map((input.prefill ?? []).map((r) => [r.indicatorId, r]));
  const notes = new Map<string, string[]>();
  for (const c of input.comments ?? [])
    notes.set(c.indicatorId, [...(notes.get(c.indicatorId) ?? []), c.text]);
  const answerColumn = RESPONSE_COLUMNS.indexOf('answer') + 1;
  const answerList = inlineList(answerLabelList(lang));
  const typeList = inlineList(justificationLabelList(lang));

  for (const domain of framework.domains) {
    const heading = sheet.addRow([`${domain.id}. ${domain.name[lang]}`]);
    heading.font = { bold: true };
    heading.eachCell((cell) => {
      cell.fill = DOMAIN_FILL;
    });
    sheet.mergeCells(`A${heading.number}:${last}${heading.number}`);

    let firstRow = 0;
    let lastRow = 0;
    for (const indicator of indicatorsOfDomain(framework, domain.id)) {
      const given = prefill.get(indicator.id);
      const row = sheet.addRow({
        id: indicator.id,
        domain: domain.name[lang],
        indicator: indicator.text[lang],
        answer: given?.answer ? ANSWER_LABELS[lang][given.answer] : null,
        justificationType: given?.justificationType
          ? JUSTIFICATION_LABELS[lang][given.justificationType]
          : null,
        justification: given?.justification ? safeText(given.justification) : null,
        evidence: given?.evidence ? safeText(given.evidence) : null,
      });
      RESPONSE_COLUMNS.forEach((key, i) => {
        const cell = row.getCell(i + 1);
        if (ANSWER_FIELDS.has(key)) styleAnswerCell(cell, key);
        else cell.alignment = { wrapText: WRAPPED.has(key), vertical: 'top' };
      });
      const note = notes.get(indicator.id);
      if (note) {
        const heading = lang === 'id' ? 'Komentar koordinator' : "Coordinator's comment";
        row.getCell(answerColumn).note = `${heading}:\n${note.join('\n')}`;
      }
      firstRow ||= row.number;
      lastRow = row.number;
    }
    if (firstRow === 0) continue;
    for (const key of ['answer', 'justificationType'] as const) {
      const column = columnLetters(RESPONSE_COLUMNS.indexOf(key) + 1);
      addListValidation(sheet, `${column}${firstRow}:${column}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [key === 'answer' ? answerList : typeList],
        showErrorMessage: true,
        // A warning, not a stop: typed synonyms ("Y", "N/A") are accepted by the upload check.
        errorStyle: 'warning',
        errorTitle: HEADER_LABELS[lang][key],
        error: lang === 'id' ? 'Pilih dari daftar.' : 'Choose from the list.',
      });
    }
  }
  void sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  return sheet;
}

/**
 * Builds the Excel template of one agency for one assessment: an instructions sheet, the responses
 * sheet (grouped by domain, dropdowns, only answer cells unlocked, optional pre-fill) and the hidden
 * metadata sheet the parser checks on upload.
 */
export async function generateTemplate(input: TemplateInput): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const { framework, lang } = input;
  const now = input.now ?? new Date();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mgi-collect';
  workbook.created = now;
  workbook.modified = now;
  const ctx: TemplateContext = {
    assessmentName: input.assessment.name,
    assessmentId: input.assessment.id,
    agencyName: input.agency.name,
    agencyCode: input.agency.code,
    frameworkName: framework.name[lang],
    frameworkVersion: framework.version,
  };
  addInstructions(workbook, lang, ctx, input.deadline);
  addResponses(workbook, input, ctx);
  const meta = writeMetaSheet(workbook, {
    format: TEMPLATE_FORMAT,
    templateVersion: TEMPLATE_VERSION,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    assessmentId: input.assessment.id,
    agencyCode: input.agency.code,
    lang,
    generatedAt: now.toISOString(),
  });
  void meta.protect('', {});
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
  ];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
