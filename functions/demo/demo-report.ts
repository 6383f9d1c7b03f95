/** What `npm run demo` prints: one line per agency, the summary, and where to look next. */
import type { DemoReviewResult } from './demo-review.js';
import type { DemoOutcome, DemoResult } from './demo-runner.js';

function countsText(outcome: DemoOutcome): string {
  const c = outcome.submission?.counts;
  if (!c) return '';
  return `yes ${c.yes}, partially ${c.partially}, no ${c.no}, don't know ${c.dont_know}, n/a ${c.not_applicable}, blank ${c.unanswered}`;
}

/** The progress line of one agency. */
export function outcomeLine(outcome: DemoOutcome, done: number, total: number): string {
  const head = `[${String(done).padStart(String(total).length)}/${total}] ${outcome.code.padEnd(20)}`;
  if (outcome.channel === 'missing') return `${head} —     no submission (this agency stays missing)\n`;
  const channel = outcome.channel === 'form' ? 'form ' : 'xlsx ';
  const lines: string[] = [];
  if (outcome.rejected) {
    const { status, code, issues, totalIssues } = outcome.rejected;
    lines.push(`${head} ${channel} REJECTED ${status} ${code}: ${totalIssues} problem(s), e.g.`);
    for (const issue of issues.slice(0, 3))
      lines.push(`      ${issue.sheet ?? ''}!${issue.cell ?? '-'}  ${issue.code}  ${issue.message}`);
    lines.push(`      → the agency fixes those cells and uploads again:`);
  }
  const prefix = outcome.rejected ? '      ' : `${head} ${channel}`;
  if (outcome.error) lines.push(`${prefix} FAILED ${outcome.error}`);
  else
    lines.push(
      `${prefix} ${outcome.duplicate ? 'already received (same answers as before)' : `accepted  ${countsText(outcome)}`}`,
    );
  return `${lines.join('\n')}\n`;
}

interface SummaryView {
  agencies?: { registered: number; submitted: number; missing: string[] };
  indicators?: { id: string; disagreement: boolean }[];
  domains?: { id: string; name: unknown; score: number | null; highlights: string[]; gaps: string[] }[];
}

function domainName(name: unknown): string {
  if (typeof name === 'string') return name;
  if (name && typeof name === 'object' && 'en' in name) return String((name as { en: unknown }).en);
  return '';
}

/** The closing report: counts, domain scores, and the URLs and files to open. */
export function finalReport(result: DemoResult, url: string, dashboard: string | null): string {
  const out: string[] = [''];
  const submitted = result.outcomes.filter((o) => o.submission).length;
  const rejected = result.outcomes.filter((o) => o.rejected).length;
  const missing = result.outcomes.filter((o) => o.channel === 'missing').map((o) => o.code);
  const byForm = result.outcomes.filter((o) => o.channel === 'form' && o.submission).length;
  out.push(
    `Assessment jateng-2026 (Central Java Local MGI 2026): ${result.outcomes.length} agencies registered, ` +
      `${submitted} submitted (${byForm} by web form), ${rejected} uploads rejected first and corrected, ` +
      `${missing.length} missing: ${missing.join(', ')}`,
  );
  const failed = result.outcomes.filter((o) => o.error);
  for (const o of failed) out.push(`  ! ${o.code}: ${o.error}`);
  const summary = result.summary as SummaryView | null;
  if (summary?.domains) {
    out.push('', 'Domain scores (100 = every indicator met by consensus):');
    for (const d of summary.domains) {
      const score = d.score === null ? '  —  ' : d.score.toFixed(1).padStart(5);
      out.push(
        `  ${d.id}  ${score}  ${domainName(d.name).padEnd(40)} highlights ${d.highlights.join(' ') || '—'} · gaps ${d.gaps.join(' ') || '—'}`,
      );
    }
    const disputed = (summary.indicators ?? []).filter((i) => i.disagreement).map((i) => i.id);
    out.push(
      `  ${disputed.length} indicators where some agencies say yes and others no (for the focus group).`,
    );
  } else {
    out.push('', 'The summary is not available from this service yet (aggregation answered with an error).');
  }
  if (result.review) out.push('', ...reviewLines(result.review));
  out.push('', 'Where to look:');
  if (dashboard) out.push(`  Dashboard:            ${dashboard}  (sign in with the admin token)`);
  out.push(`  Summary (JSON):       ${url}/api/assessments/jateng-2026/summary`);
  out.push(
    `  Consolidated (xlsx):  ${url}/api/assessments/jateng-2026/consolidated.xlsx?lang=en  (or lang=id)`,
  );
  out.push(
    '                        e.g. curl -H "Authorization: Bearer $MGI_TOKEN" -o consolidated.xlsx <that URL>',
  );
  for (const file of result.files.consolidated) out.push(`  Saved workbook:       ${file}`);
  out.push(`  Roster used:          ${result.files.roster}`);
  out.push(`  Agencies' files:      ${result.files.inbox}`);
  out.push(
    `                        try: npx mgi bulk-upload ${result.files.inbox} --assessment jateng-2026 --url ${url}`,
  );
  out.push(
    '                        (the good files come back as duplicates, the first attempts as rejected)',
  );
  return `${out.join('\n')}\n`;
}

/** What the second half of the demo did: reviews, the deadline, the consultation round. */
export function reviewLines(r: DemoReviewResult): string[] {
  const lines = [
    `Review: ${r.returned.length} submissions returned with comments (${r.returned.join(', ') || '—'}), ` +
      `${r.fixed.length} fixed by the agency, ${r.accepted.length} accepted; the others wait as received.`,
    `Deadline: ${r.deadline ?? 'not set'}.`,
    r.roundCloses
      ? `Consultation round open until ${r.roundCloses}: ${r.comments} comments from agencies.`
      : `Consultation: ${r.comments} comments added to the round already open.`,
  ];
  for (const e of r.errors) lines.push(`  ! ${e}`);
  return lines;
}
