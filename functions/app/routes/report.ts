import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import * as z from 'zod';
import { fail } from '../../../shared/core/errors/index.js';
import type { AppEnv } from '../app-env.js';
import { allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { validationHook } from '../errors.js';
import { fileDownload } from '../file-download.js';
import {
  assessmentReportDocx,
  assessmentReportLocation,
  DOCX_CONTENT_TYPE,
  reportFilename,
} from '../services/report.js';

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
      const filename = reportFilename(assessmentId, lang);
      if (!(await deps.store.getAssessment(assessmentId)))
        throw fail('assessment.not_found', { id: assessmentId });
      const location = await assessmentReportLocation(deps, assessmentId, lang);
      let bytes: Uint8Array;
      if (location.kind === 'snapshot') {
        // Large assessments: the schedule's copy, by presigned URL when the archive is S3.
        const url = await deps.archive.presignedUrl(location.key, { filename });
        if (url) return c.json({ url }, 303, { Location: url, 'Cache-Control': 'no-store' });
        bytes =
          (await deps.archive.get(location.key)) ?? (await assessmentReportDocx(deps, assessmentId, lang));
      } else bytes = location.bytes;
      return fileDownload(c, bytes, filename, { contentType: DOCX_CONTENT_TYPE });
    },
  );
}
