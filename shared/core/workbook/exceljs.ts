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
