/** The demo's focus-group step against the real service: domains 1–2 validated, domain 1 final. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceClient } from '../functions/cli/service-client.js';
import { runDemoFocusGroup } from '../functions/demo/demo-focus-group.js';
import { DEMO_AGENCIES } from '../shared/core/demo/demo-agencies.js';
import { demoResponses } from '../shared/core/demo/demo-responses.js';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import { summarySchema } from '../shared/core/summary/summary-schema.js';
import { createAssessment, registerAgency, startAggregatingService } from './support/assessment-setup.js';
import type { DynamoBackend } from './support/dynamo-backends.js';
import type { TestService } from './support/test-service.js';

const AID = 'jateng-demo-fg';
let backend: DynamoBackend;
let svc: TestService;

beforeAll(async () => {
  ({ backend, service: svc } = await startAggregatingService());
  await createAssessment(svc, AID);
  for (const agency of DEMO_AGENCIES.slice(0, 12)) {
    const token = await registerAgency(svc, AID, {
      code: agency.code,
      name: agency.name,
      level: agency.level,
    });
    const responses = demoResponses(LOCAL_MGI_FRAMEWORK, agency, 'jateng-2026');
    const res = await svc.call('POST', `/api/assessments/${AID}/responses`, { token, json: { responses } });
    expect(res.status, await res.clone().text()).toBe(201);
  }
}, 60_000);

afterAll(async () => {
  await svc?.close();
  await backend?.close();
});

describe('demo: the focus group', () => {
  it('validates domains 1 and 2, makes domain 1 final and leaves domain 2 a draft; a re-run changes nothing but versions', async () => {
    const client = new ServiceClient(svc.url, svc.adminToken);
    for (let run = 0; run < 2; run++) {
      await runDemoFocusGroup(client, { aid: AID, framework: LOCAL_MGI_FRAMEWORK });
      const res = await svc.call('GET', `/api/assessments/${AID}/summary`, { token: svc.adminToken });
      const summary = summarySchema.parse(await res.json());
      for (const id of ['1', '2']) {
        const withConsensus = summary.indicators.filter(
          (l) => l.domainId === id && l.consensus !== null,
        ).length;
        expect(summary.domains.find((d) => d.id === id)!.validatedCount).toBe(withConsensus);
      }
      expect(summary.domains.slice(2).every((d) => d.validatedCount === 0 && d.findings === null)).toBe(true);
      const [d1, d2] = summary.domains;
      expect(d1!.findings!.status).toBe('final');
      expect(d1!.findings!.highlights.length).toBeGreaterThanOrEqual(3);
      expect(d1!.findings!.highlights[0]!.text?.id).toContain('Jawa Tengah');
      expect(d2!.findings!.status).toBe('draft');
    }
    const audit = await svc.deps.audit.list(AID);
    expect(audit.filter((e) => e.action === 'findings.saved')).toHaveLength(4);
  });
});
