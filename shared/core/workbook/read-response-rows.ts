import { excerpt, issueOf } from '../errors/index.js';
import type { Framework } from '../framework.js';
import type { ResponseColumn } from '../template/headers.js';
import type { Issue, Lang } from '../types.js';
import type { ResponseField, ResponseInput } from '../validate-responses.js';
import { cellRef } from './a1.js';
import { cellText, readCellValue } from './cell-value.js';
import type { ResponsesSheet } from './responses-sheet.js';

const FIELDS: readonly ResponseField[] = ['answer', 'justificationType', 'justification', 'evidence'];
/** Looks like an indicator id (`1.01`) — a row with such an id that the framework lacks is reported. */
const ID_LIKE = /^\d+\.\d+$/;

/** What the rows of the responses sheet hold, before the answer rules are applied. */
export interface ResponseRows {
  inputs: ResponseInput[];
  /** Indicator id → row number of its row. */
  rowOf: Map<string, number>;
  /** `id\u0000field` of every field whose cell held a formula (passed on as blank). */
  formulaFields: Set<string>;
  issues: Issue[];
}

/** Key of one indicator's field in {@link ResponseRows.formulaFields}. */
export function fieldKey(indicatorId: string, field: ResponseField): string {
  return `${indicatorId}\u0000${field}`;
}

/**
 * Resolves the text of an ID cell to a framework indicator id: exact, then trimmed; a number (a
 * program turned `1.10` into 1.1) only when exactly one indicator has that numeric value.
 */
function idResolver(framework: Framework): (raw: string, isNumber: boolean) => string | undefined {
  const exact = new Map(framework.indicators.map((i) => [i.id, i.id]));
  const numeric = new Map<number, string | null>();
  for (const { id } of framework.indicators) {
    const n = Number(id);
    if (Number.isFinite(n)) numeric.set(n, numeric.has(n) ? null : id);
  }
  return (raw, isNumber) => {
    const text = raw.replace(/\u00a0/g, ' ').trim();
    const found = exact.get(text);
    if (found || !isNumber) return found;
    return numeric.get(Number(text)) ?? undefined;
  };
}

/**
 * Reads every row below the header whose ID cell names an indicator of the framework, in any
 * order; domain headings, notes rows and blank rows are skipped. Formulas are never evaluated.
 */
export function readResponseRows(found: ResponsesSheet, framework: Framework, lang: Lang): ResponseRows {
  const { sheet, headerRow, columns } = found;
  const idCol = columns.get('id')!;
  const resolve = idResolver(framework);
  const out: ResponseRows = { inputs: [], rowOf: new Map(), formulaFields: new Set(), issues: [] };
  const fieldCols = FIELDS.map((f) => [f, columns.get(f as ResponseColumn)] as const);

  for (let r = headerRow + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const idValue = row.findCell(idCol)?.value;
    const idText = cellText(idValue);
    if (idText === null) continue;
    const indicatorId = resolve(idText, typeof idValue === 'number');
    if (!indicatorId) {
      // Domain headings and notes are skipped; a row that claims an indicator id and carries an
      // answer would otherwise be dropped without the agency noticing.
      const claimed = idText.trim();
      const hasContent = fieldCols.some(([, col]) => col !== undefined && row.findCell(col)?.value != null);
      if (ID_LIKE.test(claimed) && hasContent) {
        const place = { sheet: sheet.name, cell: cellRef(idCol, r), indicatorId: claimed };
        out.issues.push(issueOf('indicator.unknown', place, { indicatorId: excerpt(claimed) }, lang));
      }
      continue;
    }
    if (out.rowOf.has(indicatorId)) {
      const place = { sheet: sheet.name, cell: cellRef(idCol, r), indicatorId };
      out.issues.push(issueOf('indicator.duplicate', place, { indicatorId }, lang));
      continue;
    }
    out.rowOf.set(indicatorId, r);
    const input: ResponseInput = { indicatorId };
    for (const [field, col] of fieldCols) {
      if (col === undefined) continue;
      const reading = readCellValue(row.findCell(col)?.value);
      if (reading.kind === 'formula') {
        const cell = cellRef(col, r);
        out.formulaFields.add(fieldKey(indicatorId, field));
        out.issues.push(
          issueOf('answer.formula', { sheet: sheet.name, cell, indicatorId, field }, { cell }, lang),
        );
        input[field] = null;
      } else {
        input[field] = reading.kind === 'empty' ? null : reading.text;
      }
    }
    out.inputs.push(input);
  }
  return out;
}
