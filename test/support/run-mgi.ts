/** Runs the `mgi` CLI in-process with buffered output streams, as the CLI integration tests need. */
import { tmpdir } from 'node:os';
import { main } from '../../functions/cli/mgi.js';
import type { ServiceIo } from '../../functions/cli/service-client.js';

/** What one `mgi` run printed and its exit code. */
export interface MgiRun {
  code: number;
  out: string;
  err: string;
}

/** Where and how the run happens: working folder (default the temp folder), environment, TTY. */
export interface MgiRunOptions {
  cwd?: string;
  env?: Record<string, string>;
  errIsTTY?: boolean;
}

/** Runs `mgi argv...` and returns its exit code with everything written to stdout and stderr. */
export async function runMgi(argv: string[], options: MgiRunOptions = {}): Promise<MgiRun> {
  let out = '';
  let err = '';
  const io: ServiceIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    cwd: options.cwd ?? tmpdir(),
    env: options.env ?? {},
    ...(options.errIsTTY === undefined ? {} : { errIsTTY: options.errIsTTY }),
  };
  const code = await main(argv, io);
  return { code, out, err };
}
