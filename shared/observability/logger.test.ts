import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, NO_REQUEST_ID, withRequestContext } from './logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  let raw = '';
  const destination = new Writable({
    write(chunk, _enc, done) {
      raw += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, destination, raw: () => raw };
}

const TOKEN = 'mgi_Zq3xT0kenValue_1234567890abcdef';

describe('createLogger', () => {
  it('writes JSON lines with the request id of the running request, also after an await', async () => {
    const out = capture();
    const log = createLogger({ destination: out.destination });
    log.info('starting');
    await withRequestContext({ requestId: 'req-42' }, async () => {
      log.info({ route: '/api/health' }, 'request');
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.child({ component: 'store' }).warn('slow query');
    });
    expect(out.lines.map((l) => [l.requestId, l.msg, l.level])).toEqual([
      [NO_REQUEST_ID, 'starting', 'info'],
      ['req-42', 'request', 'info'],
      ['req-42', 'slow query', 'warn'],
    ]);
    expect(out.lines[2]!.component).toBe('store');
    expect(typeof out.lines[0]!.time).toBe('string');
  });

  it('never writes a token, an authorization header or file bytes, wherever they appear', () => {
    const out = capture();
    const log = createLogger({ destination: out.destination });
    log.info(
      {
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        url: `/api/x?token=${TOKEN}`,
        nested: { adminToken: TOKEN, note: `rotated to ${TOKEN}` },
        file: new Uint8Array([80, 75, 3, 4]),
        body: 'PK\u0003\u0004 secret workbook',
      },
      `issued ${TOKEN}`,
    );
    log.error({ err: new Error(`bad header Bearer ${TOKEN}`) }, 'failed');
    log.child({ token: TOKEN }).info('child');
    expect(out.raw()).not.toContain('Zq3xT0ken');
    expect(out.raw()).not.toContain('secret workbook');
    const [first, second] = out.lines;
    expect(first!.msg).toBe('issued mgi_[redacted]');
    expect(first!.headers).toEqual({ authorization: '[redacted]', 'content-type': 'application/json' });
    expect(first!.file).toBe('[redacted]');
    expect((first!.nested as Record<string, string>).note).toBe('rotated to mgi_[redacted]');
    expect((second!.err as Record<string, string>).message).toBe('bad header Bearer [redacted]');
  });
});
