import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../app-env.js';
import { allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { validationHook } from '../errors.js';
import { appError } from '../messages.js';
import { requireAssessment } from '../services/frameworks.js';
import { XLSX_CONTENT_TYPE } from '../services/read-upload.js';

const langQuerySchema = z.object({ lang: z.enum(['en', 'id']).optional() });

/**
 * Summary, consolidated workbook and the aggregation run, through `deps.aggregation`. Without an
 * aggregation service they answer 501 `not_implemented` (after auth and the assessment check).
 */
export function aggregationRoutes(deps: AppDeps): Hono<AppEnv> {
  const service = (lang: 'en' | 'id') => {
    if (!deps.aggregation) throw appError('not_implemented', lang);
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
        const bytes = await service(c.get('lang')).consolidatedWorkbook(assessment.id, lang);
        return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
          'Content-Type': XLSX_CONTENT_TYPE,
          'Content-Disposition': `attachment; filename="mgi-${assessment.id}-consolidated-${lang}.xlsx"`,
          'Cache-Control': 'no-store',
        });
      },
    )
    .post('/assessments/:aid/aggregate', allow('admin'), async (c) => {
      const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      return c.json((await service(c.get('lang')).aggregate(assessment.id)) as object);
    });
}
