/** Contract cases: all-or-nothing submissions and untouched state after rejected input. */
import { expect, it } from 'vitest';
import { type ContractContext, MAIN, registerAgency, upload } from './contract-context.js';
import { answerRows, filledWorkbook } from './workbooks.js';

/** A new agency whose first version (v1) is uploaded, and its second version (every answer No). */
async function firstVersionUploaded(ctx: ContractContext, code: string) {
  const token = await registerAgency(ctx, code);
  const v1 = await filledWorkbook({ assessmentId: MAIN, agencyCode: code, rows: answerRows('v1') });
  const v2 = await filledWorkbook({
    assessmentId: MAIN,
    agencyCode: code,
    rows: answerRows('v2', { answer: 'No' }),
  });
  expect((await upload(ctx, token, MAIN, v1)).status).toBe(201);
  return { token, v2 };
}

export function atomicityCases(ctx: ContractContext): void {
  it('keeps the previous version whole when a commit fails between staging and the pointer', async () => {
    const { token, v2 } = await firstVersionUploaded(ctx, 'ATOM');
    const before = await ctx.service.store.getCurrentResponses(MAIN, 'ATOM');

    ctx.service.store.hooks = {
      beforePointerUpdate: () => {
        throw new Error('injected failure after staging');
      },
    };
    let failed: Response;
    try {
      failed = await upload(ctx, token, MAIN, v2);
    } finally {
      ctx.service.store.hooks = undefined;
    }
    expect(failed.status).toBe(500);
    const error = ((await failed.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('internal');
    expect(error.message).not.toContain('injected');

    expect(await ctx.service.store.getCurrentResponses(MAIN, 'ATOM')).toEqual(before);
    const history = await ctx.service.store.listSubmissions(MAIN, 'ATOM');
    expect(history).toHaveLength(1);
    const agencies = (await (await ctx.admin('GET', `/api/assessments/${MAIN}/agencies`)).json()) as {
      agencies: { code: string; current: { submissionId: string; counts: { yes: number } } }[];
    };
    expect(agencies.agencies.find((a) => a.code === 'ATOM')?.current).toMatchObject({
      submissionId: history[0]!.id,
      counts: { yes: 19 },
    });

    const retry = await upload(ctx, token, MAIN, v2);
    expect(retry.status).toBe(201);
    const after = await ctx.service.store.getCurrentResponses(MAIN, 'ATOM');
    expect(after?.every((r) => r.answer === 'no')).toBe(true);
    expect(await ctx.service.store.listSubmissions(MAIN, 'ATOM')).toHaveLength(2);
  });

  it('keeps the previous version whole and the table unchanged when archiving the file fails', async () => {
    const { token, v2 } = await firstVersionUploaded(ctx, 'NOARCH');
    const tableBefore = await ctx.service.scanAll();
    const archive = ctx.service.deps.archive;
    const put = archive.put;
    // The file is archived before anything is staged: a failed write leaves the table as it was.
    archive.put = async () => {
      throw new Error('injected archive failure');
    };
    let failed: Response;
    try {
      failed = await upload(ctx, token, MAIN, v2);
    } finally {
      archive.put = put;
    }
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { error: { code: string } }).error.code).toBe('internal');
    expect(await ctx.service.scanAll()).toEqual(tableBefore);
    expect((await upload(ctx, token, MAIN, v2)).status).toBe(201);
    expect(await ctx.service.store.listSubmissions(MAIN, 'NOARCH')).toHaveLength(2);
  });

  it('leaves the table and the archive byte-for-byte unchanged after rejected input', async () => {
    const rows = answerRows('bad');
    rows[0] = { ...rows[0]!, justification: 'too short' };
    const badFile = await filledWorkbook({ assessmentId: MAIN, agencyCode: 'A1', rows });
    const wrongAgency = await filledWorkbook({ assessmentId: MAIN, agencyCode: 'A2', rows: answerRows('w') });
    const tableBefore = await ctx.service.scanAll();
    const archiveBefore = await ctx.service.archiveFiles();

    const responses = [
      await upload(ctx, ctx.tokens.A1, MAIN, badFile),
      await upload(ctx, ctx.tokens.A1, MAIN, wrongAgency),
      await upload(ctx, ctx.tokens.A1, MAIN, new TextEncoder().encode('PK\u0003\u0004 broken zip')),
      await ctx.service.call('POST', `/api/assessments/${MAIN}/responses`, {
        token: ctx.tokens.A1,
        json: { responses: [{ indicatorId: '9.99', answer: 'perhaps' }] },
      }),
    ];
    expect(responses.map((r) => r.status)).toEqual([422, 422, 422, 422]);
    // Only the audit log grew: one `submission.refused` per refusal (count and codes, no file).
    const isAudit = (item: { PK?: { S?: string } }) => item.PK?.S?.startsWith('AUDIT#') === true;
    const tableAfter = await ctx.service.scanAll();
    expect(tableAfter.filter((i) => !isAudit(i))).toEqual(tableBefore.filter((i) => !isAudit(i)));
    const refused = tableAfter.filter(isAudit).length - tableBefore.filter(isAudit).length;
    expect(refused).toBe(responses.length);
    expect(await ctx.service.archiveFiles()).toEqual(archiveBefore);
  });
}
