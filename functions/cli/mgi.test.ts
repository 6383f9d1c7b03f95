import { describe, expect, it } from 'vitest';
import { main } from './mgi.js';

function bufferIo() {
  const io = { stdout: '', stderr: '' };
  const cli = {
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
    cwd: process.cwd(),
  };
  return { io, cli };
}

describe('mgi <command> --help', () => {
  it.each(['template', 'validate', 'import-agencies', 'bulk-upload', 'admin-token', 'aggregate', 'report'])(
    'prints the usage of %s and exits 0',
    async (name) => {
      const { io, cli } = bufferIo();
      expect(await main([name, '--help'], cli)).toBe(0);
      expect(io.stdout).toContain(`Usage: mgi ${name}`);
      expect(io.stderr).toBe('');
    },
  );

  it('still refuses an unknown option given with --help (exit 2)', async () => {
    const { io, cli } = bufferIo();
    expect(await main(['template', '--help', '--bogus'], cli)).toBe(2);
    expect(io.stderr).toContain('mgi template:');
  });
});
