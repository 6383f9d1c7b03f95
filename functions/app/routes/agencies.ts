import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import * as z from 'zod';
import {
  AGENCY_CODE,
  checkContacts,
  normalizeAgencyCode,
} from '../../../shared/core/agencies/agency-fields.js';
import type { AgencyStore } from '../../../shared/core/agencies/agency-port.js';
import { fail, issueOf } from '../../../shared/core/errors/index.js';
import { matchAgencyLevel } from '../../../shared/core/roster/agency-level.js';
import type { Lang } from '../../../shared/core/types.js';
import type { Agency } from '../../../shared/ports.js';
import type { AppEnv } from '../app-env.js';
import { actorOf, allow } from '../auth/authorize.js';
import type { AppDeps } from '../deps.js';
import { validationHook } from '../errors.js';
import { jsonValidator } from '../json-validator.js';
import { requireAssessment } from '../services/frameworks.js';
import type { RuleKey } from '../validation-issues.js';

export { AGENCY_CODE } from '../../../shared/core/agencies/agency-fields.js';

const contact = z.string().max(1000).nullable().optional();

const agencyBodySchema = z.object({
  name: z.string().trim().min(1).max(200),
  level: z.string().transform((raw, ctx) => {
    const level = matchAgencyLevel(raw);
    if (level) return level;
    ctx.addIssue({ code: 'custom', message: 'rule.agency_level' satisfies RuleKey });
    return z.NEVER;
  }),
  contactName: contact,
  email: contact,
  phone: contact,
  lang: z.enum(['en', 'id']).optional(),
  /** The version the writer read; omitted by scripts (last writer wins). */
  version: z.number().int().min(0).optional(),
});

const agencyParamSchema = z.object({
  aid: z.string(),
  code: z.string().regex(AGENCY_CODE, 'rule.agency_code' satisfies RuleKey),
});

/** 422 `agency.invalid` naming each contact field that breaks its rule. */
export function checkedContacts(
  body: { contactName?: string | null; email?: string | null; phone?: string | null },
  lang: Lang,
) {
  const { values, problems } = checkContacts(body);
  if (problems.length > 0) {
    const issues = problems.map((p) => issueOf(p.code, { field: p.field }, p.params, lang));
    throw fail('agency.invalid', {}, { issues });
  }
  return values;
}

/** An agency as the API shows it: contacts, state and whether it has submitted. */
export function agencyView({ assessmentId: _a, ...agency }: Agency) {
  return {
    ...agency,
    contactName: agency.contactName ?? null,
    email: agency.email ?? null,
    phone: agency.phone ?? null,
    lang: agency.lang ?? 'id',
    disabled: agency.disabled === true,
    version: agency.version ?? 0,
    submitted: agency.current !== null,
  };
}

/** The agency store, which both composition roots provide. */
export function agencyStoreOf(deps: AppDeps): AgencyStore {
  if (!deps.agencies) throw new Error('AppDeps.agencies is missing: build deps with a composition root');
  return deps.agencies;
}

/**
 * Agencies of an assessment: registration (an upsert for scripts), contacts, token rotation and
 * revocation, disable/enable, status list. Codes are matched case-insensitively (stored upper-case).
 */
export function agencyRoutes(deps: AppDeps): Hono<AppEnv> {
  const target = (c: { req: { param(name: string): string } }, actor: ReturnType<typeof actorOf>) => ({
    assessmentId: c.req.param('aid'),
    code: normalizeAgencyCode(c.req.param('code')),
    actor,
  });
  return new Hono<AppEnv>()
    .get('/assessments/:aid/agencies', allow('viewer'), async (c) => {
      const assessment = await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      const agencies = await deps.store.listAgencies(assessment.id);
      return c.json({ agencies: agencies.map(agencyView) });
    })
    .put(
      '/assessments/:aid/agencies/:code',
      allow('editor'),
      zValidator('param', agencyParamSchema, validationHook('param')),
      jsonValidator(agencyBodySchema),
      async (c) => {
        const { aid } = c.req.valid('param');
        const { version, contactName, email, phone, ...fields } = c.req.valid('json');
        const contacts = checkedContacts({ contactName, email, phone }, c.get('lang'));
        await requireAssessment(deps, aid, c.get('lang'));
        const { agency, created, token } = await agencyStoreOf(deps).upsert({
          ...target(c, actorOf(c)),
          fields: { ...fields, ...contacts },
          expectedVersion: version,
          withToken: true,
        });
        c.header('Cache-Control', 'no-store');
        // The only time this token is shown: only its hash is kept.
        if (created) return c.json({ agency: agencyView(agency), token }, 201);
        return c.json({ agency: agencyView(agency) }, 200);
      },
    )
    .post('/assessments/:aid/agencies/:code/token', allow('editor'), async (c) => {
      await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      const { token } = await agencyStoreOf(deps).issueToken(target(c, actorOf(c)));
      c.header('Cache-Control', 'no-store');
      return c.json({ token });
    })
    .delete('/assessments/:aid/agencies/:code/token', allow('editor'), async (c) => {
      await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      await agencyStoreOf(deps).revokeToken(target(c, actorOf(c)));
      return c.body(null, 204);
    })
    .post('/assessments/:aid/agencies/:code/disable', allow('editor'), async (c) => {
      await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      const { agency } = await agencyStoreOf(deps).setDisabled({ ...target(c, actorOf(c)), disabled: true });
      return c.json({ agency: agencyView(agency) });
    })
    .post('/assessments/:aid/agencies/:code/enable', allow('editor'), async (c) => {
      await requireAssessment(deps, c.req.param('aid'), c.get('lang'));
      const { agency } = await agencyStoreOf(deps).setDisabled({ ...target(c, actorOf(c)), disabled: false });
      return c.json({ agency: agencyView(agency) });
    });
}
