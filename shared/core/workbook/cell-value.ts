import type { CellValue } from 'exceljs';
import { unquoteText } from './safe-text.js';

/**
 * What one cell holds, reduced to what the parser may trust: its text, or the fact that it is a
 * formula (whose cached result we never use — a file can carry any forged result).
 */
export type CellReading =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'error'; text: string };

const EMPTY: CellReading = { kind: 'empty' };

/** Formats a Date the way a reader expects to see it: a plain day when it has no time of day. */
function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

function richTextToString(parts: unknown): string {
  if (!Array.isArray(parts)) return '';
  let out = '';
  for (const part of parts) {
    if (part && typeof part === 'object' && typeof (part as { text?: unknown }).text === 'string') {
      out += (part as { text: string }).text;
    }
  }
  return out;
}

function textReading(text: string): CellReading {
  return text === '' ? EMPTY : { kind: 'text', text };
}

/**
 * Turns every exceljs cell value shape into a {@link CellReading}: string, number, boolean, Date,
 * rich text, hyperlink (plain or rich text), formula, shared formula, error, null.
 */
export function readCellValue(value: CellValue | unknown): CellReading {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return textReading(unquoteText(value));
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'text', text: String(value) } : EMPTY;
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return textReading(dateText(value));
  if (typeof value !== 'object') return EMPTY;
  const v = value as Record<string, unknown>;
  if (typeof v.formula === 'string' || typeof v.sharedFormula === 'string') {
    const formula = typeof v.formula === 'string' ? v.formula : (v.sharedFormula as string);
    return { kind: 'formula', formula };
  }
  if (typeof v.error === 'string') return { kind: 'error', text: v.error };
  if (Array.isArray(v.richText)) return textReading(richTextToString(v.richText));
  if ('hyperlink' in v || 'text' in v) {
    const text = v.text;
    if (typeof text === 'string') return textReading(text);
    if (text && typeof text === 'object') return readCellValue(text);
    return typeof v.hyperlink === 'string' ? textReading(v.hyperlink) : EMPTY;
  }
  return EMPTY;
}

/** The text of a cell, or null when it is empty, a formula or an error (for labels and headers). */
export function cellText(value: CellValue | unknown): string | null {
  const reading = readCellValue(value);
  return reading.kind === 'text' ? reading.text : null;
}
