/** The draft Local MGI report as a Word document (docx), from a `ReportModel`, in English or Indonesian. */
import type { FileChild, Footer, Paragraph, TextRun } from 'docx';
import { ANSWER_LABELS } from '../answers.js';
import { AGENCY_LEVEL_LABELS, type AgencyLevel } from '../roster/agency-level.js';
import type { Lang } from '../types.js';
import { bullet, heading, literal, para, table } from './docx-blocks.js';
import { D, loadDocx } from './docx-runtime.js';
import { agencyAnnex, indicatorAnnex } from './report-annexes.js';
import { reportDate, reportLabel } from './report-labels.js';
import { documentText } from './report-text.js';
import type { ReportDomain, ReportModel, ReportPick, Vote } from './report-types.js';
import { SCORE_CHART, type ScoreBar, scoreChartSize, scoreChartSvg } from './score-chart-svg.js';

/** Font of the document and of the chart image (metric-compatible with Arial; shipped for the chart). */
export const REPORT_FONT = 'Liberation Sans';

/** Turns the chart's SVG into PNG bytes (resvg in `shared/adapters/report`); absent: no chart image. */
export type RasteriseSvg = (svg: string, widthPx: number) => Promise<Uint8Array>;

/** The domain-score chart of the report, as SVG (final scores; the dashboard's geometry). */
export function reportChartSvg(model: ReportModel, lang: Lang): string {
  const bars: ScoreBar[] = model.domains.map((d) => ({ id: d.id, label: d.name[lang], score: d.finalScore }));
  return scoreChartSvg(
    bars,
    { title: reportLabel(lang, 'chartTitle'), none: reportLabel(lang, 'none') },
    REPORT_FONT,
    (value) => score(lang, value),
  );
}

function answer(lang: Lang, vote: Vote | null): string {
  return vote ? ANSWER_LABELS[lang][vote] : reportLabel(lang, 'noAnswer');
}

function levelLabel(lang: Lang, level: string | null): string {
  if (!level) return reportLabel(lang, 'unknownLevel');
  return AGENCY_LEVEL_LABELS[lang][level as AgencyLevel] ?? level;
}

function score(lang: Lang, value: number | null): string {
  if (value === null) return '–';
  return lang === 'id' ? value.toFixed(1).replace('.', ',') : value.toFixed(1);
}

function titlePage(model: ReportModel, lang: Lang): FileChild[] {
  const spaced = (children: TextRun[], before: number, after = 200) =>
    new D.Paragraph({ children, spacing: { before, after } });
  return [
    spaced(
      [new D.TextRun({ text: reportLabel(lang, 'kicker'), size: 28, color: '1F4E79', allCaps: true })],
      2400,
    ),
    new D.Paragraph({
      children: literal(model.assessment.name, { size: 52, bold: true }),
      spacing: { after: 240 },
    }),
    spaced([new D.TextRun({ text: reportLabel(lang, 'title'), size: 36, color: '404040' })], 0, 1200),
    spaced(
      literal(
        reportLabel(lang, 'framework', {
          name: model.framework.name[lang],
          version: model.framework.version,
        }),
      ),
      0,
      80,
    ),
    spaced(
      [new D.TextRun(reportLabel(lang, 'generated', { date: reportDate(lang, model.generatedAt) }))],
      0,
      600,
    ),
    para([new D.TextRun({ text: reportLabel(lang, 'draftNote'), italics: true })], { shaded: true }),
  ];
}

function introduction(model: ReportModel, lang: Lang): FileChild[] {
  const indicators = model.indicators.length;
  const a = model.assessment;
  return [
    heading(1, [new D.TextRun(reportLabel(lang, 'introTitle'))], { pageBreakBefore: true }),
    para(
      literal(reportLabel(lang, 'introText', { name: a.name, indicators, domains: model.domains.length })),
    ),
    heading(2, [new D.TextRun(reportLabel(lang, 'datesTitle'))]),
    bullet([new D.TextRun(reportLabel(lang, 'created', { date: reportDate(lang, a.createdAt) }))]),
    bullet([
      new D.TextRun(
        a.deadline
          ? reportLabel(lang, 'deadline', { date: reportDate(lang, a.deadline) })
          : reportLabel(lang, 'noDeadline'),
      ),
    ]),
    para([new D.TextRun(reportLabel(lang, 'participation', model.agencies))], { spacingAfter: 160 }),
    table(
      [
        { header: reportLabel(lang, 'colLevel'), width: 3 },
        { header: reportLabel(lang, 'colAgencies'), width: 1, numeric: true },
      ],
      model.agencies.byLevel.map((l) => [levelLabel(lang, l.level), String(l.count)]),
    ),
  ];
}

async function atAGlance(model: ReportModel, lang: Lang, rasterise?: RasteriseSvg): Promise<FileChild[]> {
  const out: FileChild[] = [
    heading(1, [new D.TextRun(reportLabel(lang, 'glanceTitle'))], { pageBreakBefore: true }),
    para([new D.TextRun(reportLabel(lang, 'glanceText'))]),
  ];
  if (rasterise) {
    const { height } = scoreChartSize(model.domains.length);
    const width = 640;
    // 1280 px for a 640 px (6.7 in) wide image: ~190 dpi, sharp in print, half the pixels of 2×.
    const png = await rasterise(reportChartSvg(model, lang), 1280);
    out.push(
      new D.Paragraph({
        alignment: D.AlignmentType.CENTER,
        spacing: { after: 200 },
        children: [
          new D.ImageRun({
            type: 'png',
            data: png,
            transformation: { width, height: Math.round((width * height) / SCORE_CHART.width) },
            altText: {
              name: 'domain-scores',
              title: reportLabel(lang, 'chartTitle'),
              description: reportLabel(lang, 'chartAlt'),
            },
          }),
        ],
      }),
    );
  }
  out.push(
    table(
      [
        { header: reportLabel(lang, 'colDomain'), width: 4.6 },
        { header: reportLabel(lang, 'colFinal'), width: 1.7, numeric: true },
        { header: reportLabel(lang, 'colConsensus'), width: 2.2, numeric: true },
        { header: reportLabel(lang, 'colMet'), width: 2, numeric: true },
        { header: reportLabel(lang, 'colPartially'), width: 1.8, numeric: true },
        { header: reportLabel(lang, 'colNotMet'), width: 2, numeric: true },
      ],
      model.domains.map((d) => [
        `${d.id}. ${d.name[lang]}`,
        score(lang, d.finalScore),
        score(lang, d.consensusScore),
        String(d.met),
        String(d.partially),
        String(d.notMet),
      ]),
    ),
  );
  return out;
}

function pickHeading(lang: Lang, pick: ReportPick): Paragraph {
  return heading(3, [new D.TextRun(`${pick.indicatorId} `), ...literal(pick.text[lang])]);
}

function highlight(lang: Lang, pick: ReportPick): FileChild[] {
  const out: FileChild[] = [pickHeading(lang, pick)];
  const own = pick.note?.[lang];
  if (own) out.push(para(literal(own, { italics: true })));
  out.push(
    para([
      new D.TextRun({
        text: reportLabel(lang, 'finalAnswer', { answer: answer(lang, pick.final) }),
        bold: true,
      }),
      new D.TextRun(`  ·  ${reportLabel(lang, 'votes', pick.counts)}`),
    ]),
  );
  if (pick.citations.length === 0) {
    out.push(para([new D.TextRun({ text: reportLabel(lang, 'noCitations'), italics: true })]));
    return out;
  }
  out.push(
    para([new D.TextRun({ text: reportLabel(lang, 'citedTitle'), bold: true })], { spacingAfter: 60 }),
  );
  for (const c of pick.citations) {
    const names =
      c.agencies.join('; ') +
      (c.moreAgencies > 0 ? ` ${reportLabel(lang, 'moreAgencies', { count: c.moreAgencies })}` : '');
    const runs = [
      new D.TextRun({ text: `${reportLabel(lang, c.type ?? 'untyped')}: `, bold: true }),
      ...literal(c.text),
      new D.TextRun({ text: ' — ', color: '595959' }),
      ...literal(names, { italics: true, color: '404040' }),
    ];
    if (c.evidence)
      runs.push(
        new D.TextRun({ text: ` (${reportLabel(lang, 'evidence')}`, color: '595959' }),
        ...literal(c.evidence, { color: '595959' }),
        new D.TextRun({ text: ')', color: '595959' }),
      );
    out.push(bullet(runs));
  }
  if (pick.moreCitations > 0)
    out.push(
      para([
        new D.TextRun({
          text: reportLabel(lang, 'moreCitations', { count: pick.moreCitations }),
          italics: true,
        }),
      ]),
    );
  return out;
}

function domainSection(lang: Lang, d: ReportDomain): FileChild[] {
  const title = [new D.TextRun(reportLabel(lang, 'domainTitle', { id: d.id, name: '' }))];
  title.push(...literal(d.name[lang]));
  if (d.status === 'proposed')
    title.push(new D.TextRun({ text: ` (${reportLabel(lang, 'proposed').toLowerCase()})`, color: 'B9770E' }));
  const counts =
    reportLabel(lang, 'countsLine', { ...d, total: d.indicatorCount }) +
    (d.open > 0 ? reportLabel(lang, 'openLine', d) : '');
  const out: FileChild[] = [heading(1, title, { pageBreakBefore: true })];
  if (d.status === 'proposed')
    out.push(
      para([new D.TextRun({ text: reportLabel(lang, 'proposedNote'), italics: true })], { shaded: true }),
    );
  out.push(
    para([
      new D.TextRun({ text: `${reportLabel(lang, 'colFinal')}: ${score(lang, d.finalScore)}`, bold: true }),
      new D.TextRun(`  ·  ${counts}.`),
    ]),
    heading(2, [new D.TextRun(reportLabel(lang, 'highlightsTitle'))]),
  );
  if (d.highlights.length === 0)
    out.push(para([new D.TextRun({ text: reportLabel(lang, 'noHighlights'), italics: true })]));
  for (const pick of d.highlights) out.push(...highlight(lang, pick));
  out.push(heading(2, [new D.TextRun(reportLabel(lang, 'gapsTitle'))]));
  if (d.gaps.length === 0)
    out.push(para([new D.TextRun({ text: reportLabel(lang, 'noGaps'), italics: true })]));
  for (const gap of d.gaps) {
    const own = gap.note?.[lang];
    out.push(
      bullet([
        new D.TextRun({ text: `${gap.indicatorId} `, bold: true }),
        ...literal(gap.text[lang]),
        new D.TextRun({
          text: ` — ${reportLabel(lang, 'finalAnswer', { answer: answer(lang, gap.final) })}`,
          color: '595959',
        }),
        ...(own ? [new D.TextRun({ text: '. ', color: '595959' }), ...literal(own, { italics: true })] : []),
      ]),
    );
  }
  return out;
}

function footer(lang: Lang): Footer {
  return new D.Footer({
    children: [
      new D.Paragraph({
        alignment: D.AlignmentType.CENTER,
        children: [
          new D.TextRun({
            children: [
              reportLabel(lang, 'page'),
              D.PageNumber.CURRENT,
              reportLabel(lang, 'of'),
              D.PageNumber.TOTAL_PAGES,
            ],
            size: 18,
            color: '595959',
          }),
        ],
      }),
    ],
  });
}

/** The Word styles: the document's language on every run (spell-checking), real Heading 1–3. */
function styles(lang: Lang) {
  const language = { value: reportLabel(lang, 'docLang') };
  const headingRun = (size: number, color: string) => ({
    font: REPORT_FONT,
    size,
    bold: true,
    color,
    language,
  });
  return {
    default: {
      document: {
        run: { font: REPORT_FONT, size: 21, language },
        paragraph: { spacing: { line: 276, lineRule: D.LineRuleType.AUTO } },
      },
      heading1: {
        run: headingRun(32, '1F4E79'),
        paragraph: { spacing: { before: 240, after: 160 }, keepNext: true },
      },
      heading2: {
        run: headingRun(26, '1F4E79'),
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      },
      heading3: {
        run: headingRun(22, '262626'),
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
      },
    },
  };
}

/** The draft report as .docx bytes; without `rasterise` the chart image is left out (the table stays). */
export async function buildReportDocx(
  model: ReportModel,
  lang: Lang,
  options: { rasterise?: RasteriseSvg } = {},
): Promise<Uint8Array> {
  await loadDocx();
  const children: FileChild[] = [
    ...titlePage(model, lang),
    ...introduction(model, lang),
    ...(await atAGlance(model, lang, options.rasterise)),
    ...model.domains.flatMap((d) => domainSection(lang, d)),
    ...indicatorAnnex(model, lang),
    ...agencyAnnex(model, lang),
  ];
  const doc = new D.Document({
    title: documentText(`${reportLabel(lang, 'title')}: ${model.assessment.name}`),
    creator: 'mgi-collect',
    description: reportLabel(lang, 'title'),
    styles: styles(lang),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        footers: { default: footer(lang), first: new D.Footer({ children: [] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await D.Packer.toBuffer(doc));
}
