import { parseArgs } from 'node:util';
import type { Issue } from '../../shared/core/types.js';

/** Exit codes of `mgi` (PRODUCT.md "Running"). */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Where a command writes; the real streams in `main`, buffers in unit tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
}

/** One `mgi` command. Add a file under commands/ and register it in mgi.ts. */
export interface CliCommand {
  name: string;
  /** One line for `mgi --help`. */
  summary: string;
  /** Full usage text for `mgi <command> --help` and usage errors. */
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** `--help` was asked for: `main` prints the command's usage, exit code 0. */
export class HelpRequested extends Error {
  override readonly name = 'HelpRequested';
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
type WithHelp<T extends OptionSpec> = T & { help: { type: 'boolean'; short: 'h' } };
type ParsedArgs<T extends OptionSpec> = ReturnType<
  typeof parseArgs<{ args: string[]; options: WithHelp<T>; allowPositionals: true; strict: true }>
>;

/**
 * Parses a command's arguments strictly (unknown options and missing values are usage errors).
 * `--help` is always accepted: it throws {@link HelpRequested}, so no command handles it itself.
 */
export function parseCommandArgs<T extends OptionSpec>(
  argv: string[],
  options: T,
  maxPositionals = 0,
): ParsedArgs<T> {
  let parsed: ParsedArgs<T>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<T>,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument: ${parsed.positionals[maxPositionals]}`);
  }
  if ((parsed.values as { help?: boolean }).help) throw new HelpRequested();
  return parsed;
}

/** The value of a required string option, or a usage error naming it. */
export function required(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`missing --${name}`);
  return value;
}

/** `en` or `id`, or a usage error. */
export function langOption(value: string | boolean | undefined, fallback: 'en' | 'id'): 'en' | 'id' {
  if (value === undefined) return fallback;
  if (value === 'en' || value === 'id') return value;
  throw new UsageError(`--lang must be en or id, not ${String(value)}`);
}

/** Where an issue is: `Sheet!A1`, the sheet or cell alone, or `-`. */
export function issuePlace(issue: Pick<Issue, 'sheet' | 'cell'>): string {
  return [issue.sheet, issue.cell].filter(Boolean).join('!') || '-';
}

/** Prints a failure on stderr: `mgi <command>: code: message`, then its first 50 issues. */
export function printFailure(
  io: CliIo,
  command: string,
  failure: { code: string; message: string; issues: readonly Issue[] },
): void {
  io.err(`mgi ${command}: ${failure.code}: ${failure.message}\n`);
  for (const issue of failure.issues.slice(0, 50))
    io.err(`  ${issuePlace(issue)}  ${issue.code}  ${issue.message}\n`);
}
