import { access, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseRosterWorkbook } from '../../../shared/core/roster/parse-roster.js';
import { type TokenSheetEntry, writeTokensWorkbook } from '../../../shared/core/roster/write-tokens.js';
import {
  type CliCommand,
  EXIT,
  issuePlace,
  langOption,
  parseCommandArgs,
  printFailure,
  required,
  UsageError,
} from '../cli-command.js';
import { SERVICE_OPTIONS, SERVICE_USAGE, type ServiceIo, serviceFromOptions } from '../service-client.js';

const USAGE = `Usage: mgi import-agencies ROSTER.xlsx --assessment A [options]

Registers the agencies of a roster workbook (columns code | name | level, or kode | nama | tingkat,
and optionally contact name | e-mail | phone, or narahubung | e-mail | telepon)
through the API of a running service, local or on AWS. New agencies get a token (shown only now);
agencies already registered are updated and keep their token.
Exit code: 0 every row registered, 1 some rows have problems or the service refused, 2 usage error.

Options:
  --assessment A   the assessment (required)
${SERVICE_USAGE}
  --out FILE.xlsx  write the tokens workbook for distribution (refuses to overwrite a file)
  --public-url URL the web pages' address for the sign-in links (default: the service URL)
  --lang en|id     language of the tokens workbook (default: the roster's)
  --json           print { created: [{code, token}], updated: [code], issues } as JSON`;

const OPTIONS = {
  assessment: { type: 'string' },
  ...SERVICE_OPTIONS,
  out: { type: 'string' },
  'public-url': { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
} as const;

async function ensureWritable(out: string): Promise<void> {
  const exists = await access(out).then(
    () => true,
    () => false,
  );
  if (exists) throw new UsageError(`${out} already exists: tokens are shown once, so choose a new file name`);
  await access(dirname(out)).catch(() => {
    throw new UsageError(`the folder of ${out} does not exist`);
  });
}

/** `mgi import-agencies`: roster workbook → registered agencies (+ tokens workbook). */
export const importAgenciesCommand: CliCommand = {
  name: 'import-agencies',
  summary: 'register the agencies of a roster workbook through the API and write their tokens',
  usage: USAGE,
  async run(argv, io: ServiceIo) {
    const { values, positionals } = parseCommandArgs(argv, OPTIONS, 1);
    const file = positionals[0];
    if (!file) throw new UsageError('missing ROSTER.xlsx');
    const assessment = required(values.assessment, 'assessment');
    const client = serviceFromOptions(values, io);
    const out = typeof values.out === 'string' ? resolve(io.cwd, values.out) : null;
    if (out) await ensureWritable(out);
    const bytes = new Uint8Array(
      await readFile(resolve(io.cwd, file)).catch(() => {
        throw new UsageError(`cannot read ${file}`);
      }),
    );

    const res = await client.importAgencies(assessment, bytes);
    if (!res.ok) {
      printFailure(io, 'import-agencies', res.error);
      return EXIT.problems;
    }
    const result = res.data;
    if (out) {
      // Names and levels come from the roster itself (already accepted by the service).
      const roster = await parseRosterWorkbook(bytes);
      const byCode = new Map(roster.agencies.map((a) => [a.code, a]));
      const tokens = new Map(result.created.map((c) => [c.code, c.token]));
      const entries: TokenSheetEntry[] = [...result.created.map((c) => c.code), ...result.updated].flatMap(
        (code) => {
          const agency = byCode.get(code);
          return agency
            ? [{ code, name: agency.name, level: agency.level, token: tokens.get(code) ?? null }]
            : [];
        },
      );
      const workbook = await writeTokensWorkbook({
        assessmentId: assessment,
        entries,
        lang: langOption(values.lang, roster.lang),
        publicUrl: typeof values['public-url'] === 'string' ? values['public-url'] : client.baseUrl,
        issues: result.issues,
      });
      await writeFile(out, workbook, { flag: 'wx' });
    }
    if (values.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else {
      for (const { code, token } of result.created)
        io.out(`created  ${code.padEnd(24)} ${out ? '' : token}\n`);
      for (const code of result.updated) io.out(`updated  ${code}\n`);
      for (const issue of result.issues)
        io.err(`problem  ${issuePlace(issue)}  ${issue.code}  ${issue.message}\n`);
      io.out(
        `${result.created.length} created, ${result.updated.length} updated, ${result.issues.length} rows with problems` +
          `${out ? ` — tokens written to ${out}` : ''}\n`,
      );
    }
    return result.issues.length > 0 ? EXIT.problems : EXIT.ok;
  },
};
