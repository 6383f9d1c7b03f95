import { describe, expect, it } from 'vitest';
import { type FileResult, formatSummary, formatTable, Progress } from './bulk-upload-report.js';

const rejected: FileResult = {
  file: 'dinkes-clp.xlsx',
  agency: 'DINKES-CLP',
  status: 'rejected',
  problems: [
    { cell: 'D5', code: 'answer.invalid', message: '' },
    { cell: 'F9', code: 'justification.too_short', message: '' },
    { cell: 'F12', code: 'justification.too_short', message: '' },
  ],
  totalProblems: 7,
};
const accepted: FileResult = {
  file: 'bpbd.xlsx',
  agency: 'BPBD',
  status: 'accepted',
  submissionId: 's1',
  problems: [],
  totalProblems: 0,
};

describe('bulk-upload report', () => {
  it('redraws one bar line on a terminal and clears it at the end', () => {
    let out = '';
    const progress = new Progress(
      2,
      (t) => {
        out += t;
      },
      true,
    );
    progress.tick(accepted);
    progress.tick(rejected);
    progress.finish();
    expect(out).not.toContain('\n');
    expect(out).toContain('[##############..............] 1/2 bpbd.xlsx');
    expect(out).toContain('[############################] 2/2 dinkes-clp.xlsx');
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes plain lines when stderr is not a terminal', () => {
    let out = '';
    const progress = new Progress(
      2,
      (t) => {
        out += t;
      },
      false,
    );
    progress.tick(accepted);
    progress.tick(rejected);
    progress.finish();
    expect(out).toBe('[1/2] bpbd.xlsx: accepted\n[2/2] dinkes-clp.xlsx: rejected\n');
  });

  it('lists the first three problems with cell and code, the rest as a count', () => {
    expect(formatTable([accepted, rejected]).split('\n')).toEqual([
      'FILE             AGENCY      RESULT    DETAILS',
      'bpbd.xlsx        BPBD        accepted  submission s1',
      'dinkes-clp.xlsx  DINKES-CLP  rejected  D5 answer.invalid; F9 justification.too_short; F12 justification.too_short (+4 more)',
      '',
    ]);
    expect(formatSummary([accepted, rejected], 0)).toBe(
      '2 files: 1 accepted, 0 duplicate, 1 rejected, 0 unknown agency, 0 not a template\n',
    );
  });
});
