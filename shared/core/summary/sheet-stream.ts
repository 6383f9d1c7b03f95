import type { Writable } from 'node:stream';
import type { Style, Worksheet } from 'exceljs';
import { safeText } from '../workbook/safe-text.js';

/** A cell value the consolidated workbook writes: text, number, date, or nothing. */
export type PlainValue = string | number | Date | null | undefined;

const NO_ROW_STYLE: Partial<Style> = Object.freeze({});

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
 * only removes what would make the sheet XML unreadable (control characters, lone surrogates)
 * and puts an apostrophe before formula-like text (`safeText`), so an edit in Excel keeps it text.
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
  return safeText(out ?? value);
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
    // A fresh `{}` per row would miss exceljs's style cache and be serialised for every row.
    (row as unknown as { style: Partial<Style> }).style = NO_ROW_STYLE;
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
      await breathe(this.output, zipEntryOf(this.sheet));
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

/** The part of a writable stream the backpressure check needs (node's or readable-stream's). */
interface Drainable {
  once(event: string, listener: () => void): unknown;
  off(event: string, listener: () => void): unknown;
}

/** Bytes the zip may hold for the sheet being written before the writer waits for deflate. */
export const MAX_ENTRY_BACKLOG = 1 << 20;

/**
 * The stream exceljs pipes a sheet's XML into: the zip entry's input. exceljs's StreamBuf writes
 * into it without honouring `write()` returning false, so deflate falls behind and the XML piles
 * up in memory (hundreds of MB at 760,000 rows); watching this stream's length is the one handle
 * on that. It is an exceljs internal (`worksheet.stream.pipes[0]`), read defensively: when absent,
 * the writer still yields and still honours the output's own backpressure.
 */
function zipEntryOf(sheet: Worksheet): Drainable | undefined {
  const pipes = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes;
  const entry = pipes?.[0] as (Partial<Drainable> & { _writableState?: unknown }) | undefined;
  return typeof entry?.once === 'function' &&
    typeof entry.off === 'function' &&
    backlogOf(entry as Drainable) >= 0
    ? (entry as Drainable)
    : undefined;
}

/** Buffered bytes of a writable: `writableLength` in node, `_writableState.length` in readable-stream 2. */
function backlogOf(stream: Drainable): number {
  const s = stream as { writableLength?: unknown; _writableState?: { length?: unknown } };
  if (typeof s.writableLength === 'number') return s.writableLength;
  if (typeof s._writableState?.length === 'number') return s._writableState.length;
  return -1;
}

function drained(stream: Drainable): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
    stream.once('error', done);
  });
}

/** Lets queued I/O run, then waits while the zip entry or the output has too much buffered. */
export async function breathe(output: Writable | null, entry?: Drainable): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (entry && backlogOf(entry) > MAX_ENTRY_BACKLOG) await drained(entry);
  if (output?.writableNeedDrain) await drained(output);
}
