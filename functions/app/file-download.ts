import type { Context } from 'hono';
import { XLSX_CONTENT_TYPE } from '../../shared/core/xlsx.js';

/**
 * A file the browser saves under `filename` (a workbook unless `contentType` says otherwise),
 * never cached: downloads hold answers, tokens or the audit log.
 */
export function fileDownload(
  c: Context,
  bytes: Uint8Array,
  filename: string,
  options: { contentType?: string; status?: 200 | 201 } = {},
): Response {
  return c.body(bytes as Uint8Array<ArrayBuffer>, options.status ?? 200, {
    'Content-Type': options.contentType ?? XLSX_CONTENT_TYPE,
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
  });
}
