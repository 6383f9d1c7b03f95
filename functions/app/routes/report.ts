import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../app-env.js';
import { allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { validationHook } from '../errors.js';
import { assessmentReportDocx, DOCX_CONTENT_TYPE, reportFilename } from '../services/report.js';

const reportQuerySchema = z.object({ lang: z.enum(['en', 'id']).optional() });

/** `GET /assessments/:aid/report.docx?lang=en|id`: the draft Local MGI report (editors and viewers). */
export function reportRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get(
    '/assessments/:aid/report.docx',
    allow('viewer'),
    zValidator('query', reportQuerySchema, validationHook('query')),
    async (c) => {
      const assessmentId = c.req.param('aid');
      const lang = c.req.valid('query').lang ?? c.get('lang');
      const bytes = await assessmentReportDocx(deps, assessmentId, lang);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': DOCX_CONTENT_TYPE,
        'Content-Disposition': `attachment; filename="${reportFilename(assessmentId, lang)}"`,
        'Cache-Control': 'no-store',
      });
    },
  );
}
