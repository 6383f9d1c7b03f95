/**
 * Text a person typed, made safe to put in a spreadsheet cell. A cell whose text starts with `=`,
 * `+`, `-` or `@` (or a tab or carriage return before one) is shown as text when opened, but turns
 * into a live formula the moment someone edits it in Excel (`=cmd|' /C calc'!A0`, `+HYPERLINK(…)`).
 * A leading apostrophe is the spreadsheet's own "this is text" mark and keeps it text after an edit.
 * Every workbook the service writes puts people's text through `safeText`; every reader takes it
 * back off with `unquoteText`, so a file that goes out and comes back keeps its answers unchanged.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const QUOTED = /^'[=+\-@\t\r]/;

/** True when Excel could take `text` for a formula once the cell is edited. */
export function isFormulaLike(text: string): boolean {
  return text.length > 1 && FORMULA_START.test(text);
}

/** `text` with a leading apostrophe when it is formula-like, else unchanged. */
export function safeText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** A cell value with `safeText` applied when it is a string; other values unchanged. */
export function safeCellValue<T>(value: T): T | string {
  return typeof value === 'string' ? safeText(value) : value;
}

/** The text as typed: the apostrophe `safeText` put before formula-like text removed. */
export function unquoteText(text: string): string {
  return QUOTED.test(text) && text.length > 2 ? text.slice(1) : text;
}
