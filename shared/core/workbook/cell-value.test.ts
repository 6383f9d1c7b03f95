import { describe, expect, it } from 'vitest';
import { cellText, readCellValue } from './cell-value.js';

describe('readCellValue', () => {
  it('reads plain values as text', () => {
    expect(readCellValue('Ya')).toEqual({ kind: 'text', text: 'Ya' });
    expect(readCellValue(42)).toEqual({ kind: 'text', text: '42' });
    expect(readCellValue(1.5)).toEqual({ kind: 'text', text: '1.5' });
    expect(readCellValue(true)).toEqual({ kind: 'text', text: 'TRUE' });
    expect(readCellValue(false)).toEqual({ kind: 'text', text: 'FALSE' });
  });

  it('treats null, undefined and empty strings as empty', () => {
    expect(readCellValue(null)).toEqual({ kind: 'empty' });
    expect(readCellValue(undefined)).toEqual({ kind: 'empty' });
    expect(readCellValue('')).toEqual({ kind: 'empty' });
    expect(readCellValue(Number.NaN)).toEqual({ kind: 'empty' });
  });

  it('writes dates as a day, or as an instant when they carry a time', () => {
    expect(readCellValue(new Date(Date.UTC(2024, 2, 5)))).toEqual({ kind: 'text', text: '2024-03-05' });
    expect(readCellValue(new Date(Date.UTC(2024, 2, 5, 13, 30)))).toEqual({
      kind: 'text',
      text: '2024-03-05T13:30:00Z',
    });
  });

  it('joins rich text runs', () => {
    const value = { richText: [{ text: 'Peraturan ' }, { text: 'Daerah', font: { bold: true } }] };
    expect(readCellValue(value)).toEqual({ kind: 'text', text: 'Peraturan Daerah' });
  });

  it('reads a hyperlink as its shown text, also when that text is rich', () => {
    expect(readCellValue({ text: 'Perda 2/2019', hyperlink: 'https://example.org/perda' })).toEqual({
      kind: 'text',
      text: 'Perda 2/2019',
    });
    const rich = { text: { richText: [{ text: 'SK ' }, { text: 'Gubernur' }] }, hyperlink: 'https://x.test' };
    expect(readCellValue(rich)).toEqual({ kind: 'text', text: 'SK Gubernur' });
    expect(readCellValue({ hyperlink: 'https://x.test' })).toEqual({ kind: 'text', text: 'https://x.test' });
  });

  it('flags formulas and shared formulas without trusting their cached result', () => {
    expect(readCellValue({ formula: '"Y"&"a"', result: 'Ya' })).toEqual({
      kind: 'formula',
      formula: '"Y"&"a"',
    });
    expect(readCellValue({ formula: 'A1' })).toEqual({ kind: 'formula', formula: 'A1' });
    expect(readCellValue({ sharedFormula: 'D5', result: 'Yes' })).toEqual({ kind: 'formula', formula: 'D5' });
  });

  it('reads error values as their error text', () => {
    expect(readCellValue({ error: '#N/A' })).toEqual({ kind: 'error', text: '#N/A' });
  });

  it('ignores shapes it does not know', () => {
    expect(readCellValue({ something: 1 })).toEqual({ kind: 'empty' });
    expect(readCellValue(Symbol('x'))).toEqual({ kind: 'empty' });
  });
});

describe('cellText', () => {
  it('gives text only for text cells', () => {
    expect(cellText({ richText: [{ text: 'Answer' }] })).toBe('Answer');
    expect(cellText({ formula: 'A1', result: 'Answer' })).toBeNull();
    expect(cellText(null)).toBeNull();
  });
});
