import { Writable } from 'node:stream';
import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../answers.js';
import { ANSWERS, type Answer } from '../types.js';
import { loadExcelJs } from '../workbook/exceljs.js';
import { type AnswerMatrix, createAnswerMatrix } from './answer-matrix.js';
import { compareIds } from './compare-ids.js';
import { CONSOLIDATED_LABELS } from './consolidated-labels.js';
import {
  openSheet,
  type SheetContext,
  writeAgenciesSheet,
  writeHighlightsSheet,
  writeIndicatorsSheet,
  writeSummarySheet,
} from './consolidated-sheets.js';
import { ANSWER_STYLES, STYLES } from './consolidated-styles.js';
import {
  type AgencyResponses,
  type ConsolidatedWorkbookInput,
  type ConsolidatedWorkbookReport,
  MATRIX_MAX_AGENCY_COLUMNS,
  type MatrixLayout,
} from './consolidated-types.js';
import { CitationCollector } from './highlight-citations.js';
import { plainText } from './sheet-stream.js';

/**
 * Writes the consolidated workbook (PRODUCT.md "Consolidated workbook") to `output` with exceljs's
 * streaming WorkbookWriter: Summary, Indicators, Matrix, Responses, Agencies, Highlights. Responses
 * are never held in memory: the Matrix comes from `answers` (one byte per answer, collected with
 * the summary) and `pages()` is read once for Responses, which also collects the justifications
 * quoted under Highlights. Every text an agency typed is written
 * as a plain string cell, so nothing can become a formula. Resolves when the zip is complete.
 */
export async function writeConsolidatedWorkbook(
  input: ConsolidatedWorkbookInput & { output: Writable },
): Promise<ConsolidatedWorkbookReport> {
  const ExcelJS = await loadExcelJs();
  const { output } = input;
  const finished = new Promise<void>((resolve, reject) => {
    output.once('finish', resolve);
    output.once('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
    // Deflate is the slowest stage at 760,000 rows: level 6 makes the file ~27% smaller but ~1.7× slower.
    zip: { zlib: { level: 1 } },
  });
  workbook.creator = 'mgi-collect';
  const ctx: SheetContext = {
    workbook,
    output,
    framework: input.framework,
    lang: input.lang,
    labels: CONSOLIDATED_LABELS[input.lang],
    summary: input.summary,
  };
  const agencies = [...input.agencies].sort((a, b) => compareIds(a.code, b.code));
  const names = new Map(agencies.map((a) => [a.code, a.name]));
  const answers = input.answers ?? (await collectAnswers(input, agencies));
  const matrixRows = answers.agencies.flatMap((code, a) => (answers.has(code) ? [a] : []));
  const matrixLayout =
    input.matrixLayout ?? (matrixRows.length <= MATRIX_MAX_AGENCY_COLUMNS ? 'indicator-rows' : 'agency-rows');

  let totalRows = await writeSummarySheet(ctx, input.assessmentName);
  totalRows += await writeIndicatorsSheet(ctx);
  totalRows +=
    matrixLayout === 'indicator-rows'
      ? await writeMatrixByIndicator(ctx, answers, matrixRows)
      : await writeMatrixByAgency(ctx, answers, matrixRows, names);
  const citations = new CitationCollector(input.summary.domains.flatMap((d) => d.highlights));
  const responseRows = await writeResponsesSheet(ctx, names, input.pages(), citations);
  totalRows += responseRows + 1;
  totalRows += await writeAgenciesSheet(ctx, agencies);
  totalRows += await writeHighlightsSheet(ctx, citations, names);
  await workbook.commit();
  await finished;
  return { matrixLayout, responseRows, totalRows };
}

/** The answer matrix from a pass of its own, for callers that did not collect it with the summary. */
async function collectAnswers(
  input: ConsolidatedWorkbookInput,
  agencies: readonly { code: string }[],
): Promise<AnswerMatrix> {
  const answers = createAnswerMatrix(
    input.framework,
    agencies.map((a) => a.code),
  );
  for await (const page of input.pages()) answers.add(page.agency, page.responses);
  return answers;
}

/** The consolidated workbook as bytes (for small assessments, HTTP responses and snapshots). */
export async function consolidatedWorkbookBytes(
  input: ConsolidatedWorkbookInput,
): Promise<{ bytes: Uint8Array; report: ConsolidatedWorkbookReport }> {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const report = await writeConsolidatedWorkbook({ ...input, output });
  return { bytes: new Uint8Array(Buffer.concat(chunks)), report };
}

/**
 * Matrix, indicators down and agencies across: the focus group's view, used up to
 * MATRIX_MAX_AGENCY_COLUMNS submitting agencies.
 */
async function writeMatrixByIndicator(
  ctx: SheetContext,
  answers: AnswerMatrix,
  rows: number[],
): Promise<number> {
  const { framework, labels: l, lang, summary } = ctx;
  const codes = rows.map((a) => answers.agencies[a]!);
  const out = openSheet(ctx, l.sheets.matrix, [8, 48, 13, ...codes.map(() => 6)], { xSplit: 3, ySplit: 1 });
  await out.row(
    [l.id, l.indicator, l.consensus, ...codes.map(plainText)],
    [STYLES.header, STYLES.header, STYLES.header, ...codes.map(() => STYLES.headerVertical)],
    90,
  );
  const labels = ANSWER_LABELS[lang];
  const consensus = new Map(summary.indicators.map((line) => [line.id, line.consensus]));
  for (let i = 0; i < answers.indicatorIds.length; i++) {
    const indicator = framework.indicators[i]!;
    const cells = rows.map((a) => answers.answer(a, i));
    const agreed = consensus.get(indicator.id) ?? null;
    await out.row(
      [
        indicator.id,
        indicator.text[lang],
        agreed === null ? l.noConsensus : labels[agreed],
        ...cells.map((c) => (c ? l.matrixCodes[c] : null)),
      ],
      [
        STYLES.label,
        STYLES.wrap,
        ANSWER_STYLES.centred[agreed ?? 'blank'],
        ...cells.map((c) => ANSWER_STYLES.centred[c ?? 'blank']),
      ],
    );
  }
  await out.commit();
  return out.rows;
}

/**
 * Matrix for large roll-outs: one row per agency, indicators across. Thousands of agency columns
 * would be unreadable, and Excel stops at 16,384 columns; 76 indicator columns always fit.
 */
async function writeMatrixByAgency(
  ctx: SheetContext,
  answers: AnswerMatrix,
  rows: number[],
  names: ReadonlyMap<string, string>,
): Promise<number> {
  const { labels: l } = ctx;
  const ids = answers.indicatorIds;
  const out = openSheet(ctx, l.sheets.matrix, [16, 36, ...ids.map(() => 7)], { xSplit: 2, ySplit: 1 });
  await out.row(
    [l.agencyCode, l.agency, ...ids],
    [STYLES.header, STYLES.header, ...ids.map(() => STYLES.headerVertical)],
    48,
  );
  for (const a of rows) {
    const code = answers.agencies[a]!;
    const cells = ids.map((_, i) => answers.answer(a, i));
    await out.row(
      [plainText(code), plainText(names.get(code)), ...cells.map((c) => (c ? l.matrixCodes[c] : null))],
      [STYLES.label, STYLES.text, ...cells.map((c) => ANSWER_STYLES.centred[c ?? 'blank'])],
    );
  }
  await out.commit();
  return out.rows;
}

/** Responses: one row per agency × indicator, filterable, with justification and evidence. */
async function writeResponsesSheet(
  ctx: SheetContext,
  names: ReadonlyMap<string, string>,
  pages: AsyncIterable<AgencyResponses>,
  citations: CitationCollector,
): Promise<number> {
  const { framework, labels: l, lang } = ctx;
  const domainNames = new Map(framework.domains.map((d) => [d.id, `${d.id}. ${d.name[lang]}`]));
  const domainOf = new Map(
    framework.indicators.map((i) => [i.id, domainNames.get(i.domainId) ?? i.domainId]),
  );
  const answerLabels = ANSWER_LABELS[lang];
  const typeLabels = JUSTIFICATION_LABELS[lang];
  const headers = [
    l.agencyCode,
    l.agency,
    l.id,
    l.domain,
    l.answer,
    l.justificationType,
    l.justification,
    l.evidence,
  ];
  const out = openSheet(ctx, l.sheets.responses, [14, 32, 8, 28, 13, 16, 70, 45], { xSplit: 0, ySplit: 1 });
  await out.row(headers, STYLES.header, 30);
  const cellStyles = (answer: Answer | null) => [
    STYLES.text,
    STYLES.text,
    STYLES.text,
    STYLES.text,
    ANSWER_STYLES.left[answer ?? 'blank'],
    STYLES.text,
    STYLES.wrap,
    STYLES.wrap,
  ];
  const styleByAnswer = new Map<Answer | null, ReturnType<typeof cellStyles>>(
    [null, ...ANSWERS].map((a) => [a, cellStyles(a)]),
  );
  let rows = 0;
  for await (const page of pages) {
    const agencyCode = plainText(page.agency);
    const agencyName = plainText(names.get(page.agency));
    for (const r of page.responses) {
      if (!domainOf.has(r.indicatorId)) continue;
      citations.offer(page.agency, r);
      await out.row(
        [
          agencyCode,
          agencyName,
          r.indicatorId,
          domainOf.get(r.indicatorId)!,
          r.answer ? answerLabels[r.answer] : null,
          r.justificationType ? typeLabels[r.justificationType] : null,
          plainText(r.justification),
          plainText(r.evidence),
        ],
        styleByAnswer.get(r.answer)!,
      );
      rows += 1;
    }
  }
  out.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: headers.length } };
  await out.commit();
  return rows;
}
