/** The demo against the real service: the story it tells is what the API then shows. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceClient } from '../functions/cli/service-client.js';
import { finalReport } from '../functions/demo/demo-report.js';
import { runDemo } from '../functions/demo/demo-runner.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { startTestService, type TestService } from './support/test-service.js';

let backend: DynamoBackend;
let service: TestService;
let outDir: string;

beforeAll(async () => {
  backend = await startDynaliteBackend();
  service = await startTestService(backend);
  outDir = await mkdtemp(join(tmpdir(), 'mgi-demo-'));
});

afterAll(async () => {
  await service?.close();
  await backend?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('npm run demo', () => {
  it('registers 58 agencies, 53 submit (10 by web form), 3 first uploads rejected by cell, 5 missing; reviews, deadline, consultation', async () => {
    const lines: number[] = [];
    const result = await runDemo(new ServiceClient(service.url, service.adminToken), {
      outDir,
      progress: (_o, done) => lines.push(done),
    });
    expect(lines).toHaveLength(58);
    expect(result.outcomes.filter((o) => o.error)).toEqual([]);
    const rejected = result.outcomes.filter((o) => o.rejected);
    expect(rejected.map((o) => [o.code, o.rejected!.status, o.rejected!.issues[0]!.code]).sort()).toEqual([
      ['DINKES-CLP', 422, 'answer.invalid'],
      ['DISNAKER-BBS', 422, 'justification_type.missing'],
      ['SBMI-JATENG', 422, 'justification.too_short'],
    ]);
    for (const o of rejected) expect(o.rejected!.issues[0]!.cell).toMatch(/^[A-G]\d+$/);

    const res = await service.call('GET', '/api/assessments/jateng-2026/agencies', {
      token: service.adminToken,
    });
    const { agencies } = (await res.json()) as {
      agencies: { code: string; submitted: boolean; current: { channel: string } | null }[];
    };
    expect(agencies).toHaveLength(58);
    expect(
      agencies
        .filter((a) => !a.submitted)
        .map((a) => a.code)
        .sort(),
    ).toEqual(['DINKOPUKM', 'KESBANGPOL', 'RSUD-CILACAP', 'SATPOLPP', 'UNSOED']);
    // 10 answered by web form, and the 3 returned agencies fixed their answers there.
    expect(agencies.filter((a) => a.current?.channel === 'form')).toHaveLength(13);
    const inbox = await readdir(result.files.inbox);
    expect(inbox).toHaveLength(43 + 3);

    // The second half: three returned with comments and fixed by web form, 15 accepted in all,
    // the deadline set, a consultation round open with four comments.
    const review = result.review!;
    expect(review.errors).toEqual([]);
    expect(review.returned).toHaveLength(3);
    expect(review.fixed).toEqual(review.returned);
    expect(review.accepted).toHaveLength(15);
    expect(review.deadline).toMatch(/T23:59:00\+07:00$/);
    expect(review.comments).toBe(4);
    const admin = (path: string) => service.call('GET', path, { token: service.adminToken });
    const fixedAgency = (await (
      await admin(`/api/assessments/jateng-2026/agencies/${review.returned[0]}/responses`)
    ).json()) as {
      review: { status: string };
      current: { channel: string };
      submissions: unknown[];
    };
    expect(fixedAgency.review.status).toBe('accepted');
    expect(fixedAgency.current.channel).toBe('form');
    expect(fixedAgency.submissions).toHaveLength(2);
    const settings = (await (await admin('/api/assessments/jateng-2026/settings')).json()) as {
      assessment: { deadline: string };
    };
    expect(Date.parse(settings.assessment.deadline)).toBe(Date.parse(review.deadline!));
    const comments = (await (await admin('/api/assessments/jateng-2026/consultation/comments')).json()) as {
      comments: { agencyName: string; text: string }[];
    };
    expect(comments.comments).toHaveLength(4);
    expect(comments.comments.every((c) => c.agencyName !== '')).toBe(true);
    expect(finalReport(result, service.url, null)).toContain('Review: 3 submissions returned with comments');
  }, 240_000);
});
