import { isAppError } from '../../shared/core/app-error.js';
import { processEnvironment } from '../config.js';
import { type CliCommand, type CliIo, EXIT, HelpRequested, printFailure, UsageError } from './cli-command.js';
import { adminTokenCommand } from './commands/admin-token.js';
import { aggregateCommand } from './commands/aggregate.js';
import { bulkUploadCommand } from './commands/bulk-upload.js';
import { importAgenciesCommand } from './commands/import-agencies.js';
import { reportCommand } from './commands/report.js';
import { templateCommand } from './commands/template-command.js';
import { validateCommand } from './commands/validate-command.js';
import type { ServiceIo } from './service-client.js';

/** Every `mgi` command by name; a new command is one file under commands/ and one line here. */
const COMMANDS: ReadonlyMap<string, CliCommand> = new Map(
  [
    templateCommand,
    validateCommand,
    importAgenciesCommand,
    bulkUploadCommand,
    adminTokenCommand,
    aggregateCommand,
    reportCommand,
  ].map((command) => [command.name, command]),
);

function help(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((name) => name.length));
  const list = [...COMMANDS.values()].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: mgi <command> [options]

The mgi-collect command line: offline tools (template, validate) and coordinator tools that
talk to a running service (MGI_URL, MGI_TOKEN) or a deployed table.

Commands:
${list}

Run "mgi <command> --help" for the options of a command.
`;
}

const processIo: ServiceIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: processEnvironment(),
  errIsTTY: process.stderr.isTTY === true,
};

/**
 * Runs `mgi` with the arguments after the program name; resolves to the exit code
 * (0 ok, 1 the input has problems, 2 usage error).
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    io.err(`mgi: unknown command "${name}"\n\n${help()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.out(`${command.usage}\n`);
      return EXIT.ok;
    }
    if (error instanceof UsageError) {
      io.err(`mgi ${name}: ${error.message}\n\n${command.usage}\n`);
      return EXIT.usage;
    }
    if (isAppError(error)) {
      printFailure(io, name, error);
      return EXIT.problems;
    }
    throw error;
  }
}
