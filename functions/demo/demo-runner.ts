/**
 * The demo's script against a running service, through the public API only: create the Central
 * Java assessment, register 58 agencies from a roster workbook, let 53 of them answer (templates
 * filled offline and uploaded with their own token, or the web-form channel), 3 of them first with
 * a mistake the service rejects, then aggregate. Files it makes are kept in `outDir`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapWithConcurrency } from '../../shared/core/concurrency.js';
import { DEMO_AGENCIES, DEMO_ASSESSMENT } from '../../shared/core/demo/demo-agencies.js';
import { breakRows, type DemoStep, demoPlan } from '../../shared/core/demo/demo-plan.js';
import { demoResponses, toTemplateRows } from '../../shared/core/demo/demo-responses.js';
import { fillTemplate } from '../../shared/core/demo/fill-template.js';
import type { Framework } from '../../shared/core/framework.js';
import { AGENCY_LEVEL_LABELS } from '../../shared/core/roster/agency-level.js';
import { writeRosterWorkbook } from '../../shared/core/roster/write-roster.js';
import type { Issue, Submission } from '../../shared/core/types.js';
import type { ApiResult, ServiceClient } from '../cli/service-client.js';
import { runDemoFocusGroup } from './demo-focus-group.js';
import { type DemoReviewResult, runDemoReview } from './demo-review.js';

export const DEMO_SEED = 'jateng-2026';

/** What happened to one agency. */
export interface DemoOutcome {
  code: string;
  channel: DemoStep['channel'];
  /** The rejection of the first, broken attempt (when the plan has one). */
  rejected?: { status: number; code: string; issues: Issue[]; totalIssues: number };
  submission?: Submission;
  /** The service already had this exact submission (a re-run of the demo): 200 instead of 201. */
  duplicate?: boolean;
  /** Set when the final attempt failed too (not expected: reported, not thrown). */
  error?: string;
}

export interface DemoResult {
  outcomes: DemoOutcome[];
  created: boolean;
  summary: unknown | null;
  /** Reviews, deadline and consultation round (the second half of the cycle). */
  review?: DemoReviewResult;
  files: { inbox: string; roster: string; consolidated: string[] };
}

function fail<T>(what: string, res: ApiResult<T>): never {
  const detail = res.ok ? `${res.status}` : `${res.status} ${res.error.code}: ${res.error.message}`;
  throw new Error(`${what} failed: ${detail}`);
}

async function registerAgencies(
  client: ServiceClient,
  aid: string,
  rosterPath: string,
): Promise<Map<string, string>> {
  const roster = await writeRosterWorkbook({
    lang: 'id',
    sheetName: 'Instansi',
    titleRows: [`${DEMO_ASSESSMENT.name} — daftar instansi`],
    rows: DEMO_AGENCIES.map((a) => ({ code: a.code, name: a.name, level: AGENCY_LEVEL_LABELS.id[a.level] })),
  });
  await writeFile(rosterPath, roster);
  const res = await client.importAgencies(aid, roster);
  if (!res.ok) fail('roster import', res);
  if (res.data.issues.length > 0) throw new Error(`roster import reported ${res.data.issues[0]!.message}`);
  const tokens = new Map(res.data.created.map((c) => [c.code, c.token]));
  // Agencies from an earlier run keep their tokens, which only their hash remembers: rotate them.
  for (const code of res.data.updated) {
    const rotated = await client.request<{ token: string }>(
      'POST',
      `/api/assessments/${aid}/agencies/${code}/token`,
    );
    if (!rotated.ok) fail(`token rotation of ${code}`, rotated);
    tokens.set(code, rotated.data.token);
  }
  return tokens;
}

function record(outcome: DemoOutcome, res: ApiResult<{ submission: Submission }>): void {
  if (res.ok) {
    outcome.submission = res.data.submission;
    outcome.duplicate = res.status === 200;
  } else outcome.error = `${res.error.code}: ${res.error.message}`;
}

async function playStep(
  client: ServiceClient,
  framework: Framework,
  aid: string,
  step: DemoStep,
  token: string,
  inbox: string,
): Promise<DemoOutcome> {
  const { agency } = step;
  const outcome: DemoOutcome = { code: agency.code, channel: step.channel };
  if (step.channel === 'missing') return outcome;
  const responses = demoResponses(framework, agency, DEMO_SEED);
  if (step.channel === 'form') {
    const res = await client.request<{ submission: Submission }>(
      'POST',
      `/api/assessments/${aid}/responses`,
      {
        json: { responses },
        token,
      },
    );
    record(outcome, res);
    return outcome;
  }
  const template = await client.request<Uint8Array>(
    'GET',
    `/api/assessments/${aid}/template.xlsx?lang=${agency.lang}`,
    { token, binary: true },
  );
  if (!template.ok) fail(`template of ${agency.code}`, template);
  const rows = toTemplateRows(responses, agency.lang);
  if (step.firstAttemptBroken) {
    const broken = await fillTemplate(template.data, breakRows(rows, step.firstAttemptBroken, agency.lang));
    await writeFile(join(inbox, `${agency.code.toLowerCase()}-first-attempt.xlsx`), broken);
    const res = await client.uploadWorkbook(aid, broken, { token });
    if (res.ok) outcome.error = `the broken file was accepted (${res.status})`;
    else {
      const { code, issues } = res.error;
      outcome.rejected = {
        status: res.status,
        code,
        issues,
        totalIssues: res.error.totalIssues ?? issues.length,
      };
    }
  }
  const filled = await fillTemplate(template.data, rows);
  await writeFile(join(inbox, `${agency.code.toLowerCase()}.xlsx`), filled);
  record(outcome, await client.uploadWorkbook(aid, filled, { token }));
  return outcome;
}

/** Runs the whole demo; `progress` is called once per agency as it finishes. */
export async function runDemo(
  client: ServiceClient,
  options: {
    outDir: string;
    concurrency?: number;
    progress?: (outcome: DemoOutcome, done: number, total: number) => void;
  },
): Promise<DemoResult> {
  const aid = DEMO_ASSESSMENT.id;
  const inbox = join(options.outDir, 'inbox');
  await mkdir(inbox, { recursive: true });
  const existing = await client.request('GET', `/api/assessments/${aid}`);
  let created = false;
  if (!existing.ok && existing.status === 404) {
    const res = await client.request('POST', '/api/assessments', {
      json: { id: aid, name: DEMO_ASSESSMENT.name, frameworkId: DEMO_ASSESSMENT.frameworkId },
    });
    if (!res.ok) fail('creating the assessment', res);
    created = true;
  } else if (!existing.ok) fail('reading the assessment', existing);
  const framework = await client.request<Framework>('GET', `/api/frameworks/${DEMO_ASSESSMENT.frameworkId}`);
  if (!framework.ok) fail('reading the framework', framework);

  const rosterPath = join(options.outDir, 'roster-jateng-2026.xlsx');
  const tokens = await registerAgencies(client, aid, rosterPath);
  const plan = demoPlan();
  let done = 0;
  const outcomes = await mapWithConcurrency(plan, options.concurrency ?? 4, async (step) => {
    const outcome = await playStep(client, framework.data, aid, step, tokens.get(step.agency.code)!, inbox);
    options.progress?.(outcome, ++done, plan.length);
    return outcome;
  });

  const review = await runDemoReview(client, {
    aid,
    framework: framework.data,
    outcomes,
    tokens,
    seed: DEMO_SEED,
    focusGroup: () => runDemoFocusGroup(client, { aid, framework: framework.data }),
  });

  // The consolidation may not be wired into this build: then there is no summary to show (501).
  const aggregated = await client.request<unknown>('POST', `/api/assessments/${aid}/aggregate`);
  const summary = aggregated.ok ? aggregated.data : null;
  const consolidated: string[] = [];
  if (aggregated.ok) {
    for (const lang of ['en', 'id'] as const) {
      const res = await client.request<Uint8Array>(
        'GET',
        `/api/assessments/${aid}/consolidated.xlsx?lang=${lang}`,
        {
          binary: true,
        },
      );
      if (!res.ok) continue;
      const path = join(options.outDir, `consolidated-${aid}-${lang}.xlsx`);
      await writeFile(path, res.data);
      consolidated.push(path);
    }
  }
  return { outcomes, created, summary, review, files: { inbox, roster: rosterPath, consolidated } };
}
