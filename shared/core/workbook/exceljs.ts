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

/** Loads xlsx bytes (already through the container check) with exceljs, skipping the memory-bomb parts. */
export async function loadWorkbookBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const ExcelJs = await loadExcelJs();
  const workbook = new ExcelJs.Workbook();
  await workbook.xlsx.load(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
    {
      ignoreNodes: MEMORY_BOMB_NODES,
    } as never,
  );
  return workbook;
}
