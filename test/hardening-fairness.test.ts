/**
 * Issue 17, fairness: one agency may have two parses in flight; its third upload is refused at
 * once with 429 `upload.busy` and a Retry-After, stores nothing, and another agency's upload is
 * not held up by it. The parses are held open by an explicit latch (no sleeps): the real parser
 * runs once the test releases it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParseWorkbook } from '../functions/app/deps.js';
import { parseSubmissionWorkbook } from '../shared/core/workbook/parse-submission.js';
import { XLSX_CONTENT_TYPE } from '../shared/core/xlsx.js';
import { createAssessment, registerAgency } from './support/assessment-setup.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { startTestService, type TestService } from './support/test-service.js';
import { answerRows, filledWorkbook } from './support/workbooks.js';

const AID = 'fair-2026';

let backend: DynamoBackend;
let service: TestService;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  backend = await startDynaliteBackend();
  service = await startTestService(backend);
  await createAssessment(service, AID);
  for (const code of ['DINKES', 'BAPPEDA']) {
    tokens[code] = await registerAgency(service, AID, { code, name: code, level: 'provincial' });
  }
});

afterAll(async () => {
  await service?.close();
  await backend?.close();
});

/** A parser whose DINKES parses wait for `release()`; `entered(n)` resolves once n of them wait. */
function latchedParser() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let waiting = 0;
  const watchers: { n: number; resolve: () => void }[] = [];
  const parse: ParseWorkbook = async (bytes, options) => {
    if (options.expected?.agencyCode === 'DINKES') {
      waiting += 1;
      for (const w of watchers) if (waiting >= w.n) w.resolve();
      await released;
    }
    return parseSubmissionWorkbook(bytes, options);
  };
  const entered = (n: number) =>
    new Promise<void>((resolve) => {
      if (waiting >= n) resolve();
      else watchers.push({ n, resolve });
    });
  return { parse, release, entered };
}

const upload = (code: string, bytes: Uint8Array) =>
  service.call('POST', `/api/assessments/${AID}/submissions`, {
    token: tokens[code],
    headers: { 'content-type': XLSX_CONTENT_TYPE },
    body: bytes as Uint8Array<ArrayBuffer>,
  });

describe('parses in flight per agency', () => {
  it('the third upload of one agency is 429 upload.busy with Retry-After; another agency is served', async () => {
    const latch = latchedParser();
    service.deps.parseWorkbook = latch.parse;
    const files = await Promise.all(
      ['a', 'b', 'c'].map((seed) =>
        filledWorkbook({ assessmentId: AID, agencyCode: 'DINKES', rows: answerRows(seed) }),
      ),
    );
    const first = upload('DINKES', files[0]!);
    const second = upload('DINKES', files[1]!);
    await latch.entered(2);

    const itemsBefore = await service.scanAll();
    const busy = await upload('DINKES', files[2]!);
    const body = (await busy.json()) as { error: { code: string; message: string } };
    expect(busy.status, JSON.stringify(body)).toBe(429);
    expect(body.error.code).toBe('upload.busy');
    expect(busy.headers.get('retry-after')).toBe('2');
    // Nothing stored but the refusal's audit entry.
    const notAudit = (items: Awaited<ReturnType<TestService['scanAll']>>) =>
      items.filter((item) => !String(item.PK?.S ?? '').startsWith('AUDIT#'));
    expect(notAudit(await service.scanAll())).toEqual(notAudit(itemsBefore));

    // Another agency's upload goes through while DINKES's two are still held.
    const other = await upload(
      'BAPPEDA',
      await filledWorkbook({ assessmentId: AID, agencyCode: 'BAPPEDA', rows: answerRows('x') }),
    );
    expect(other.status, await other.clone().text()).toBe(201);

    latch.release();
    expect((await first).status).toBe(201);
    expect((await second).status).toBe(201);
    // Once they are done, the agency may upload again.
    expect((await upload('DINKES', files[2]!)).status).toBe(201);
    service.deps.parseWorkbook = undefined;
  });
});

describe('the parse pool (the local service opens every workbook there)', () => {
  it('reads a roster, marks up a rejected file and refuses a hostile one, errors as AppErrors', async () => {
    const { startParsePool } = await import('../functions/local/parse-pool.js');
    const { writeRosterWorkbook } = await import('../shared/core/roster/write-roster.js');
    const { parseRosterWorkbook } = await import('../shared/core/roster/parse-roster.js');
    const { hyperlinkBomb } = await import('./fixtures/hostile-files.js');
    const { FRAMEWORK } = await import('./support/workbooks.js');
    const pool = startParsePool();
    try {
      const roster = await writeRosterWorkbook({
        rows: [{ code: 'DINKES', name: 'Dinas Kesehatan', level: 'provincial', phone: '+62 812 3456' }],
        lang: 'en',
      });
      const inPool = await pool.roster(roster, { assessmentId: AID, lang: 'en' });
      expect(inPool).toEqual(await parseRosterWorkbook(roster, { lang: 'en' }));
      expect(inPool.agencies[0]).toMatchObject({ code: 'DINKES', phone: '+62 812 3456' });

      const rows = answerRows('pool');
      rows[0] = { ...rows[0]!, answer: 'Perhaps' };
      const rejected = await filledWorkbook({ assessmentId: AID, agencyCode: 'DINKES', rows });
      const options = {
        framework: FRAMEWORK,
        expected: { assessmentId: AID, agencyCode: 'DINKES' },
        lang: 'en' as const,
      };
      const annotated = await pool.annotate(rejected, options);
      expect(annotated.length).toBeGreaterThan(0);

      const { AppError } = await import('../shared/core/app-error.js');
      const refused = await pool.annotate(await hyperlinkBomb(), options).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'upload.too_complex', status: 422 });
    } finally {
      await pool.close();
    }
  }, 120_000);
});
