import { randomBytes } from 'node:crypto';
import { zValidator } from '@hono/zod-validator';
import { type Context, type Env, Hono } from 'hono';
import * as z from 'zod';
import { fail } from '../../../shared/core/errors/index.js';
import type { Lang } from '../../../shared/core/types.js';
import { XLSX_CONTENT_TYPE } from '../../../shared/core/xlsx.js';
import type { AggregationService } from '../../../shared/ports.js';
import type { AppEnv } from '../app-env.js';
import { allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { validationHook } from '../errors.js';
import { fileDownload } from '../file-download.js';
import { requireAssessment } from '../services/frameworks.js';

const langQuerySchema = z.object({ lang: z.enum(['en', 'id']).optional() });

/**
 * Largest workbook answered inline. Lambda's response limit is 6 MB and a binary body travels
 * base64-encoded (4/3 larger), so ~4.4 MB is the most that fits; larger ones go by presigned URL.
 */
export const INLINE_WORKBOOK_MAX_BYTES = 4_400_000;

/** Archive key of a large workbook written on request, kept only to be downloaded by URL. */
function downloadKey(assessmentId: string, lang: Lang): string {
  return `downloads/${assessmentId}/${randomBytes(8).toString('hex')}/consolidated-${lang}.xlsx`;
}

/** `303 See Other` to a presigned archive URL, with the URL in a small JSON body too. */
function redirectTo<E extends Env>(c: Context<E>, url: string): Response {
  return c.json({ url }, 303, { Location: url, 'Cache-Control': 'no-store' });
}

/**
 * The consolidated workbook download, shared by the API and the web pages. A workbook served from
 * the latest snapshot, or any workbook above the inline limit, is answered by `303` to a presigned
 * URL when the archive can sign one (S3); otherwise (the local folder) the bytes are streamed.
 */
export async function consolidatedWorkbookResponse<E extends Env>(
  c: Context<E>,
  deps: Pick<AppDeps, 'archive'>,
  service: AggregationService,
  assessmentId: string,
  lang: Lang,
  options: { inlineMaxBytes?: number } = {},
): Promise<Response> {
  const filename = `mgi-${assessmentId}-consolidated-${lang}.xlsx`;
  const location = await service.consolidatedWorkbookLocation(assessmentId, lang);
  let bytes: Uint8Array;
  if (location.kind === 'snapshot') {
    const url = await deps.archive.presignedUrl(location.key, { filename });
    if (url) return redirectTo(c, url);
    bytes =
      (await deps.archive.get(location.key)) ?? (await service.consolidatedWorkbook(assessmentId, lang));
  } else {
    bytes = location.bytes;
    if (bytes.byteLength > (options.inlineMaxBytes ?? INLINE_WORKBOOK_MAX_BYTES)) {
      const key = downloadKey(assessmentId, lang);
      // Signing needs no object yet; ask first so a folder archive is not written for nothing.
      const url = await deps.archive.presignedUrl(key, { filename });
      if (url) {
        await deps.archive.put(key, bytes, XLSX_CONTENT_TYPE);
        return redirectTo(c, url);
      }
    }
  }
  return fileDownload(c, bytes, filename);
}

/**
 * Summary, consolidated workbook and the aggregation run, through `deps.aggregation`. Without an
 * aggregation service they answer 501 `not_implemented` (after auth and the assessment check).
 */
export function aggregationRoutes(deps: AppDeps): Hono<AppEnv> {
  const service = (_lang?: 'en' | 'id') => {
    if (!deps.aggregation) throw fail('not_implemented');
    return deps.aggregation;
  };
  return new Hono<AppEnv>()
    .get('/assessments/:aid/summary', allow('admin'), async (c) => {
      const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      return c.json((await service(c.get('lang')).summary(assessment.id)) as object);
    })
    .get(
      '/assessments/:aid/consolidated.xlsx',
      allow('admin'),
      zValidator('query', langQuerySchema, validationHook('query')),
      async (c) => {
        const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
        const lang = c.req.valid('query').lang ?? c.get('lang');
        return consolidatedWorkbookResponse(c, deps, service(c.get('lang')), assessment.id, lang);
      },
    )
    .post('/assessments/:aid/aggregate', allow('admin'), async (c) => {
      const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      return c.json((await service(c.get('lang')).aggregate(assessment.id)) as object);
    });
}
