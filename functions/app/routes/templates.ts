import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../app-env.js';
import { actingAgency, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { validationHook } from '../errors.js';
import { fileDownload } from '../file-download.js';
import { agencyTemplate } from '../services/agency-template.js';
import { requireAgency, requireAssessment } from '../services/frameworks.js';

const templateQuerySchema = z.object({
  agency: z.string().optional(),
  lang: z.enum(['en', 'id']).optional(),
});

/** `GET /api/assessments/:aid/template.xlsx`: the agency's template, pre-filled with its current answers. */
export function templateRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get(
    '/assessments/:aid/template.xlsx',
    allow('own-agency'),
    zValidator('query', templateQuerySchema, validationHook('query')),
    async (c) => {
      const requestLang = c.get('lang');
      const assessment = await requireAssessment(deps, c.req.param('aid'), requestLang);
      const code = actingAgency(c);
      const agency = await requireAgency(deps, assessment.id, code, requestLang);
      const lang = c.req.valid('query').lang ?? requestLang;
      const { bytes, filename } = await agencyTemplate(deps, assessment, agency, lang);
      return fileDownload(c, bytes, filename);
    },
  );
}
