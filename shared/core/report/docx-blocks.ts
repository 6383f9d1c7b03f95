/** Small building blocks of the Word report: literal text runs, headings, tables with header rows. */
import type { IRunOptions, Table, TextRun } from 'docx';
import { D } from './docx-runtime.js';
import { documentText } from './report-text.js';

/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
export const CONTENT_WIDTH = 9638;

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/**
 * Runs of literal text: whatever the text contains (markup, `]]>`, right-to-left script) reaches
 * the document as characters; line breaks become breaks and XML-forbidden characters U+FFFD.
 */
export function literal(text: string, style: RunStyle = {}): TextRun[] {
  return documentText(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new D.TextRun({ ...style, text: line, break: i === 0 ? undefined : 1 }));
}

/** A body paragraph of runs. */
export function para(
  children: TextRun[],
  options: { italics?: boolean; spacingAfter?: number; shaded?: boolean } = {},
) {
  return new D.Paragraph({
    children,
    spacing: { after: options.spacingAfter ?? 120 },
    ...(options.shaded
      ? {
          shading: { type: D.ShadingType.CLEAR, fill: 'FFF4D6', color: 'auto' },
          border: { left: { style: D.BorderStyle.SINGLE, size: 18, color: 'D68910', space: 6 } },
        }
      : {}),
  });
}

/** A heading paragraph with Word's built-in Heading 1/2/3 style (navigation pane, table of contents). */
export function heading(level: 1 | 2 | 3, children: TextRun[], options: { pageBreakBefore?: boolean } = {}) {
  const headingLevel = [D.HeadingLevel.HEADING_1, D.HeadingLevel.HEADING_2, D.HeadingLevel.HEADING_3][
    level - 1
  ];
  return new D.Paragraph({ heading: headingLevel, children, pageBreakBefore: options.pageBreakBefore });
}

/** A bullet-list item. */
export function bullet(children: TextRun[], level = 0) {
  return new D.Paragraph({ children, bullet: { level }, spacing: { after: 60 } });
}

// 'single' is BorderStyle.SINGLE: a literal, because docx is not loaded yet when this module is.
const CELL_BORDER = { style: 'single' as const, size: 4, color: 'B7C0CC' };
const BORDERS = {
  top: CELL_BORDER,
  bottom: CELL_BORDER,
  left: CELL_BORDER,
  right: CELL_BORDER,
  insideHorizontal: CELL_BORDER,
  insideVertical: CELL_BORDER,
};

function cell(
  children: TextRun[],
  width: number,
  options: { header?: boolean; right?: boolean; size?: number } = {},
) {
  return new D.TableCell({
    width: { size: width, type: D.WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: options.header ? { type: D.ShadingType.CLEAR, fill: 'DCE6F0', color: 'auto' } : undefined,
    children: [
      new D.Paragraph({ children, alignment: options.right ? 'right' : undefined, spacing: { after: 0 } }),
    ],
  });
}

/** A column of a report table: header text, share of the text width, right-aligned numbers. */
export interface Column {
  header: string;
  /** Relative width; the widths of a table are scaled to the text width. */
  width: number;
  numeric?: boolean;
}

/** A real Word table whose header row repeats at the top of every page it spans. */
export function table(
  columns: readonly Column[],
  rows: readonly (string | TextRun[])[][],
  options: { size?: number } = {},
): Table {
  const size = options.size;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => Math.floor((CONTENT_WIDTH * c.width) / total));
  const header = new D.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) =>
      cell([new D.TextRun({ text: c.header, bold: true, size })], widths[i]!, {
        header: true,
        right: c.numeric,
      }),
    ),
  });
  const body = rows.map(
    (row) =>
      new D.TableRow({
        cantSplit: true,
        children: row.map((value, i) =>
          cell(typeof value === 'string' ? literal(value, { size }) : value, widths[i]!, {
            right: columns[i]?.numeric,
          }),
        ),
      }),
  );
  return new D.Table({
    rows: [header, ...body],
    width: { size: CONTENT_WIDTH, type: D.WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
  });
}
