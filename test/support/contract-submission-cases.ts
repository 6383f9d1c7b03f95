import { createHash } from 'node:crypto';
/** Contract cases: uploads, the web form, history, idempotency, pre-filled templates. */
import { expect, it } from 'vitest';
import type { Submission } from '../../shared/core/types.js';
import { parseSubmissionWorkbook } from '../../shared/core/workbook/parse-submission.js';
import { type ContractContext, MAIN, OTHER, registerAgency, upload, XLSX } from './contract-context.js';
import { answerRows, FRAMEWORK, filledWorkbook } from './workbooks.js';

const json = async <T>(res: Response) => (await res.json()) as T;
type SubmissionBody = { submission: Submission };
type ErrorBody = { error: { code: string; message: string; issues: { cell: string; code: string }[] } };

export function submissionCases(ctx: ContractContext): void {
  it('accepts a filled workbook (201), returns the same submission for the same bytes (200)', async () => {
    const bytes = await filledWorkbook({ assessmentId: MAIN, agencyCode: 'A1', rows: answerRows('r1') });
    const first = await upload(ctx, ctx.tokens.A1, MAIN, bytes);
    expect(first.status).toBe(201);
    const { submission } = await json<SubmissionBody>(first);
    expect(submission).toMatchObject({ assessmentId: MAIN, agency: 'A1', channel: 'xlsx' });
    expect(submission.counts).toEqual({
      yes: 19,
      partially: 19,
      no: 19,
      dont_know: 19,
      not_applicable: 0,
      unanswered: 0,
    });
    const again = await upload(ctx, ctx.tokens.A1, MAIN, bytes);
    expect(again.status).toBe(200);
    expect((await json<SubmissionBody>(again)).submission).toEqual(submission);
    const history = await ctx.service.call('GET', `/api/assessments/${MAIN}/submissions`, {
      token: ctx.tokens.A1,
    });
    expect((await json<{ submissions: Submission[] }>(history)).submissions).toEqual([submission]);
    // The original file is archived, content-addressed by its SHA-256.
    expect(await ctx.service.archiveFiles()).toContain(
      `originals/${submission.sha256.slice(0, 2)}/${submission.sha256}.xlsx`,
    );
  });

  it('pre-fills the next template with the current answers', async () => {
    const res = await ctx.service.call('GET', `/api/assessments/${MAIN}/template.xlsx?lang=en`, {
      token: ctx.tokens.A1,
    });
    const parsed = await parseSubmissionWorkbook(new Uint8Array(await res.arrayBuffer()), {
      framework: FRAMEWORK,
      expected: { assessmentId: MAIN, agencyCode: 'A1' },
    });
    expect(parsed.ok).toBe(true);
    const stored = await ctx.service.store.getCurrentResponses(MAIN, 'A1');
    expect(parsed.responses).toEqual(stored);
    expect(stored?.[0]).toMatchObject({
      indicatorId: '1.01',
      answer: 'yes',
      justificationType: 'regulation',
    });
  });

  it('lets the coordinator upload for an agency with ?agency= and as multipart', async () => {
    const bytes = await filledWorkbook({
      assessmentId: MAIN,
      agencyCode: 'A2',
      rows: answerRows('m1'),
      lang: 'id',
    });
    const form = new FormData();
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX }), 'a2.xlsx');
    const res = await ctx.admin('POST', `/api/assessments/${MAIN}/submissions?agency=A2`, { body: form });
    expect(res.status).toBe(201);
    expect((await json<SubmissionBody>(res)).submission.agency).toBe('A2');
    const status = await json<{ agencies: { code: string; submitted: boolean }[] }>(
      await ctx.admin('GET', `/api/assessments/${MAIN}/agencies`),
    );
    expect(status.agencies.find((a) => a.code === 'A2')?.submitted).toBe(true);
    const missing = await ctx.admin('POST', `/api/assessments/${MAIN}/submissions`, {
      body: bytes as Uint8Array<ArrayBuffer>,
      headers: { 'content-type': XLSX },
    });
    expect([missing.status, (await json<ErrorBody>(missing)).error.code]).toEqual([400, 'agency.required']);
  });

  it('rejects bad uploads with specific errors: cells (422), type (415), size (413), wrong file (422)', async () => {
    const rows = answerRows('bad');
    rows[2] = { ...rows[2]!, answer: 'Maybe' };
    const bad = await upload(
      ctx,
      ctx.tokens.A1,
      MAIN,
      await filledWorkbook({ assessmentId: MAIN, agencyCode: 'A1', rows, lang: 'id' }),
    );
    expect(bad.status).toBe(422);
    const body = await json<ErrorBody>(bad);
    expect(body.error.code).toBe('upload.invalid');
    expect(body.error.issues).toEqual([
      expect.objectContaining({ code: 'answer.invalid', cell: expect.stringMatching(/^[A-Z]+\d+$/) }),
    ]);
    expect(body.error.issues[0]!.cell.startsWith('D')).toBe(true);
    expect(body.error.message).toContain('Buku kerja');

    const text = await ctx.service.call('POST', `/api/assessments/${MAIN}/submissions`, {
      token: ctx.tokens.A1,
      body: 'id,answer',
      headers: { 'content-type': 'text/csv' },
    });
    expect([text.status, (await json<ErrorBody>(text)).error.code]).toEqual([
      415,
      'upload.unsupported_media_type',
    ]);
    const pdf = await upload(ctx, ctx.tokens.A1, MAIN, new TextEncoder().encode('%PDF-1.7 not a workbook'));
    expect([pdf.status, (await json<ErrorBody>(pdf)).error.code]).toEqual([415, 'upload.not_a_workbook']);
    const huge = await upload(ctx, ctx.tokens.A1, MAIN, new Uint8Array(4 * 1024 * 1024 + 1));
    expect([huge.status, (await json<ErrorBody>(huge)).error.code]).toEqual([413, 'upload.too_large']);
    const otherAgency = await upload(
      ctx,
      ctx.tokens.A1,
      MAIN,
      await filledWorkbook({ assessmentId: MAIN, agencyCode: 'A2', rows: answerRows('x') }),
    );
    expect([otherAgency.status, (await json<ErrorBody>(otherAgency)).error.code]).toEqual([
      422,
      'template.wrong_agency',
    ]);
    const otherAssessment = await upload(
      ctx,
      ctx.tokens.A1,
      MAIN,
      await filledWorkbook({ assessmentId: OTHER, agencyCode: 'A1', rows: answerRows('x') }),
    );
    expect([otherAssessment.status, (await json<ErrorBody>(otherAssessment)).error.code]).toEqual([
      422,
      'template.wrong_assessment',
    ]);
  });

  it('accepts the web form (201, then 200 for the same answers) and rejects bad answers (422)', async () => {
    const token = await registerAgency(ctx, 'FORM');
    const responses = answerRows('form', { count: 5 }).map((r) => ({
      ...r,
      answer: r.answer === "Don't know" ? 'dont_know' : r.answer,
    }));
    const first = await ctx.service.call('POST', `/api/assessments/${MAIN}/responses`, {
      token,
      json: { responses },
    });
    expect(first.status).toBe(201);
    const { submission } = await json<SubmissionBody>(first);
    expect(submission).toMatchObject({ channel: 'form', agency: 'FORM' });
    expect(submission.counts.unanswered).toBe(71);
    const again = await ctx.service.call('POST', `/api/assessments/${MAIN}/responses`, {
      token,
      json: { responses },
    });
    expect([again.status, (await json<SubmissionBody>(again)).submission.id]).toEqual([200, submission.id]);
    const bad = await ctx.service.call('POST', `/api/assessments/${MAIN}/responses`, {
      token,
      json: { responses: [{ indicatorId: '1.01', answer: 'yes', justification: 'short' }] },
    });
    expect(bad.status).toBe(422);
    const codes = (await json<ErrorBody>(bad)).error.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['justification_type.missing', 'justification.too_short']));
  });

  it('makes one version of the same file sent 20 times at once', async () => {
    const token = await registerAgency(ctx, 'PAR');
    const bytes = await filledWorkbook({ assessmentId: MAIN, agencyCode: 'PAR', rows: answerRows('par') });
    const sent = await Promise.all(Array.from({ length: 20 }, () => upload(ctx, token, MAIN, bytes)));
    // Two parses per agency are in flight at most: the others are told to come back (429 upload.busy
    // with Retry-After), and do so one by one. Whatever the order, the file makes one version.
    expect(sent.filter((r) => r.status === 201)).toHaveLength(1);
    expect(sent.every((r) => r.status === 200 || r.status === 201 || r.status === 429)).toBe(true);
    const results = await retryBusy(sent, () => upload(ctx, token, MAIN, bytes));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(19).fill(200), 201]);
    const ids = new Set(
      await Promise.all(results.map(async (r) => (await json<SubmissionBody>(r)).submission.id)),
    );
    expect(ids.size).toBe(1);
    const history = await ctx.service.store.listSubmissions(MAIN, 'PAR');
    expect(history.map((s) => s.id)).toEqual([...ids]);
  });

  it('honours Idempotency-Key: same body → same submission, different body → 422', async () => {
    const token = await registerAgency(ctx, 'IDEM');
    const first = await filledWorkbook({ assessmentId: MAIN, agencyCode: 'IDEM', rows: answerRows('k1') });
    const second = await filledWorkbook({ assessmentId: MAIN, agencyCode: 'IDEM', rows: answerRows('k2') });
    const headers = { 'idempotency-key': 'upload-2026-01-15-001' };
    const a = await upload(ctx, token, MAIN, first, { headers });
    const b = await upload(ctx, token, MAIN, first, { headers });
    expect([a.status, b.status]).toEqual([201, 200]);
    const archiveBefore = await ctx.service.archiveFiles();
    const reused = await upload(ctx, token, MAIN, second, { headers });
    expect([reused.status, (await json<ErrorBody>(reused)).error.code]).toEqual([
      422,
      'idempotency.key_reused',
    ]);
    expect(await ctx.service.store.listSubmissions(MAIN, 'IDEM')).toHaveLength(1);
    // The refused upload left no file behind: the key is checked before the archive write.
    expect(await ctx.service.archiveFiles()).toEqual(archiveBefore);
  });

  it('keeps both of two different uploads at once, the later-received one current', async () => {
    const token = await registerAgency(ctx, 'RACE');
    const files = await Promise.all(
      ['x', 'y', 'z'].map((seed) =>
        filledWorkbook({ assessmentId: MAIN, agencyCode: 'RACE', rows: answerRows(seed) }),
      ),
    );
    const sent = await Promise.all(files.map((bytes) => upload(ctx, token, MAIN, bytes)));
    // The third may be told to come back (two parses per agency in flight); it is sent again then.
    const results = await Promise.all(
      sent.map((r, i) => (r.status === 429 ? upload(ctx, token, MAIN, files[i]!) : r)),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    const history = await ctx.service.store.listSubmissions(MAIN, 'RACE');
    expect(history).toHaveLength(3);
    const latest = [...history].sort((p, q) =>
      `${q.receivedAt}#${q.id}`.localeCompare(`${p.receivedAt}#${p.id}`),
    )[0]!;
    const agency = await ctx.service.store.getAgency(MAIN, 'RACE');
    expect(agency?.current?.submissionId).toBe(latest.id);
    // The current responses are exactly the latest file's, not a mix.
    const seed = ['x', 'y', 'z'][
      files.findIndex((f) => createHash('sha256').update(f).digest('hex') === latest.sha256)
    ];
    const current = await ctx.service.store.getCurrentResponses(MAIN, 'RACE');
    const justifications = new Set(
      current?.filter((r) => r.justification).map((r) => r.justification!.split(' ')[2]),
    );
    expect([...justifications]).toEqual([seed]);
  });
}

/** Sends again, one at a time, every request that was answered 429 (with its Retry-After). */
async function retryBusy(sent: Response[], again: () => Promise<Response>): Promise<Response[]> {
  const results: Response[] = [];
  for (const response of sent) {
    if (response.status !== 429) {
      results.push(response);
      continue;
    }
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    await response.body?.cancel();
    results.push(await again());
  }
  return results;
}
