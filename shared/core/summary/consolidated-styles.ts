import type { Style } from 'exceljs';
import { ANSWERS, type Answer } from '../types.js';

// One frozen object per look: exceljs's style manager caches style ids by object identity, so a
// shared object costs one WeakMap lookup per cell where a fresh one would be serialised every time.

type CellStyle = Partial<Style>;

const THIN = { style: 'thin' as const, color: { argb: 'FFD0D7DE' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const solid = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });

/** Answer colours: yes green, partially amber, no red, don't know grey, n/a light, blank white. */
export const ANSWER_FILLS: Record<Answer | 'blank', string> = {
  yes: 'FFC6EFCE',
  partially: 'FFFFE699',
  no: 'FFFFC7CE',
  dont_know: 'FFD9D9D9',
  not_applicable: 'FFF2F2F2',
  blank: 'FFFFFFFF',
};

function freeze<T extends object>(style: T): T {
  return Object.freeze(style);
}

export const STYLES = {
  title: freeze<CellStyle>({ font: { bold: true, size: 16, color: { argb: 'FF1F3864' } } }),
  section: freeze<CellStyle>({
    font: { bold: true, size: 12, color: { argb: 'FF1F3864' } },
    border: { bottom: { style: 'medium', color: { argb: 'FF1F3864' } } },
  }),
  header: freeze<CellStyle>({
    font: { bold: true, color: { argb: 'FFFFFFFF' } },
    fill: solid('FF1F3864'),
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
    border: BORDER,
  }),
  /** Agency codes over the Matrix's columns: turned upright so 50+ columns stay narrow. */
  headerVertical: freeze<CellStyle>({
    font: { bold: true, color: { argb: 'FFFFFFFF' } },
    fill: solid('FF1F3864'),
    alignment: { vertical: 'bottom', horizontal: 'center', textRotation: 90 },
    border: BORDER,
  }),
  label: freeze<CellStyle>({ font: { bold: true }, alignment: { vertical: 'top' } }),
  text: freeze<CellStyle>({ alignment: { vertical: 'top' }, border: BORDER }),
  wrap: freeze<CellStyle>({ alignment: { vertical: 'top', wrapText: true }, border: BORDER }),
  number: freeze<CellStyle>({ alignment: { vertical: 'top', horizontal: 'right' }, border: BORDER }),
  score: freeze<CellStyle>({ numFmt: '0.0', alignment: { vertical: 'top' }, border: BORDER }),
  percent: freeze<CellStyle>({ numFmt: '0.0%', alignment: { vertical: 'top' }, border: BORDER }),
  date: freeze<CellStyle>({ numFmt: 'yyyy-mm-dd hh:mm', alignment: { vertical: 'top' }, border: BORDER }),
  flag: freeze<CellStyle>({
    font: { bold: true, color: { argb: 'FF9C0006' } },
    alignment: { vertical: 'top', horizontal: 'center' },
    border: BORDER,
  }),
  domainBand: freeze<CellStyle>({ font: { bold: true, size: 12 }, fill: solid('FFDDEBF7'), border: BORDER }),
  note: freeze<CellStyle>({
    font: { italic: true, color: { argb: 'FF595959' } },
    alignment: { wrapText: true },
  }),
  citation: freeze<CellStyle>({
    font: { color: { argb: 'FF404040' } },
    alignment: { vertical: 'top', wrapText: true, indent: 1 },
    border: BORDER,
  }),
};

function answerStyle(answer: Answer | 'blank', centred: boolean): CellStyle {
  return freeze<CellStyle>({
    fill: solid(ANSWER_FILLS[answer]),
    alignment: { vertical: 'top', horizontal: centred ? 'center' : 'left' },
    border: BORDER,
  });
}

const KEYS: readonly (Answer | 'blank')[] = [...ANSWERS, 'blank'];

/** A coloured cell per answer (blank = unanswered), centred for the Matrix. */
export const ANSWER_STYLES = {
  centred: Object.fromEntries(KEYS.map((k) => [k, answerStyle(k, true)])) as Record<
    Answer | 'blank',
    CellStyle
  >,
  left: Object.fromEntries(KEYS.map((k) => [k, answerStyle(k, false)])) as Record<
    Answer | 'blank',
    CellStyle
  >,
};
