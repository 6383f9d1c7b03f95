/**
 * The parse pool of the local service: worker threads give the same result as a parse on the
 * app's thread, a rejected file comes back as the same AppError (code, status, cells), and jobs
 * still in a worker when the pool closes fail instead of waiting forever.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type ParsePool, startParsePool } from '../functions/local/parse-pool.js';
import { isAppError } from '../shared/core/app-error.js';
import { parseSubmissionWorkbook } from '../shared/core/workbook/parse-submission.js';
import { answerRows, FRAMEWORK, filledWorkbook } from './support/workbooks.js';

const pools: ParsePool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('parse pool', () => {
  it('parses in workers exactly as on the app thread, and sends AppErrors back whole', async () => {
    const pool = startParsePool(2);
    pools.push(pool);
    const bytes = await filledWorkbook({ assessmentId: 'pool', agencyCode: 'A1', rows: answerRows('p') });
    const options = { framework: FRAMEWORK, expected: { assessmentId: 'pool', agencyCode: 'A1' } };
    const here = await parseSubmissionWorkbook(bytes, options);
    const results = await Promise.all(Array.from({ length: 4 }, () => pool.parse(bytes, options)));
    for (const result of results) expect(result).toEqual(here);
    expect(here.ok).toBe(true);

    const wrongAgency = await pool
      .parse(bytes, { ...options, expected: { assessmentId: 'pool', agencyCode: 'B2' } })
      .catch((e: unknown) => e);
    expect(isAppError(wrongAgency)).toBe(true);
    expect(wrongAgency).toMatchObject({ code: 'template.wrong_agency', status: 422 });
    const notAWorkbook = await pool
      .parse(new TextEncoder().encode('plain text'), options)
      .catch((e: unknown) => e);
    expect(notAWorkbook).toMatchObject({ code: 'upload.not_a_workbook', status: 415 });
  });

  it('fails the jobs in flight when it closes, and every later one', async () => {
    const pool = startParsePool(1);
    pools.push(pool);
    const bytes = await filledWorkbook({ assessmentId: 'pool', agencyCode: 'A1', rows: answerRows('q') });
    const inFlight = pool.parse(bytes, { framework: FRAMEWORK });
    await pool.close();
    await expect(inFlight).rejects.toThrow();
    await expect(pool.parse(bytes, { framework: FRAMEWORK })).rejects.toThrow();
  });
});
