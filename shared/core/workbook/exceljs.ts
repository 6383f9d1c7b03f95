import type * as ExcelJS from 'exceljs';

type ExcelJsModule = typeof ExcelJS;
let loading: Promise<ExcelJsModule> | undefined;

/**
 * exceljs, loaded on first use: requiring it costs ~300 ms, which a Lambda cold start that serves
 * no workbook should not pay. It is CommonJS, so its API is the default export of the ES import.
 */
export function loadExcelJs(): Promise<ExcelJsModule> {
  loading ??= import('exceljs').then((mod) => mod.default as unknown as ExcelJsModule);
  return loading;
}

/** Worksheet parts that can blow up memory (a merge or validation over a million rows) and that no reader uses. */
export const MEMORY_BOMB_NODES: readonly string[] = [
  'mergeCells',
  'dataValidations',
  'conditionalFormatting',
];

/**
 * Loads a workbook someone sent (roster, framework) through the bounded opener: container checks,
 * sheet bounds and element budget first (their AppErrors thrown as they are), the memory-bomb parts
 * skipped. exceljs's own failure is rethrown raw, so each caller names it in its own words.
 */
export async function loadWorkbookBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const { openBoundedWorkbook } = await import('./open-bounded-workbook.js');
  try {
    return await openBoundedWorkbook(bytes);
  } catch (error) {
    const { code, cause } = error as { code?: string; cause?: unknown };
    throw code === 'upload.unreadable' && cause !== undefined ? cause : error;
  }
}
