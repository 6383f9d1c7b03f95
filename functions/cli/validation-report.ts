import type { AnswerCounts, Issue, Lang, NormalizedResponse, TemplateMeta } from '../../shared/core/types.js';

/** What `mgi validate --json` prints. */
export interface ValidationReport {
  ok: boolean;
  /** Set when the file could not be read as a template at all (its code is also the one issue). */
  error?: { code: string; message: string };
  issues: Issue[];
  totalIssues: number;
  warnings: Issue[];
  counts: AnswerCounts | null;
  responses: NormalizedResponse[];
  meta: TemplateMeta | null;
  lang: Lang | null;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.min(40, Math.max(...rows.map((r) => (r[c] ?? '').length))));
  return rows
    .map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  '))
    .join('\n');
}

function issueRows(issues: Issue[]): string[][] {
  return [
    ['CELL', 'INDICATOR', 'CODE', 'MESSAGE'],
    ...issues.map((i) => [
      i.cell ? `${i.sheet ?? ''}!${i.cell}` : (i.sheet ?? '-'),
      i.indicatorId ?? '-',
      i.code,
      i.message,
    ]),
  ];
}

/** The human-readable form of a validation report. */
export function formatReport(file: string, report: ValidationReport): string {
  const lines: string[] = [];
  if (report.ok) {
    const c = report.counts;
    lines.push(`${file}: valid`);
    if (c) {
      lines.push(
        `answers: yes ${c.yes}, partially ${c.partially}, no ${c.no}, don't know ${c.dont_know}, not applicable ${c.not_applicable}, unanswered ${c.unanswered}`,
      );
    }
  } else {
    const more = report.totalIssues > report.issues.length ? ` (first ${report.issues.length} shown)` : '';
    lines.push(`${file}: ${report.totalIssues} problem${report.totalIssues === 1 ? '' : 's'}${more}`, '');
    lines.push(table(issueRows(report.issues)));
  }
  if (report.warnings.length > 0) {
    lines.push('', `${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}:`);
    lines.push(table(issueRows(report.warnings)));
  }
  return `${lines.join('\n')}\n`;
}
