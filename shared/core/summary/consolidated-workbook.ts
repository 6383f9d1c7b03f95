import { Writable } from 'node:stream';
import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../answers.js';
import { ANSWERS, type Answer } from '../types.js';
import { loadExcelJs } from '../workbook/exceljs.js';
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
 * are never held in memory: `pages()` is read once for the Matrix and once for Responses (which
 * also collects the justifications quoted under Highlights). Every text an agency typed is written
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
  const submitting = agencies.filter((a) => a.current !== null).map((a) => a.code);
  const matrixLayout =
    input.matrixLayout ?? (submitting.length <= MATRIX_MAX_AGENCY_COLUMNS ? 'indicator-rows' : 'agency-rows');

  let totalRows = await writeSummarySheet(ctx, input.assessmentName);
  totalRows += await writeIndicatorsSheet(ctx);
  totalRows +=
    matrixLayout === 'indicator-rows'
      ? await writeMatrixByIndicator(ctx, submitting, input.pages())
      : await writeMatrixByAgency(ctx, names, input.pages());
  const citations = new CitationCollector(input.summary.domains.flatMap((d) => d.highlights));
  const responseRows = await writeResponsesSheet(ctx, names, input.pages(), citations);
  totalRows += responseRows + 1;
  totalRows += await writeAgenciesSheet(ctx, agencies);
  totalRows += await writeHighlightsSheet(ctx, citations, names);
  await workbook.commit();
  await finished;
  return { matrixLayout, responseRows, totalRows };
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

const ANSWER_CODE = new Map<Answer, number>(ANSWERS.map((a, i) => [a, i + 1]));

/**
 * Matrix, indicators down and agencies across (the focus group's view). Only one byte per
 * agency × indicator is kept (an answer code), which is what allows the transposition at all.
 */
async function writeMatrixByIndicator(
  ctx: SheetContext,
  agencyCodes: string[],
  pages: AsyncIterable<AgencyResponses>,
): Promise<number> {
  const { framework, labels: l, lang, summary } = ctx;
  const n = framework.indicators.length;
  const column = new Map(agencyCodes.map((code, i) => [code, i]));
  const row = new Map(framework.indicators.map((ind, i) => [ind.id, i]));
  const codes = new Uint8Array(n * agencyCodes.length);
  for await (const page of pages) {
    const col = column.get(page.agency);
    if (col === undefined) continue;
    for (const r of page.responses) {
      const i = row.get(r.indicatorId);
      if (i !== undefined && r.answer !== null)
        codes[i * agencyCodes.length + col] = ANSWER_CODE.get(r.answer) ?? 0;
    }
  }
  const out = openSheet(ctx, l.sheets.matrix, [8, 48, 13, ...agencyCodes.map(() => 6)], {
    xSplit: 3,
    ySplit: 1,
  });
  await out.row(
    [l.id, l.indicator, l.consensus, ...agencyCodes.map(plainText)],
    [STYLES.header, STYLES.header, STYLES.header, ...agencyCodes.map(() => STYLES.headerVertical)],
    90,
  );
  const labels = ANSWER_LABELS[lang];
  const consensus = new Map(summary.indicators.map((line) => [line.id, line.consensus]));
  for (let i = 0; i < n; i++) {
    const indicator = framework.indicators[i]!;
    const values: (string | null)[] = [];
    const styles = [];
    for (let c = 0; c < agencyCodes.length; c++) {
      const code = codes[i * agencyCodes.length + c]!;
      const answer = code === 0 ? null : ANSWERS[code - 1]!;
      values.push(answer === null ? null : l.matrixCodes[answer]);
      styles.push(ANSWER_STYLES.centred[answer ?? 'blank']);
    }
    const agreed = consensus.get(indicator.id) ?? null;
    await out.row(
      [indicator.id, indicator.text[lang], agreed === null ? l.noConsensus : labels[agreed], ...values],
      [STYLES.label, STYLES.wrap, ANSWER_STYLES.centred[agreed ?? 'blank'], ...styles],
    );
  }
  await out.commit();
  return out.rows;
}

/** Matrix for large roll-outs: one row per agency as pages arrive, indicators across. */
async function writeMatrixByAgency(
  ctx: SheetContext,
  names: ReadonlyMap<string, string>,
  pages: AsyncIterable<AgencyResponses>,
): Promise<number> {
  const { framework, labels: l, lang } = ctx;
  const ids = framework.indicators.map((i) => i.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  const out = openSheet(ctx, l.sheets.matrix, [16, 36, ...ids.map(() => 7)], { xSplit: 2, ySplit: 1 });
  await out.row(
    [l.agencyCode, l.agency, ...ids],
    [STYLES.header, STYLES.header, ...ids.map(() => STYLES.headerVertical)],
    48,
  );
  for await (const page of pages) {
    const answers: (Answer | null)[] = ids.map(() => null);
    for (const r of page.responses) {
      const i = position.get(r.indicatorId);
      if (i !== undefined && answers[i] === null) answers[i] = r.answer;
    }
    await out.row(
      [
        plainText(page.agency),
        plainText(names.get(page.agency)),
        ...answers.map((a) => (a ? l.matrixCodes[a] : null)),
      ],
      [STYLES.label, STYLES.text, ...answers.map((a) => ANSWER_STYLES.centred[a ?? 'blank'])],
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
