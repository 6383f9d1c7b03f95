import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isAppError } from '../../../shared/core/app-error.js';
import { mapWithConcurrency } from '../../../shared/core/concurrency.js';
import { readMetaSheet } from '../../../shared/core/template/meta-sheet.js';
import type { TemplateMeta } from '../../../shared/core/types.js';
import { openSubmissionWorkbook } from '../../../shared/core/workbook/open-submission-workbook.js';
import {
  countStatuses,
  type FileResult,
  formatSummary,
  formatTable,
  isSettled,
  Progress,
} from '../bulk-upload-report.js';
import { type CliCommand, EXIT, parseCommandArgs, required, UsageError } from '../cli-command.js';
import {
  SERVICE_OPTIONS,
  SERVICE_USAGE,
  type ServiceClient,
  type ServiceIo,
  serviceFromOptions,
} from '../service-client.js';

const USAGE = `Usage: mgi bulk-upload DIR --assessment A [options]

Uploads every .xlsx template in DIR (e.g. the attachments agencies sent by e-mail) to a running
service. Each file's hidden metadata names its agency; the coordinator's token uploads on its
behalf. Safe to run twice: a file already received is reported as a duplicate.
Exit code: 0 no file was rejected, 1 some file was rejected, 2 usage error.

Options:
  --assessment A   the assessment (required)
${SERVICE_USAGE}
  --concurrency N  uploads at a time (default 3)
  --json           print { assessment, files: [...], counts } as JSON`;

const OPTIONS = {
  assessment: { type: 'string' },
  ...SERVICE_OPTIONS,
  concurrency: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const WORKBOOK_FILE = /\.xls[xm]?$/i;
// Office lock files (~$name.xlsx) and hidden files are never attachments.
const SKIPPED_FILE = /^(~\$|\.)/;

/** What the hidden metadata sheet of a file says, or the reason it is not a template. */
export async function readTemplateMeta(
  bytes: Uint8Array,
): Promise<TemplateMeta | { code: string; message: string }> {
  try {
    const workbook = await openSubmissionWorkbook(bytes);
    const reading = readMetaSheet(workbook);
    if (reading.status === 'ok') return reading.meta;
    if (reading.status === 'newer') {
      return {
        code: 'template.unsupported_version',
        message: `template version ${reading.version} is newer than this tool`,
      };
    }
    return { code: 'template.no_metadata', message: 'the workbook has no mgi-collect template metadata' };
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    return { code: 'upload.unreadable', message: 'the workbook cannot be read' };
  }
}

async function processFile(
  client: ServiceClient,
  assessment: string,
  registered: Set<string>,
  dir: string,
  file: string,
): Promise<FileResult> {
  const base = { file, agency: null, problems: [], totalProblems: 0 };
  const bytes = new Uint8Array(await readFile(join(dir, file)));
  const meta = await readTemplateMeta(bytes);
  if (!('agencyCode' in meta)) {
    // An oversized workbook is refused before its metadata is read; the service would reject it too.
    const status = meta.code === 'upload.too_many_rows' ? 'rejected' : 'not-a-template';
    return { ...base, status, problems: [{ cell: null, ...meta }], totalProblems: 1 };
  }
  const agency = meta.agencyCode.toUpperCase();
  if (meta.assessmentId !== assessment) {
    const message = `the template is for assessment ${meta.assessmentId}, not ${assessment}`;
    return {
      ...base,
      agency,
      status: 'rejected',
      problems: [{ cell: null, code: 'template.wrong_assessment', message }],
      totalProblems: 1,
    };
  }
  if (!registered.has(agency)) {
    const message = `agency ${agency} is not registered in ${assessment}`;
    return {
      ...base,
      agency,
      status: 'unknown-agency',
      problems: [{ cell: null, code: 'agency.not_found', message }],
      totalProblems: 1,
    };
  }
  const res = await client.uploadWorkbook(assessment, bytes, { agency });
  if (res.ok) {
    return {
      ...base,
      agency,
      status: res.status === 201 ? 'accepted' : 'duplicate',
      submissionId: res.data.submission.id,
      httpStatus: res.status,
    };
  }
  const { error } = res;
  const problems = (
    error.issues.length > 0 ? error.issues : [{ cell: null, code: error.code, message: error.message }]
  )
    .slice(0, 3)
    .map((i) => ({ cell: i.cell, code: i.code, message: i.message }));
  const totalProblems = Math.max(error.totalIssues ?? error.issues.length, problems.length);
  const status =
    error.code === 'agency.not_found' ? 'unknown-agency' : res.status === 415 ? 'not-a-template' : 'rejected';
  return { ...base, agency, status, httpStatus: res.status, problems, totalProblems };
}

/** `mgi bulk-upload`: a folder of e-mailed templates → submissions, with progress and a report. */
export const bulkUploadCommand: CliCommand = {
  name: 'bulk-upload',
  summary: 'upload a folder of filled templates, matching each to its agency by its metadata',
  usage: USAGE,
  async run(argv, io: ServiceIo) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, 1);
    const dirArg = positionals[0];
    if (!dirArg) throw new UsageError('missing DIR');
    const assessment = required(values.assessment, 'assessment');
    const concurrency = values.concurrency === undefined ? 3 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
      throw new UsageError('--concurrency must be a whole number from 1 to 16');
    }
    const client = serviceFromOptions(values, io);
    const dir = resolve(io.cwd, dirArg);
    const listing = await readdir(dir, { withFileTypes: true }).catch(() => {
      throw new UsageError(`cannot read the folder ${dirArg}`);
    });
    const names = listing.filter((e) => e.isFile() && !SKIPPED_FILE.test(e.name)).map((e) => e.name);
    const files = names.filter((n) => WORKBOOK_FILE.test(n)).sort();
    const ignored = names.length - files.length;

    const agencies = await client.listAgencies(assessment);
    if (!agencies.ok) {
      io.err(`mgi bulk-upload: ${agencies.error.code}: ${agencies.error.message}\n`);
      return EXIT.problems;
    }
    const registered = new Set(agencies.data.agencies.map((a) => a.code));

    const progress = new Progress(files.length, io.err, io.errIsTTY === true);
    const results = await mapWithConcurrency(files, concurrency, async (file) => {
      const result = await processFile(client, assessment, registered, dir, file);
      progress.tick(result);
      return result;
    });
    progress.finish();

    if (values.json) {
      const counts = countStatuses(results);
      io.out(`${JSON.stringify({ assessment, files: results, counts, ignored }, null, 2)}\n`);
    } else {
      if (results.length > 0) io.out(formatTable(results));
      io.out(formatSummary(results, ignored));
    }
    return results.every((r) => isSettled(r.status)) ? EXIT.ok : EXIT.problems;
  },
};
