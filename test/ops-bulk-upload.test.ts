/** `mgi bulk-upload` against the real service: a mixed folder of e-mailed files, run twice. */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../functions/cli/bulk-upload-report.js';
import { DEMO_AGENCIES } from '../shared/core/demo/demo-agencies.js';
import { breakRows } from '../shared/core/demo/demo-plan.js';
import { demoResponses, toTemplateRows } from '../shared/core/demo/demo-responses.js';
import { fillTemplate } from '../shared/core/demo/fill-template.js';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import { writeRosterWorkbook } from '../shared/core/roster/write-roster.js';
import { generateTemplate } from '../shared/core/template/generate-template.js';
import { parseSubmissionWorkbook } from '../shared/core/workbook/parse-submission.js';
import { createAssessment, registerAgency } from './support/assessment-setup.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { runMgi } from './support/run-mgi.js';
import { startTestService, type TestService } from './support/test-service.js';

const AID = 'bulk-2026';
const OTHER = 'other-2026';
const [A, B, C, D] = ['DISNAKER-CLP', 'DINKES', 'SBMI-JATENG', 'BPBD'].map(
  (code) => DEMO_AGENCIES.find((a) => a.code === code)!,
);

let backend: DynamoBackend;
let service: TestService;
let dir: string;

async function filledTemplate(assessmentId: string, agency: typeof A, broken = false): Promise<Uint8Array> {
  const template = await generateTemplate({
    framework: LOCAL_MGI_FRAMEWORK,
    assessment: { id: assessmentId, name: 'Bulk test' },
    agency: agency!,
    lang: agency!.lang,
  });
  const rows = toTemplateRows(demoResponses(LOCAL_MGI_FRAMEWORK, agency!, 'bulk'), agency!.lang);
  return fillTemplate(template, broken ? breakRows(rows, 'unknown_answer', agency!.lang) : rows);
}

function run(args: string[]) {
  return runMgi(
    ['bulk-upload', '.', '--assessment', AID, '--url', service.url, '--token', service.adminToken, ...args],
    { cwd: dir, errIsTTY: false },
  );
}

async function history(code: string): Promise<string[]> {
  const res = await service.call('GET', `/api/assessments/${AID}/submissions?agency=${code}`, {
    token: service.adminToken,
  });
  return ((await res.json()) as { submissions: { id: string }[] }).submissions.map((s) => s.id);
}

beforeAll(async () => {
  backend = await startDynaliteBackend();
  service = await startTestService(backend);
  for (const id of [AID, OTHER]) {
    await createAssessment(service, id);
    for (const agency of [A, B, C]) await registerAgency(service, id, agency!);
  }
  dir = await mkdtemp(join(tmpdir(), 'mgi-bulk-'));
  await writeFile(join(dir, 'good-disnaker-clp.xlsx'), await filledTemplate(AID, A));
  await copyFile(join(dir, 'good-disnaker-clp.xlsx'), join(dir, 'good-disnaker-clp (1).xlsx'));
  await writeFile(join(dir, 'good-dinkes.xlsx'), await filledTemplate(AID, B));
  await writeFile(join(dir, 'bad-sbmi.xlsx'), await filledTemplate(AID, C, true));
  await writeFile(join(dir, 'wrong-assessment.xlsx'), await filledTemplate(OTHER, A));
  await writeFile(join(dir, 'unknown-bpbd.xlsx'), await filledTemplate(AID, D));
  await writeFile(join(dir, 'roster-not-template.xlsx'), await writeRosterWorkbook({ lang: 'en', rows: [] }));
  await writeFile(join(dir, 'scan.xlsx'), 'this is a scanned PDF renamed to xlsx');
  await writeFile(join(dir, '~$good-dinkes.xlsx'), 'lock file');
  await writeFile(join(dir, 'cover-letter.txt'), 'Dear coordinator, please find attached our answers.');
});

afterAll(async () => {
  await service?.close();
  await backend?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('mgi bulk-upload', () => {
  let firstIds: Record<string, string[]> = {};
  let badCells = '';

  it('reports each file of a mixed folder right and exits 1 because some were rejected', async () => {
    const { code, out, err } = await run(['--json', '--concurrency', '1']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as {
      files: FileResult[];
      counts: Record<string, number>;
      ignored: number;
    };
    const byFile = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(Object.fromEntries(report.files.map((f) => [f.file, [f.agency, f.status]]))).toEqual({
      'bad-sbmi.xlsx': [C!.code, 'rejected'],
      'good-dinkes.xlsx': [B!.code, 'accepted'],
      // Files go in name order: "x (1).xlsx" before "x.xlsx"; the second copy is the duplicate.
      'good-disnaker-clp (1).xlsx': [A!.code, 'accepted'],
      'good-disnaker-clp.xlsx': [A!.code, 'duplicate'],
      'roster-not-template.xlsx': [null, 'not-a-template'],
      'scan.xlsx': [null, 'not-a-template'],
      'unknown-bpbd.xlsx': [D!.code, 'unknown-agency'],
      'wrong-assessment.xlsx': [A!.code, 'rejected'],
    });
    expect(report.ignored).toBe(1);
    const bad = byFile['bad-sbmi.xlsx']!;
    expect(bad.httpStatus).toBe(422);
    const parsed = await parseSubmissionWorkbook(await readFile(join(dir, 'bad-sbmi.xlsx')), {
      framework: LOCAL_MGI_FRAMEWORK,
    });
    expect(parsed.issues.map((i) => [i.cell, i.code])).toHaveLength(2);
    expect(bad.problems.map((p) => [p.cell, p.code])).toEqual(
      parsed.issues.map((i) => [i.cell, 'answer.invalid']),
    );
    badCells = parsed.issues.map((i) => `${i.cell} answer.invalid`).join('; ');
    expect(byFile['wrong-assessment.xlsx']!.problems[0]!.code).toBe('template.wrong_assessment');
    expect(byFile['scan.xlsx']!.problems[0]!.code).toBe('upload.not_a_workbook');
    expect(byFile['roster-not-template.xlsx']!.problems[0]!.code).toBe('template.no_metadata');
    expect(byFile['good-disnaker-clp (1).xlsx']!.submissionId).toBe(
      byFile['good-disnaker-clp.xlsx']!.submissionId,
    );
    // Progress is on stderr, one plain line per file when stderr is not a terminal.
    expect(err.trim().split('\n')).toHaveLength(8);
    expect(err).toContain('[8/8] wrong-assessment.xlsx: rejected');
    firstIds = {
      [A!.code]: await history(A!.code),
      [B!.code]: await history(B!.code),
      [C!.code]: await history(C!.code),
    };
    expect(Object.values(firstIds).map((ids) => ids.length)).toEqual([1, 1, 0]);
  });

  it('changes nothing when run a second time: every accepted file is now a duplicate', async () => {
    // The refused files are recorded in the audit log (submission.refused); nothing else changes.
    const isAudit = (item: { PK?: { S?: string } }) => item.PK?.S?.startsWith('AUDIT#') === true;
    const before = (await service.scanAll()).filter((item) => !isAudit(item));
    const { code, out } = await run([]);
    expect(code).toBe(1);
    expect(out).toMatch(/good-dinkes\.xlsx\s+DINKES\s+duplicate\s+already received as submission /);
    expect(out).toMatch(new RegExp(`bad-sbmi\\.xlsx\\s+SBMI-JATENG\\s+rejected\\s+${badCells}\n`));
    expect(out.trim().split('\n').at(-1)).toBe(
      '8 files: 0 accepted, 3 duplicate, 2 rejected, 1 unknown agency, 2 not a template (1 other file ignored)',
    );
    for (const [agency, ids] of Object.entries(firstIds)) expect(await history(agency)).toEqual(ids);
    expect((await service.scanAll()).filter((item) => !isAudit(item))).toEqual(before);
  });

  it('exits 0 for a folder with only good files, and 2 without a token', async () => {
    await rm(join(dir, 'bad-sbmi.xlsx'));
    for (const f of ['wrong-assessment.xlsx', 'unknown-bpbd.xlsx', 'roster-not-template.xlsx', 'scan.xlsx'])
      await rm(join(dir, f));
    expect((await run([])).code).toBe(0);
    const noToken = await runMgi(['bulk-upload', dir, '--assessment', AID, '--url', service.url], {
      cwd: dir,
    });
    expect(noToken.code).toBe(2);
  });
});
