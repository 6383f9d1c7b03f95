import type { Writable } from 'node:stream';
import type { Style, Worksheet } from 'exceljs';

/** A cell value the consolidated workbook writes: text, number, date, or nothing. */
export type PlainValue = string | number | Date | null | undefined;

/** How many rows are written between two yields to the event loop. */
export const ROWS_PER_YIELD = 256;

/** True for a UTF-16 code unit XML 1.0 cannot carry (control characters other than tab, LF, CR; U+FFFE/F). */
function notXml(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff
  );
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Text typed by an agency, as a plain string cell value. exceljs writes a JS string as a string
 * cell (`t="str"`), never as a formula, so `=HYPERLINK(...)`, `+cmd` or `@SUM(1)` stay text; this
 * only removes what would make the sheet XML unreadable (control characters, lone surrogates).
 */
export function plainText(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  let out: string | null = null;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let drop = notXml(code);
    if (isHigh(code)) {
      if (isLow(value.charCodeAt(i + 1))) {
        if (out !== null) out += value.slice(i, i + 2);
        i++;
        continue;
      }
      drop = true;
    } else if (isLow(code)) drop = true;
    if (drop) out ??= value.slice(0, i);
    else if (out !== null) out += value[i];
  }
  return out ?? value;
}

/**
 * Writes rows to one streaming worksheet: sets values and shared style objects, commits each row
 * at once (so exceljs keeps nothing), and every few hundred rows yields to the event loop and
 * waits for the output to drain — exceljs's WorkbookWriter has no backpressure of its own.
 */
export class SheetStream {
  private sinceYield = 0;
  rows = 0;

  constructor(
    readonly sheet: Worksheet,
    private readonly output: Writable | null,
  ) {}

  /** Appends one row; `styles` is one style for every cell or one per cell. */
  async row(
    values: readonly PlainValue[],
    styles?: Partial<Style> | readonly (Partial<Style> | undefined)[],
    height?: number,
  ): Promise<void> {
    const row = this.sheet.addRow(values.map((v) => (v === null ? undefined : v)));
    if (height !== undefined) row.height = height;
    if (styles !== undefined) {
      const perCell = Array.isArray(styles);
      for (let i = 0; i < values.length; i++) {
        const style = perCell
          ? (styles as readonly (Partial<Style> | undefined)[])[i]
          : (styles as Partial<Style>);
        if (style !== undefined) row.getCell(i + 1).style = style;
      }
    }
    row.commit();
    this.rows += 1;
    if (++this.sinceYield >= ROWS_PER_YIELD) {
      this.sinceYield = 0;
      await breathe(this.output);
    }
  }

  /** An empty row (spacing between blocks). */
  async blank(): Promise<void> {
    await this.row([]);
  }

  /** Finishes the sheet: its XML is handed to the zip before the next sheet starts. */
  async commit(): Promise<void> {
    this.sheet.commit();
    await breathe(this.output);
  }
}

/** Lets queued I/O run, and waits while the output's buffer is full. */
export async function breathe(output: Writable | null): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (output?.writableNeedDrain) {
    await new Promise<void>((resolve) => {
      const done = () => {
        output.off('drain', done);
        output.off('close', done);
        output.off('error', done);
        resolve();
      };
      output.on('drain', done);
      output.on('close', done);
      output.on('error', done);
    });
  }
}
