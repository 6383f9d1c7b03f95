/** The A1 letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** An A1 cell reference such as `D17`. */
export function cellRef(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}
