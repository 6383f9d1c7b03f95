import type { Context } from 'hono';
import { fail, issueOf } from '../../../shared/core/errors/index.js';
import type { Lang } from '../../../shared/core/types.js';
import { XLSX_CONTENT_TYPE } from '../../../shared/core/xlsx.js';
import type { AppEnv } from '../app-env.js';

const RAW_TYPES = new Set([XLSX_CONTENT_TYPE, 'application/octet-stream']);

/**
 * The uploaded workbook's bytes: the raw body (xlsx or octet-stream content type) or the multipart
 * field `file`. Any other content type is 415; the bytes themselves are checked by the parser.
 */
export async function readUploadBytes(c: Context<AppEnv>): Promise<Uint8Array> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (RAW_TYPES.has(type)) return new Uint8Array(await c.req.arrayBuffer());
  if (type === 'multipart/form-data') {
    // A body that is not valid multipart (no or wrong boundary) makes parseBody throw a plain
    // TypeError; it is the client's mistake, so it gets the same 400 as a form without the file.
    const form = await c.req.parseBody({ all: true }).catch((cause: unknown) => {
      throw fail('upload.missing_file', {}, { cause });
    });
    return new Uint8Array(await singleFile(form.file, c.get('lang')).arrayBuffer());
  }
  throw fail('upload.unsupported_media_type');
}

/**
 * The one `file` part of a multipart body. Two parts are refused, not resolved: taking the first or
 * the last would let a client hide one file behind another (a macro file, then a clean one).
 */
export function singleFile(field: unknown, lang: Lang = 'en'): File {
  if (Array.isArray(field)) {
    const count = field.length;
    throw fail(
      'upload.multiple_files',
      { count },
      { issues: [issueOf('upload.multiple_files', { field: 'file' }, { count }, lang)], totalIssues: 1 },
    );
  }
  if (!(field instanceof File)) throw fail('upload.missing_file');
  return field;
}

const VISIBLE = /^[\x21-\x7e]{1,255}$/;

/** The `Idempotency-Key` header, if sent; 400 when it is not 1–255 visible ASCII characters. */
export function readIdempotencyKey(c: Context<AppEnv>): string | undefined {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return undefined;
  if (!VISIBLE.test(key)) throw fail('idempotency.key_invalid');
  return key;
}
