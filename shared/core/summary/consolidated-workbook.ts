import type { Style } from 'exceljs';
import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../answers.js';
import { ANSWERS, type Answer } from '../types.js';
import { loadExcelJs } from '../workbook/exceljs.js';
import type { AnswerMatrix } from './answer-matrix.js';
import { compareIds } from './compare-ids.js';
import { writeFindingsSheet } from './consolidated-findings-sheet.js';
import { CONSOLIDATED_LABELS } from './consolidated-labels.js';
import {
  consensusLabel,
  filterTable,
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
  type ConsolidatedWorkbookReport,
  type ConsolidatedWriterOptions,
  MATRIX_MAX_AGENCY_COLUMNS,
} from './consolidated-types.js';
import { CitationCollector } from './highlight-citations.js';
import { plainText, type SheetStream } from './sheet-stream.js';
import type { AssessmentSummary } from './summary.js';

/** Tab order of PRODUCT.md; the Responses sheet is written first but shown fourth. */
const TAB_ORDER = [
  'summary',
  'indicators',
  'matrix',
  'responses',
  'agencies',
  'highlights',
  'findings',
] as const;

/**
 * One consolidated workbook (PRODUCT.md "Consolidated workbook") streamed with exceljs's
 * WorkbookWriter, in one read of the store: `addPage` writes each agency's rows to the Responses
 * sheet as the pages arrive (and keeps the few justifications the Highlights sheet may quote);
 * `finish` writes Summary, Indicators, Matrix (from the one-byte-per-answer matrix), Agencies,
 * Highlights and Findings, then puts the tabs in PRODUCT.md's order. Every text an agency typed is written as
 * a plain string cell, so nothing can become a formula.
 */
export class ConsolidatedWorkbookWriter {
  private readonly ctx: SheetContext;
  private readonly responses: ResponsesSheet;
  private readonly citations: CitationCollector;
  private readonly names: Map<string, string>;
  private readonly finished: Promise<void>;

  private constructor(
    private readonly input: ConsolidatedWriterOptions,
    ctx: SheetContext,
  ) {
    this.ctx = ctx;
    this.names = new Map(input.agencies.map((a) => [a.code, a.name]));
    this.citations = new CitationCollector(input.framework.indicators.map((i) => i.id));
    this.responses = new ResponsesSheet(ctx, this.names, this.citations);
    this.finished = new Promise<void>((resolve, reject) => {
      input.output.once('finish', resolve);
      input.output.once('error', reject);
    });
  }

  /** Opens the workbook on `output` and starts its Responses sheet. */
  static async open(input: ConsolidatedWriterOptions): Promise<ConsolidatedWorkbookWriter> {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: input.output,
      useStyles: true,
      useSharedStrings: false,
      // Deflate is the slowest stage at 760,000 rows: level 6 makes the file ~27% smaller but ~1.7× slower.
      zip: { zlib: { level: 1 } },
    });
    workbook.creator = 'mgi-collect';
    const ctx: SheetContext = {
      workbook,
      output: input.output,
      framework: input.framework,
      lang: input.lang,
      labels: CONSOLIDATED_LABELS[input.lang],
      summary: null,
      validation: new Map((input.validation ?? []).map((v) => [v.indicatorId, v] as const)),
    };
    const writer = new ConsolidatedWorkbookWriter(input, ctx);
    await writer.responses.start();
    return writer;
  }

  /** Writes one agency's responses (one row per indicator) to the Responses sheet. */
  addPage(page: AgencyResponses): Promise<void> {
    return this.responses.add(page);
  }

  /** Writes the other sheets from the summary and answers of the same pass, and closes the file. */
  async finish(summary: AssessmentSummary, answers: AnswerMatrix): Promise<ConsolidatedWorkbookReport> {
    const { ctx, input } = this;
    ctx.summary = summary;
    const responseRows = await this.responses.finish();
    const agencies = [...input.agencies].sort((a, b) => compareIds(a.code, b.code));
    const matrixRows = answers.agencies.flatMap((code, a) => (answers.has(code) ? [a] : []));
    const matrixLayout =
      input.matrixLayout ??
      (matrixRows.length <= MATRIX_MAX_AGENCY_COLUMNS ? 'indicator-rows' : 'agency-rows');
    let totalRows = responseRows + 1;
    totalRows += await writeSummarySheet(ctx, input.assessmentName);
    totalRows += await writeIndicatorsSheet(ctx);
    totalRows +=
      matrixLayout === 'indicator-rows'
        ? await writeMatrixByIndicator(ctx, answers, matrixRows)
        : await writeMatrixByAgency(ctx, answers, matrixRows, this.names);
    totalRows += await writeAgenciesSheet(ctx, agencies);
    totalRows += await writeHighlightsSheet(ctx, this.citations, this.names);
    totalRows += await writeFindingsSheet(ctx);
    orderTabs(
      ctx.workbook,
      TAB_ORDER.map((key) => ctx.labels.sheets[key]),
    );
    await ctx.workbook.commit();
    await this.finished;
    return { matrixLayout, responseRows, totalRows };
  }
}

/**
 * Puts the tabs in the given order. exceljs's WorkbookWriter lists sheets in the order they were
 * added and must write them one after another, so the Responses sheet (written while the store is
 * read) would come first; its sheet list (`_worksheets`, an internal) is reordered before commit.
 * When that internal is missing, the tabs simply stay in writing order.
 */
function orderTabs(workbook: SheetContext['workbook'], names: string[]): void {
  const internal = workbook as unknown as { _worksheets?: ({ name: string } | undefined)[] };
  const sheets = internal._worksheets;
  if (!Array.isArray(sheets)) return;
  const present = sheets.filter((s): s is { name: string } => s !== undefined);
  const rank = (s: { name: string }) => {
    const i = names.indexOf(s.name);
    return i === -1 ? names.length : i;
  };
  // Slot 0 stays a hole, as exceljs leaves it (its loops skip holes, not undefined values).
  const ordered: ({ name: string } | undefined)[] = new Array(1);
  ordered.push(...present.sort((a, b) => rank(a) - rank(b)));
  internal._worksheets = ordered;
}

/**
 * Matrix, indicators down and agencies across, after the consensus and the validated answer:
 * the focus group's view, used up to MATRIX_MAX_AGENCY_COLUMNS submitting agencies.
 */
async function writeMatrixByIndicator(
  ctx: SheetContext,
  answers: AnswerMatrix,
  rows: number[],
): Promise<number> {
  const { framework, labels: l, lang } = ctx;
  const summary = ctx.summary!;
  const codes = rows.map((a) => answers.agencies[a]!);
  const out = openSheet(ctx, l.sheets.matrix, [8, 48, 13, 13, ...codes.map(() => 6)], {
    xSplit: 4,
    ySplit: 1,
  });
  await out.row(
    [l.id, l.indicator, l.consensus, l.validated, ...codes.map(plainText)],
    [STYLES.header, STYLES.header, STYLES.header, STYLES.header, ...codes.map(() => STYLES.headerVertical)],
    90,
  );
  const lines = new Map(summary.indicators.map((line) => [line.id, line]));
  for (let i = 0; i < answers.indicatorIds.length; i++) {
    const indicator = framework.indicators[i]!;
    const cells = rows.map((a) => answers.answer(a, i));
    const agreed = lines.get(indicator.id)?.consensus ?? null;
    // The focus group's answer beside the agencies' own (blank until validated).
    const validated = lines.get(indicator.id)?.validated ?? null;
    await out.row(
      [
        indicator.id,
        indicator.text[lang],
        consensusLabel(ctx, agreed),
        validated ? ANSWER_LABELS[lang][validated] : null,
        ...cells.map((c) => (c ? l.matrixCodes[c] : null)),
      ],
      [
        STYLES.label,
        STYLES.wrap,
        ANSWER_STYLES.centred[agreed ?? 'blank'],
        ANSWER_STYLES.centred[validated ?? 'blank'],
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
class ResponsesSheet {
  private out: SheetStream | null = null;
  private rows = 0;
  private readonly domainOf: Map<string, string>;
  private readonly styleByAnswer: Map<Answer | null, Partial<Style>[]>;
  private readonly headers: string[];

  constructor(
    private readonly ctx: SheetContext,
    private readonly names: ReadonlyMap<string, string>,
    private readonly citations: CitationCollector,
  ) {
    const { framework, labels: l, lang } = ctx;
    const domainNames = new Map(framework.domains.map((d) => [d.id, `${d.id}. ${d.name[lang]}`]));
    this.domainOf = new Map(
      framework.indicators.map((i) => [i.id, domainNames.get(i.domainId) ?? i.domainId]),
    );
    this.headers = [
      l.agencyCode,
      l.agency,
      l.id,
      l.domain,
      l.answer,
      l.justificationType,
      l.justification,
      l.evidence,
    ];
    const cellStyles = (answer: Answer | null): Partial<Style>[] => [
      STYLES.text,
      STYLES.text,
      STYLES.text,
      STYLES.text,
      ANSWER_STYLES.left[answer ?? 'blank'],
      STYLES.text,
      STYLES.wrap,
      STYLES.wrap,
    ];
    this.styleByAnswer = new Map([null, ...ANSWERS].map((a) => [a, cellStyles(a)]));
  }

  async start(): Promise<void> {
    this.out = openSheet(this.ctx, this.ctx.labels.sheets.responses, [14, 32, 8, 28, 13, 16, 70, 45], {
      xSplit: 0,
      ySplit: 1,
    });
    await this.out.row(this.headers, STYLES.header, 30);
  }

  async add(page: AgencyResponses): Promise<void> {
    const out = this.out!;
    const answerLabels = ANSWER_LABELS[this.ctx.lang];
    const typeLabels = JUSTIFICATION_LABELS[this.ctx.lang];
    const agencyCode = plainText(page.agency);
    const agencyName = plainText(this.names.get(page.agency));
    for (const r of page.responses) {
      const domain = this.domainOf.get(r.indicatorId);
      if (domain === undefined) continue;
      this.citations.offer(page.agency, r);
      await out.row(
        [
          agencyCode,
          agencyName,
          r.indicatorId,
          domain,
          r.answer ? answerLabels[r.answer] : null,
          r.justificationType ? typeLabels[r.justificationType] : null,
          plainText(r.justification),
          plainText(r.evidence),
        ],
        this.styleByAnswer.get(r.answer)!,
      );
      this.rows += 1;
    }
  }

  async finish(): Promise<number> {
    const out = this.out!;
    filterTable(out, this.rows, this.headers.length);
    await out.commit();
    return this.rows;
  }
}
