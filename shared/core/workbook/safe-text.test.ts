import { describe, expect, it } from 'vitest';
import { isFormulaLike, safeCellValue, safeText, unquoteText } from './safe-text.js';

describe('safeText', () => {
  it.each([
    "=cmd|' /C calc'!A0",
    '+HYPERLINK("http://evil.example","click")',
    '-2+3',
    '@SUM(1,2)',
    '\t=1+1',
    '\r=1+1',
  ])('puts an apostrophe before formula-like text: %j', (text) => {
    expect(isFormulaLike(text)).toBe(true);
    expect(safeText(text)).toBe(`'${text}`);
    expect(unquoteText(safeText(text))).toBe(text);
  });

  it.each(['Perda 5/2020', '', '-', '=', "'quoted", 'a=b', ' =1'])('leaves other text alone: %j', (text) => {
    expect(safeText(text)).toBe(text);
    expect(unquoteText(text)).toBe(text);
  });

  it('changes only strings', () => {
    expect(safeCellValue(-5)).toBe(-5);
    expect(safeCellValue(null)).toBeNull();
    expect(safeCellValue('=1')).toBe("'=1");
  });
});
