import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Lang } from '../../../shared/core/types.js';
import { assessmentReportDocx } from '../../app/services/report.js';
import { openLocalDeps } from '../../composition/local.js';
import { type CliCommand, EXIT, langOption, parseCommandArgs, required, UsageError } from '../cli-command.js';
import { SERVICE_OPTIONS, SERVICE_USAGE, type ServiceIo, serviceFromOptions } from '../service-client.js';
import { assertNotLocked } from './aggregate.js';

const USAGE = `Usage: mgi report --assessment A [--lang en|id] --out FILE.docx [where]

Writes the draft Local MGI report (Word) of assessment A: validated answers, highlights and the
regulations, programmes and practices the agencies cited, with both annexes.
Exit code: 0 written, 1 the service refused (e.g. unknown assessment), 2 usage error.

Where (one of):
${SERVICE_USAGE}
  --data-dir DIR   the local service's data folder, while that service is stopped

Options:
  --assessment A   the assessment
  --lang en|id     the report's language (default en)
  --out FILE       where to write the .docx`;

const OPTIONS = {
  assessment: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  ...SERVICE_OPTIONS,
  'data-dir': { type: 'string' },
} as const;

/** Through a running service: `GET /api/assessments/:aid/report.docx`. */
async function viaService(
  values: { url?: string; token?: string },
  assessment: string,
  lang: Lang,
  io: ServiceIo,
) {
  const client = serviceFromOptions(values, io, 'http://localhost:3000');
  const res = await client.request<Uint8Array>(
    'GET',
    `/api/assessments/${encodeURIComponent(assessment)}/report.docx?lang=${lang}`,
    { binary: true },
  );
  if (!res.ok) {
    io.err(`${res.error.code}: ${res.error.message}\n`);
    return null;
  }
  return res.data;
}

/** Offline, on the stopped local service's folder (DIR/db and DIR/archive). */
async function viaDataDir(dataDir: string, assessment: string, lang: Lang) {
  const dbPath = join(dataDir, 'db');
  if (!existsSync(dbPath)) throw new UsageError(`no local data in ${dataDir} (no db folder there)`);
  await assertNotLocked(dbPath);
  const local = await openLocalDeps({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, { storeInWorker: false });
  try {
    return await assessmentReportDocx(local.deps, assessment, lang);
  } finally {
    await local.close();
  }
}

/** `mgi report`: the draft report as a .docx file, through the service or from a stopped local folder. */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'write the draft Local MGI report (Word, English or Indonesian)',
  usage: USAGE,
  async run(argv, io: ServiceIo) {
    const { values } = parseCommandArgs(argv, OPTIONS);
    const assessment = required(values.assessment, 'assessment');
    const out = resolve(io.cwd, required(values.out, 'out'));
    const lang = langOption(values.lang, 'en');
    if (values['data-dir'] !== undefined && (values.url !== undefined || values.token !== undefined))
      throw new UsageError('choose one of --url/--token or --data-dir');
    const bytes =
      values['data-dir'] !== undefined
        ? await viaDataDir(resolve(io.cwd, values['data-dir']), assessment, lang)
        : await viaService(values, assessment, lang, io);
    if (!bytes) return EXIT.problems;
    await writeFile(out, bytes);
    io.err(`wrote ${out} (${Math.round(bytes.byteLength / 1024)} KB)\n`);
    return EXIT.ok;
  },
};
