import { describe, expect, it } from 'vitest';
import { cellRef, columnLetters } from './a1.js';

describe('A1 references', () => {
  it('names columns like a spreadsheet does', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(26)).toBe('Z');
    expect(columnLetters(27)).toBe('AA');
    expect(columnLetters(52)).toBe('AZ');
    expect(columnLetters(703)).toBe('AAA');
    expect(columnLetters(16384)).toBe('XFD');
  });

  it('joins column and row', () => {
    expect(cellRef(4, 17)).toBe('D17');
  });
});
