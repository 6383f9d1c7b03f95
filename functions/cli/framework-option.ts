import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { builtInFrameworkIds, type Framework, getBuiltInFramework } from '../../shared/core/framework.js';
import { parseFrameworkJson, parseFrameworkWorkbook } from '../../shared/core/framework-loader.js';
import type { Lang } from '../../shared/core/types.js';
import { UsageError } from './cli-command.js';

/**
 * The framework a `--framework` option names: a built-in id (`local-mgi`) or the path of a
 * framework `.json` or `.xlsx`. A file that fails validation throws its AppError; a name that is
 * neither is a usage error.
 */
export async function loadFrameworkOption(value: string, cwd: string, lang: Lang): Promise<Framework> {
  const builtIn = getBuiltInFramework(value);
  if (builtIn) return builtIn;
  const path = resolve(cwd, value);
  const lower = value.toLowerCase();
  if (!lower.endsWith('.json') && !lower.endsWith('.xlsx')) {
    throw new UsageError(
      `unknown framework "${value}": use a built-in id (${builtInFrameworkIds().join(', ')}) or a .json or .xlsx file`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UsageError(`cannot read framework file ${value}`);
  }
  if (lower.endsWith('.json')) return parseFrameworkJson(bytes.toString('utf8'), { lang });
  return parseFrameworkWorkbook(new Uint8Array(bytes), { lang });
}
