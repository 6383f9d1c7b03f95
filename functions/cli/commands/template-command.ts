import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generateTemplate } from '../../../shared/core/template/generate-template.js';
import { type CliCommand, EXIT, langOption, parseCommandArgs, required } from '../cli-command.js';
import { loadFrameworkOption } from '../framework-option.js';

const USAGE = `Usage: mgi template --assessment A --agency C --out FILE.xlsx [options]

Writes the Excel template of one agency for one assessment.

Options:
  --framework F         built-in framework id or a framework .json/.xlsx file (default: local-mgi)
  --assessment A        assessment id (written into the hidden metadata sheet)
  --assessment-name N   assessment name shown in the template (default: the id)
  --agency C            agency code (written into the hidden metadata sheet)
  --agency-name N       agency name shown in the template (default: the code)
  --lang en|id          template language (default: en)
  --out FILE.xlsx       where to write the template`;

const OPTIONS = {
  framework: { type: 'string' },
  assessment: { type: 'string' },
  'assessment-name': { type: 'string' },
  agency: { type: 'string' },
  'agency-name': { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
} as const;

/** `mgi template`: generate a template file offline. */
export const templateCommand: CliCommand = {
  name: 'template',
  summary: 'write the Excel template of an agency for an assessment',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, OPTIONS);
    const lang = langOption(values.lang, 'en');
    const assessmentId = required(values.assessment, 'assessment');
    // Agency codes are stored upper-case: `dinkes` is `DINKES`.
    const agencyCode = required(values.agency, 'agency').trim().toUpperCase();
    const out = required(values.out, 'out');
    const framework = await loadFrameworkOption(values.framework ?? 'local-mgi', io.cwd, lang);
    const bytes = await generateTemplate({
      framework,
      assessment: { id: assessmentId, name: values['assessment-name'] ?? assessmentId },
      agency: { code: agencyCode, name: values['agency-name'] ?? agencyCode },
      lang,
    });
    await writeFile(resolve(io.cwd, out), bytes);
    io.out(
      `wrote ${out} (${framework.id} ${framework.version}, ${framework.indicators.length} indicators, ${lang}, ${bytes.length} bytes)\n`,
    );
    return EXIT.ok;
  },
};
