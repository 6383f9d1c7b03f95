import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isAppError } from '../../../shared/core/app-error.js';
import { appErrorMessage, publicIssue } from '../../../shared/core/errors/index.js';
import { getBuiltInFramework } from '../../../shared/core/framework.js';
import type { Issue } from '../../../shared/core/types.js';
import { parseSubmissionWorkbook } from '../../../shared/core/workbook/parse-submission.js';
import { type CliCommand, EXIT, langOption, parseCommandArgs, UsageError } from '../cli-command.js';
import { loadFrameworkOption } from '../framework-option.js';
import { formatReport, type ValidationReport } from '../validation-report.js';

const USAGE = `Usage: mgi validate FILE.xlsx [options]

Checks a filled template without a server, as an upload would be checked.
Exit code: 0 valid, 1 the file has problems, 2 usage error.

Options:
  --assessment A   the assessment the file must belong to
  --agency C       the agency the file must belong to
  --framework F    built-in framework id or a framework .json/.xlsx file
                   (default: the built-in framework the file names)
  --lang en|id     language of messages when the file does not say (default: en)
  --json           print { ok, issues, totalIssues, warnings, counts, responses, meta, lang }`;

const OPTIONS = {
  assessment: { type: 'string' },
  agency: { type: 'string' },
  framework: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** The report of a file that could not be parsed at all (container, metadata, structure). */
function failedReport(code: string, message: string, issues: Issue[], totalIssues: number): ValidationReport {
  const listed =
    issues.length > 0 ? issues : [{ sheet: null, cell: null, indicatorId: null, field: null, code, message }];
  return {
    ok: false,
    error: { code, message },
    issues: listed,
    totalIssues: Math.max(totalIssues, listed.length),
    warnings: [],
    counts: null,
    responses: [],
    meta: null,
    lang: null,
  };
}

/** `mgi validate`: parse and check a filled workbook offline. */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a filled template offline and list every problem with its cell',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, 1);
    const file = positionals[0];
    if (!file) throw new UsageError('missing FILE.xlsx');
    const lang = langOption(values.lang, 'en');
    let bytes: Buffer;
    try {
      bytes = await readFile(resolve(io.cwd, file));
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
    const framework = values.framework
      ? await loadFrameworkOption(values.framework, io.cwd, lang)
      : (id: string) => getBuiltInFramework(id);

    let report: ValidationReport;
    try {
      const parsed = await parseSubmissionWorkbook(new Uint8Array(bytes), {
        framework,
        expected: { assessmentId: values.assessment, agencyCode: values.agency },
        lang,
      });
      report = {
        ok: parsed.ok,
        issues: parsed.issues.map(publicIssue),
        totalIssues: parsed.totalIssues,
        warnings: parsed.warnings.map(publicIssue),
        counts: parsed.counts,
        responses: parsed.responses,
        meta: parsed.meta,
        lang: parsed.lang,
      };
    } catch (error) {
      if (!isAppError(error)) throw error;
      // In the file's language when the file says which, else the one asked for with --lang.
      const message = appErrorMessage(error, error.lang ?? lang);
      report = failedReport(error.code, message, error.issues.map(publicIssue), error.totalIssues);
    }
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(file, report));
    return report.ok ? EXIT.ok : EXIT.problems;
  },
};
