/** Progress and result presentation of `mgi bulk-upload`: bar or plain lines, table, summary. */

/** How one file of the folder ended. */
export type FileStatus = 'accepted' | 'duplicate' | 'rejected' | 'unknown-agency' | 'not-a-template';

export interface FileProblem {
  cell: string | null;
  code: string;
  message: string;
}

export interface FileResult {
  file: string;
  agency: string | null;
  status: FileStatus;
  submissionId?: string;
  httpStatus?: number;
  /** The first problems (at most 3), with the total count. */
  problems: FileProblem[];
  totalProblems: number;
}

export const STATUS_LABEL: Record<FileStatus, string> = {
  accepted: 'accepted',
  duplicate: 'duplicate',
  rejected: 'rejected',
  'unknown-agency': 'unknown agency',
  'not-a-template': 'not a template',
};

/** True for the outcomes that leave nothing to do (exit code 0 when every file is one). */
export function isSettled(status: FileStatus): boolean {
  return status === 'accepted' || status === 'duplicate';
}

/**
 * Progress on stderr: a redrawn bar on a terminal, one plain line per file otherwise (logs, CI),
 * so a pipe never fills with carriage returns.
 */
export class Progress {
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly tty: boolean,
  ) {}

  /** Records one finished file. */
  tick(result: FileResult): void {
    this.done += 1;
    if (!this.tty) {
      this.write(`[${this.done}/${this.total}] ${result.file}: ${STATUS_LABEL[result.status]}\n`);
      return;
    }
    const width = 28;
    const filled = Math.round((this.done / this.total) * width);
    const name = result.file.length > 40 ? `…${result.file.slice(-39)}` : result.file;
    this.write(
      `\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${name}`,
    );
  }

  /** Clears the bar line before the table is printed. */
  finish(): void {
    if (this.tty && this.total > 0) this.write('\r\x1b[2K');
  }
}

function details(result: FileResult): string {
  if (result.status === 'accepted') return `submission ${result.submissionId}`;
  if (result.status === 'duplicate') return `already received as submission ${result.submissionId}`;
  const shown = result.problems.map((p) => `${p.cell ? `${p.cell} ` : ''}${p.code}`).join('; ');
  const more = result.totalProblems - result.problems.length;
  return more > 0 ? `${shown} (+${more} more)` : shown;
}

/** The per-file table: file, agency, result, details (first problems with cell and code). */
export function formatTable(results: FileResult[]): string {
  const rows = [
    ['FILE', 'AGENCY', 'RESULT', 'DETAILS'],
    ...results.map((r) => [r.file, r.agency ?? '-', STATUS_LABEL[r.status], details(r)]),
  ];
  const widths = [0, 1, 2].map((i) => Math.min(48, Math.max(...rows.map((row) => row[i]!.length))));
  return `${rows
    .map((row) =>
      row
        .map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/** Counts per status. */
export function countStatuses(results: FileResult[]): Record<FileStatus, number> {
  const counts: Record<FileStatus, number> = {
    accepted: 0,
    duplicate: 0,
    rejected: 0,
    'unknown-agency': 0,
    'not-a-template': 0,
  };
  for (const r of results) counts[r.status] += 1;
  return counts;
}

/** The summary line, e.g. `12 files: 8 accepted, 2 duplicate, 1 rejected, 1 unknown agency, 0 not a template`. */
export function formatSummary(results: FileResult[], ignored: number): string {
  const counts = countStatuses(results);
  const parts = (Object.keys(counts) as FileStatus[]).map((s) => `${counts[s]} ${STATUS_LABEL[s]}`);
  const tail = ignored > 0 ? ` (${ignored} other file${ignored === 1 ? '' : 's'} ignored)` : '';
  return `${results.length} file${results.length === 1 ? '' : 's'}: ${parts.join(', ')}${tail}\n`;
}
