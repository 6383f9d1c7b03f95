import type { Writable } from 'node:stream';
import type { Style, stream } from 'exceljs';
import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../answers.js';
import type { Framework } from '../framework.js';
import { ANSWERS, type AnswerCounts, type Lang } from '../types.js';
import { type Consensus, totalEvidence } from './consensus.js';
import type { ConsolidatedLabels } from './consolidated-labels.js';
import { ANSWER_STYLES, STYLES } from './consolidated-styles.js';
import type { ConsolidatedAgency } from './consolidated-types.js';
import type { CitationCollector } from './highlight-citations.js';
import { type PlainValue, plainText, SheetStream } from './sheet-stream.js';
import type { AssessmentSummary } from './summary.js';

type Writer = stream.xlsx.WorkbookWriter;

/** Shared context of the sheet writers. */
export interface SheetContext {
  workbook: Writer;
  output: Writable | null;
  framework: Framework;
  lang: Lang;
  labels: ConsolidatedLabels;
  /** Known once the pass over the pages is done; the Responses sheet is written before. */
  summary: AssessmentSummary | null;
  /** The focus group's note and sources per validated indicator (the answer is in the summary). */
  validation: ReadonlyMap<string, { note: string | null; sources: readonly string[] }>;
}

/** The summary, once known. */
export function summaryOf(ctx: SheetContext): AssessmentSummary {
  if (!ctx.summary) throw new Error('the summary is written after the pass over the responses');
  return ctx.summary;
}

/** Domain names in the workbook's language (the summary JSON carries one language only). */
export function domainName(ctx: SheetContext, id: string): string {
  return ctx.framework.domains.find((d) => d.id === id)?.name[ctx.lang] ?? id;
}

/** Adds a worksheet with widths, an optional frozen pane, and returns its row writer. */
export function openSheet(
  ctx: SheetContext,
  name: string,
  widths: number[],
  frozen?: { xSplit: number; ySplit: number },
): SheetStream {
  const sheet = ctx.workbook.addWorksheet(name, {
    ...(frozen
      ? { views: [{ state: 'frozen' as const, xSplit: frozen.xSplit, ySplit: frozen.ySplit }] }
      : {}),
  });
  sheet.columns = widths.map((width) => ({ width }));
  return new SheetStream(sheet, ctx.output);
}

/** Turns on the filter buttons of a table: its header on row 1 and `dataRows` rows beneath it. */
export function filterTable(out: SheetStream, dataRows: number, columns: number): void {
  out.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: dataRows + 1, column: columns } };
}

/** A filterable table sheet: its name, column widths, frozen panes and header row. */
interface TableSpec {
  name: string;
  widths: number[];
  frozen: { xSplit: number; ySplit: number };
  headers: string[];
}

/** One data row of a table: its values and one style per cell. */
type TableRow = [values: PlainValue[], styles: (Partial<Style> | undefined)[]];

/** Writes a table sheet: frozen panes, filter buttons, the header row, then one row per item. */
async function writeTable<T>(
  ctx: SheetContext,
  table: TableSpec,
  items: readonly T[],
  rowOf: (item: T) => TableRow,
): Promise<number> {
  const out = openSheet(ctx, table.name, table.widths, table.frozen);
  filterTable(out, items.length, table.headers.length);
  await out.row(table.headers, STYLES.header, 32);
  for (const item of items) await out.row(...rowOf(item));
  await out.commit();
  return out.rows;
}

/** Headers of the six answer counts (five answers, then unanswered), as {@link countCells} fills them. */
function countHeaders(ctx: SheetContext): string[] {
  const labels = ANSWER_LABELS[ctx.lang];
  return [...ANSWERS.map((answer) => labels[answer]), ctx.labels.unanswered];
}

/** The six answer counts in the order of {@link countHeaders}; blank cells without counts. */
function countCells(counts: AnswerCounts | undefined): (number | undefined)[] {
  return [...ANSWERS.map((answer) => counts?.[answer]), counts?.unanswered];
}

/** The consensus in the workbook's language, or its "no consensus" label. */
export function consensusLabel(ctx: SheetContext, consensus: Consensus): string {
  return consensus === null ? ctx.labels.noConsensus : ANSWER_LABELS[ctx.lang][consensus];
}

/** Summary: coverage, domain scores and the legend. */
export async function writeSummarySheet(
  ctx: SheetContext,
  assessmentName: string | undefined,
): Promise<number> {
  const { labels: l, framework } = ctx;
  const s = summaryOf(ctx);
  const out = openSheet(ctx, l.sheets.summary, [34, 40, 14, 14, 16, 18, 16, 16, 16]);
  await out.row([`${l.title} — ${assessmentName ?? s.assessmentId}`], STYLES.title, 24);
  await out.row([l.assessment, s.assessmentId], [STYLES.label]);
  await out.row(
    [l.framework, `${framework.id} ${framework.version} — ${framework.name[ctx.lang]}`],
    [STYLES.label],
  );
  await out.row([l.generatedAt, new Date(s.generatedAt)], [STYLES.label, STYLES.date]);
  await out.blank();
  await out.row([l.coverage], STYLES.section);
  const { registered, submitted, missing } = s.agencies;
  await out.row([l.registered, registered], [STYLES.label, STYLES.number]);
  await out.row([l.submitted, submitted], [STYLES.label, STYLES.number]);
  await out.row([l.missing, missing.length], [STYLES.label, STYLES.number]);
  await out.row(
    [l.coveragePct, registered === 0 ? null : submitted / registered],
    [STYLES.label, STYLES.percent],
  );
  await out.blank();
  await out.row([l.domainScores], STYLES.section);
  await out.row(
    [
      l.domain,
      l.domainName,
      l.indicatorCount,
      l.score,
      l.consensusYes,
      l.consensusPartially,
      l.consensusNo,
      l.consensusNone,
      l.disagreements,
    ],
    STYLES.header,
    32,
  );
  for (const domain of s.domains) {
    const lines = s.indicators.filter((line) => line.domainId === domain.id);
    const n = (c: Consensus) => lines.filter((line) => line.consensus === c).length;
    await out.row(
      [
        domain.id,
        domainName(ctx, domain.id),
        domain.indicatorCount,
        domain.score,
        n('yes'),
        n('partially'),
        n('no'),
        n(null),
        lines.filter((line) => line.disagreement).length,
      ],
      [STYLES.text, STYLES.wrap, STYLES.number, STYLES.score, ...Array(5).fill(STYLES.number)],
    );
  }
  await out.blank();
  await out.row([l.legend], STYLES.section);
  for (const key of ['yes', 'partially', 'no', 'dont_know', 'not_applicable', 'blank'] as const) {
    const label = key === 'blank' ? '' : `${ANSWER_LABELS[ctx.lang][key]} (${l.matrixCodes[key]})`;
    await out.row([label, l.legendAnswers[key]], [ANSWER_STYLES.centred[key], STYLES.text]);
  }
  await out.blank();
  for (const note of l.notes) await out.row([note], STYLES.note);
  await out.commit();
  return out.rows;
}

/**
 * Indicators: counts, consensus with the validated answer, final answer and validation note
 * beside it, agreement, disagreement flag, split and evidence per indicator, then the sources.
 */
export async function writeIndicatorsSheet(ctx: SheetContext): Promise<number> {
  const { labels: l, framework, lang } = ctx;
  const s = summaryOf(ctx);
  const j = JUSTIFICATION_LABELS[lang];
  const headers = [
    l.id,
    l.domain,
    l.indicator,
    ...countHeaders(ctx),
    l.votes,
    l.consensus,
    l.validated,
    l.finalAnswer,
    l.validationNote,
    l.agreement,
    l.disagreement,
    l.split,
    j.regulation,
    j.programme,
    j.practice,
    l.sources,
  ];
  const texts = new Map(framework.indicators.map((i) => [i.id, i.text[lang]]));
  const table = {
    name: l.sheets.indicators,
    widths: [8, 8, 60, ...Array(7).fill(10), 13, 13, 13, 40, 13, 14, 10, 12, 12, 12, 40],
    frozen: { xSplit: 1, ySplit: 1 },
    headers,
  };
  return writeTable(ctx, table, s.indicators, (line): TableRow => {
    const c = line.counts;
    const decided = ctx.validation.get(line.id);
    return [
      [
        line.id,
        line.domainId,
        texts.get(line.id) ?? '',
        ...countCells(c),
        c.yes + c.partially + c.no,
        consensusLabel(ctx, line.consensus),
        line.validated ? ANSWER_LABELS[lang][line.validated] : null,
        consensusLabel(ctx, line.final),
        plainText(decided?.note),
        line.agreement,
        line.disagreement ? l.flagYes : null,
        line.split,
        line.evidence.regulation,
        line.evidence.programme,
        line.evidence.practice,
        decided && decided.sources.length > 0 ? plainText(decided.sources.join('\n')) : null,
      ],
      [
        STYLES.text,
        STYLES.text,
        STYLES.wrap,
        ...Array(7).fill(STYLES.number),
        ANSWER_STYLES.centred[line.consensus ?? 'blank'],
        ANSWER_STYLES.centred[line.validated ?? 'blank'],
        ANSWER_STYLES.centred[line.final ?? 'blank'],
        STYLES.wrap,
        STYLES.percent,
        STYLES.flag,
        STYLES.number,
        ...Array(3).fill(STYLES.number),
        STYLES.wrap,
      ],
    ];
  });
}

/** Agencies: who submitted when, through which channel, with their answer counts. */
export async function writeAgenciesSheet(
  ctx: SheetContext,
  agencies: readonly ConsolidatedAgency[],
): Promise<number> {
  const { labels: l } = ctx;
  const headers = [
    l.agencyCode,
    l.agency,
    l.level,
    l.status,
    l.submittedAtUtc,
    l.channel,
    ...countHeaders(ctx),
  ];
  const table = {
    name: l.sheets.agencies,
    widths: [16, 44, 14, 16, 18, 14, ...Array(6).fill(10)],
    frozen: { xSplit: 2, ySplit: 1 },
    headers,
  };
  return writeTable(ctx, table, agencies, (agency): TableRow => {
    const cur = agency.current;
    return [
      [
        plainText(agency.code),
        plainText(agency.name),
        plainText(agency.level),
        cur ? l.statusSubmitted : l.statusMissing,
        cur ? new Date(cur.receivedAt) : null,
        cur ? l.channels[cur.channel] : null,
        ...countCells(cur?.counts),
      ],
      [
        STYLES.text,
        STYLES.wrap,
        STYLES.text,
        cur ? ANSWER_STYLES.left.yes : ANSWER_STYLES.left.no,
        STYLES.date,
        STYLES.text,
        ...Array(6).fill(STYLES.number),
      ],
    ];
  });
}

/** Highlights: per domain, each highlight with the justifications cited, then the gaps. */
export async function writeHighlightsSheet(
  ctx: SheetContext,
  citations: CitationCollector,
  agencyNames: ReadonlyMap<string, string>,
): Promise<number> {
  const { labels: l, framework, lang } = ctx;
  const s = summaryOf(ctx);
  const texts = new Map(framework.indicators.map((i) => [i.id, i.text[lang]]));
  const lines = new Map(s.indicators.map((line) => [line.id, line]));
  const out = openSheet(ctx, l.sheets.highlights, [9, 50, 13, 13, 30, 16, 60, 40]);
  const headers = [
    l.id,
    l.indicator,
    l.practiceEvidence,
    l.totalEvidence,
    l.agency,
    l.justificationType,
    l.justification,
    l.evidence,
  ];
  for (const domain of s.domains) {
    const score = domain.score === null ? '' : ` — ${l.score}: ${domain.score.toFixed(1)}`;
    await out.row(
      [`${l.domain} ${domain.id}: ${domainName(ctx, domain.id)}${score}`, ...Array(7).fill(null)],
      STYLES.domainBand,
      22,
    );
    await out.row([l.highlightsOf], STYLES.section);
    if (domain.highlights.length === 0) await out.row([l.noHighlights], STYLES.note);
    else await out.row(headers, STYLES.header, 30);
    for (const id of domain.highlights) {
      const line = lines.get(id)!;
      const ev = line.evidence;
      await out.row(
        [id, texts.get(id) ?? '', ev.practice, totalEvidence(ev)],
        [STYLES.label, STYLES.wrap, STYLES.number, STYLES.number],
      );
      const { citations: quoted, total } = citations.of(id);
      for (const c of quoted) {
        const name = agencyNames.get(c.agency);
        await out.row(
          [
            null,
            null,
            null,
            null,
            plainText(name ? `${name} (${c.agency})` : c.agency),
            c.justificationType ? JUSTIFICATION_LABELS[lang][c.justificationType] : null,
            plainText(c.justification),
            plainText(c.evidence),
          ],
          [
            undefined,
            undefined,
            undefined,
            undefined,
            STYLES.citation,
            STYLES.citation,
            STYLES.citation,
            STYLES.citation,
          ],
        );
      }
      if (total > quoted.length)
        await out.row(
          [null, null, null, null, l.moreCitations(total - quoted.length)],
          [undefined, undefined, undefined, undefined, STYLES.note],
        );
    }
    await out.row([l.gaps], STYLES.section);
    if (domain.gaps.length === 0) await out.row([l.noGaps], STYLES.note);
    else await out.row([l.id, l.indicator, l.consensus, l.noCount], STYLES.header, 30);
    for (const id of domain.gaps) {
      const line = lines.get(id)!;
      await out.row(
        [id, texts.get(id) ?? '', consensusLabel(ctx, line.consensus), line.counts.no],
        [STYLES.label, STYLES.wrap, ANSWER_STYLES.centred[line.consensus ?? 'blank'], STYLES.number],
      );
    }
    await out.blank();
  }
  await out.commit();
  return out.rows;
}
