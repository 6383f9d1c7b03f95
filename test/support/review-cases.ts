/**
 * The review loop, the deadline and the consultation round over real HTTP, shared by the dynalite
 * and DynamoDB Local suites. The service's clock is a test clock: it moves 1 ms per reading and
 * jumps when a case says so, so no case depends on the wall clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../shared/adapters/dynamodb/attribute-values.js';
import { loadExcelJs } from '../../shared/core/workbook/exceljs.js';
import type { Clock } from '../../shared/ports.js';
import { createAssessment, registerAgency } from './assessment-setup.js';
import { type BackendName, type DynamoBackend, startBackend } from './dynamo-backends.js';
import { startTestService, type TestService } from './test-service.js';
import { answerRows, FRAMEWORK, filledWorkbook } from './workbooks.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AID = 'rv';
const HOUR = 3_600_000;

/** A clock that moves 1 ms per reading (submission order stays strict) and jumps on request. */
export class SteppingClock implements Clock {
  constructor(private t: number) {}
  now(): Date {
    this.t += 1;
    return new Date(this.t);
  }
  jump(ms: number): void {
    this.t += ms;
  }
  iso(offsetMs = 0): string {
    return new Date(this.t + offsetMs).toISOString();
  }
}

interface ErrorBody {
  error: {
    code: string;
    message: string;
    issues: { field: string | null; code: string }[];
    current?: unknown;
  };
}

/** Registers the cases on `backendName`. */
export function reviewCases(backendName: BackendName): void {
  let backend: DynamoBackend;
  let service: TestService;
  const clock = new SteppingClock(Date.parse('2026-09-01T00:00:00.000Z'));
  const tokens: Record<string, string> = {};
  const admin = (method: string, path: string, json?: unknown) =>
    service.call(method, path, { token: service.adminToken, ...(json !== undefined ? { json } : {}) });
  const sent = new Map<string, Uint8Array>();
  const uploadAs = async (code: string, seed: string) => {
    const bytes = await filledWorkbook({ assessmentId: AID, agencyCode: code, rows: answerRows(seed) });
    sent.set(`${code}:${seed}`, bytes);
    return service.call('POST', `/api/assessments/${AID}/submissions`, {
      token: tokens[code],
      body: bytes as Uint8Array<ArrayBuffer>,
      headers: { 'content-type': XLSX },
    });
  };
  const formAs = (code: string, seed: string) =>
    service.call('POST', `/api/assessments/${AID}/responses`, {
      token: tokens[code],
      json: { responses: answerRows(seed) },
    });

  /** The stored state; the audit log is left out (a refused upload is itself an audit event). */
  const stateItems = async () =>
    (await service.scanAll()).filter((item) => !item.PK?.S?.startsWith('AUDIT#'));

  /** Asserts a refusal: status, code, the field the issues name, and the table unchanged. */
  async function refused(
    send: () => Promise<Response>,
    expected: { status: number; code: string; field?: string },
  ): Promise<ErrorBody> {
    const before: Item[] = await stateItems();
    const res = await send();
    const body = (await res.json()) as ErrorBody;
    expect(res.status, JSON.stringify(body)).toBe(expected.status);
    expect(body.error.code).toBe(expected.code);
    if (expected.field !== undefined) expect(body.error.issues.map((i) => i.field)).toContain(expected.field);
    expect(await stateItems()).toEqual(before);
    return body;
  }

  beforeAll(async () => {
    backend = await startBackend(backendName);
    service = await startTestService(backend, { clock });
    await createAssessment(service, AID, 'Review test');
    for (const code of ['A', 'B', 'C']) {
      tokens[code] = await registerAgency(service, AID, {
        code,
        name: `Agency ${code}`,
        level: 'provincial',
      });
    }
    expect((await uploadAs('A', 'v1')).status).toBe(201);
    expect((await formAs('B', 'f1')).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    await backend?.close();
  });

  describe('one agency’s answers', () => {
    it('gives the current answers by domain with review state; the agency reads its own only', async () => {
      const res = await admin('GET', `/api/assessments/${AID}/agencies/A/responses`);
      expect(res.status).toBe(200);
      const view = (await res.json()) as {
        review: { status: string };
        domains: { id: string; indicators: { indicatorId: string; justification: string | null }[] }[];
        submissions: unknown[];
      };
      expect(view.review.status).toBe('received');
      expect(view.domains.map((d) => d.id)).toEqual(FRAMEWORK.domains.map((d) => d.id));
      expect(view.domains[0]!.indicators[0]!.justification).toContain('v1');
      expect(view.submissions).toHaveLength(1);
      const own = await service.call('GET', `/api/assessments/${AID}/agencies/A/responses`, {
        token: tokens.A,
      });
      expect(own.status).toBe(200);
      await refused(
        () => service.call('GET', `/api/assessments/${AID}/agencies/A/responses`, { token: tokens.B }),
        {
          status: 403,
          code: 'auth.forbidden',
        },
      );
      await refused(() => admin('GET', `/api/assessments/${AID}/agencies/NOPE/responses`), {
        status: 404,
        code: 'agency.not_found',
      });
    });

    it('serves the archived original file; 404 for a form submission or an unknown id', async () => {
      const bytes = sent.get('A:v1');
      const history = (await (await admin('GET', `/api/assessments/${AID}/submissions?agency=A`)).json()) as {
        submissions: { id: string }[];
      };
      const sid = history.submissions[0]!.id;
      const res = await admin('GET', `/api/assessments/${AID}/agencies/A/submissions/${sid}/file`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(XLSX);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="mgi-rv-A-.*\.xlsx"$/);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
      const own = await service.call('GET', `/api/assessments/${AID}/agencies/A/submissions/${sid}/file`, {
        token: tokens.A,
      });
      expect(own.status).toBe(200);
      const formHistory = (await (
        await admin('GET', `/api/assessments/${AID}/submissions?agency=B`)
      ).json()) as {
        submissions: { id: string }[];
      };
      await refused(
        () =>
          admin(
            'GET',
            `/api/assessments/${AID}/agencies/B/submissions/${formHistory.submissions[0]!.id}/file`,
          ),
        {
          status: 404,
          code: 'submission.no_file',
        },
      );
      await refused(() => admin('GET', `/api/assessments/${AID}/agencies/A/submissions/no-such-id/file`), {
        status: 404,
        code: 'submission.not_found',
      });
      await refused(
        () =>
          service.call('GET', `/api/assessments/${AID}/agencies/A/submissions/${sid}/file`, {
            token: tokens.B,
          }),
        { status: 403, code: 'auth.forbidden' },
      );
    });
  });

  describe('roles', () => {
    it('a viewer reads answers and comments, but gets no original file and cannot review', async () => {
      const made = await admin('POST', '/api/accounts', {
        name: 'Vera Viewer',
        email: 'vera@example.org',
        role: 'viewer',
        assessments: [AID],
      });
      expect(made.status, await made.clone().text()).toBe(201);
      const viewer = ((await made.json()) as { token: string }).token;
      const as = (method: string, path: string, json?: unknown) =>
        service.call(method, path, { token: viewer, ...(json !== undefined ? { json } : {}) });
      expect((await as('GET', `/api/assessments/${AID}/agencies/A/responses`)).status).toBe(200);
      expect((await as('GET', `/api/assessments/${AID}/consultation/comments`)).status).toBe(200);
      const history = (await (await as('GET', `/api/assessments/${AID}/agencies/A/responses`)).json()) as {
        submissions: { id: string }[];
      };
      await refused(
        () => as('GET', `/api/assessments/${AID}/agencies/A/submissions/${history.submissions[0]!.id}/file`),
        {
          status: 403,
          code: 'auth.forbidden',
        },
      );
      await refused(() => as('POST', `/api/assessments/${AID}/agencies/A/review`, { status: 'accepted' }), {
        status: 403,
        code: 'auth.forbidden',
      });
      await refused(() => as('PATCH', `/api/assessments/${AID}`, { deadline: null }), {
        status: 403,
        code: 'auth.forbidden',
      });
      await refused(() => as('POST', `/api/assessments/${AID}/consultation`, { closes: clock.iso(HOUR) }), {
        status: 403,
        code: 'auth.forbidden',
      });
    });
  });

  describe('review loop', () => {
    const review = (json: unknown) => admin('POST', `/api/assessments/${AID}/agencies/A/review`, json);
    const first = FRAMEWORK.indicators[0]!.id;

    it('refuses bad input with the field it names, and stores nothing', async () => {
      await refused(() => review({ status: 'maybe', comments: [] }), {
        status: 422,
        code: 'request.invalid',
        field: 'status',
      });
      await refused(() => review({ status: 'returned', comments: [] }), {
        status: 422,
        code: 'review.note_required',
        field: 'note',
      });
      await refused(
        () =>
          review({
            status: 'returned',
            comments: [
              { indicatorId: first, text: 'ok' },
              { indicatorId: '9.99', text: 'x' },
            ],
          }),
        { status: 422, code: 'comment.unknown_indicator', field: 'comments.1.indicatorId' },
      );
      await refused(
        () => review({ status: 'returned', comments: [{ indicatorId: first, text: 'x'.repeat(2001) }] }),
        {
          status: 422,
          code: 'request.invalid',
          field: 'comments.0.text',
        },
      );
      await refused(
        () => admin('POST', `/api/assessments/${AID}/agencies/C/review`, { status: 'accepted' }),
        {
          status: 409,
          code: 'review.no_submission',
        },
      );
      await refused(
        () =>
          service.call('POST', `/api/assessments/${AID}/agencies/A/review`, {
            token: tokens.A,
            json: { status: 'accepted' },
          }),
        { status: 403, code: 'auth.forbidden' },
      );
      await refused(() => review({ status: 'accepted', version: 7 }), {
        status: 409,
        code: 'review.conflict',
      });
    });

    it('two coordinators reviewing at once: one wins, the other gets 409 with the current review', async () => {
      const [x, y] = await Promise.all([
        review({
          status: 'returned',
          note: 'Cite the regulation numbers.',
          comments: [{ indicatorId: first, text: 'Which Perda?' }],
          version: 0,
        }),
        review({ status: 'accepted', version: 0 }),
      ]);
      const statuses = [x.status, y.status].sort();
      expect(statuses).toEqual([200, 409]);
      const loser = (x.status === 409 ? await x.json() : await y.json()) as ErrorBody & {
        error: { current: { status: string; version: number } };
      };
      expect(loser.error.code).toBe('review.conflict');
      expect(loser.error.current.version).toBe(1);
      expect(['returned', 'accepted']).toContain(loser.error.current.status);
      // Bring it to a known state for the loop below: returned with a comment.
      const now = (await (await admin('GET', `/api/assessments/${AID}/agencies/A/responses`)).json()) as {
        review: { version: number };
      };
      const res = await review({
        status: 'returned',
        note: 'Cite the regulation numbers.',
        comments: [{ indicatorId: first, text: 'Which Perda?' }],
        version: now.review.version,
      });
      expect(res.status).toBe(200);
    });

    it('returned → the agency sees the comments; a new upload makes it received; then accepted', async () => {
      const own = (await (
        await service.call('GET', `/api/assessments/${AID}/agencies/A/responses`, { token: tokens.A })
      ).json()) as {
        review: { status: string; version: number; review: { note: string } };
        domains: { indicators: { indicatorId: string; comments: string[] }[] }[];
      };
      expect(own.review.status).toBe('returned');
      expect(own.review.review.note).toBe('Cite the regulation numbers.');
      expect(own.domains[0]!.indicators[0]!.comments).toEqual(['Which Perda?']);
      const audit = await service.deps.audit.list(AID);
      expect(audit.map((e) => e.action)).toContain('review.returned');

      expect((await uploadAs('A', 'v2')).status).toBe(201);
      const after = (await (await admin('GET', `/api/assessments/${AID}/agencies/A/responses`)).json()) as {
        review: { status: string; version: number };
        submissions: { id: string }[];
      };
      expect(after.review.status).toBe('received');
      const accepted = await review({ status: 'accepted', version: after.review.version });
      expect(accepted.status).toBe(200);
      expect(((await accepted.json()) as { review: { status: string } }).review.status).toBe('accepted');

      const [to, from] = after.submissions.map((s) => s.id) as [string, string];
      const diff = (await (
        await admin('GET', `/api/assessments/${AID}/agencies/A/diff?from=${from}&to=${to}`)
      ).json()) as {
        changes: { indicatorId: string; changes: { field: string; from: string; to: string }[] }[];
      };
      expect(diff.changes[0]!.indicatorId).toBe(first);
      expect(diff.changes[0]!.changes).toContainEqual({
        field: 'justification',
        from: `Provincial regulation v1 covers indicator ${first}.`,
        to: `Provincial regulation v2 covers indicator ${first}.`,
      });
      await refused(() => admin('GET', `/api/assessments/${AID}/agencies/A/diff?from=nope&to=${to}`), {
        status: 404,
        code: 'submission.not_found',
        field: 'from',
      });
    });
  });

  describe('deadline and reopening', () => {
    it('refuses a bad date naming deadline; a stale version gets 409 with the current settings', async () => {
      await refused(() => admin('PATCH', `/api/assessments/${AID}`, { deadline: '30/09/2026' }), {
        status: 422,
        code: 'date.invalid',
        field: 'deadline',
      });
      await refused(() => admin('PATCH', `/api/assessments/${AID}`, { name: '' }), {
        status: 422,
        code: 'request.invalid',
        field: 'name',
      });
      const body = await refused(() => admin('PATCH', `/api/assessments/${AID}`, { name: 'X', version: 5 }), {
        status: 409,
        code: 'assessment.conflict',
      });
      expect(body.error.current).toMatchObject({ name: 'Review test', deadline: null, version: 0 });
    });

    it('after the deadline agency writes get 409 assessment.closed until the agency is reopened', async () => {
      const deadline = clock.iso(HOUR);
      const set = await admin('PATCH', `/api/assessments/${AID}`, { deadline, version: 0 });
      expect(set.status, await set.clone().text()).toBe(200);
      expect(
        ((await set.json()) as { assessment: { deadline: string; version: number } }).assessment,
      ).toMatchObject({
        deadline,
        version: 1,
      });
      expect((await formAs('B', 'f2')).status).toBe(201);
      clock.jump(2 * HOUR);
      await refused(() => formAs('B', 'f3'), { status: 409, code: 'assessment.closed' });
      await refused(() => uploadAs('A', 'v3'), { status: 409, code: 'assessment.closed' });
      await refused(() => admin('POST', `/api/assessments/${AID}/agencies/A/reopen`, { until: 'soon' }), {
        status: 422,
        code: 'date.invalid',
        field: 'until',
      });
      await refused(
        () => admin('POST', `/api/assessments/${AID}/agencies/A/reopen`, { until: clock.iso(-HOUR) }),
        {
          status: 422,
          code: 'date.past',
          field: 'until',
        },
      );
      const reopened = await admin('POST', `/api/assessments/${AID}/agencies/A/reopen`, {
        until: clock.iso(HOUR),
      });
      expect(reopened.status).toBe(200);
      expect((await uploadAs('A', 'v3')).status).toBe(201);
      await refused(() => formAs('B', 'f3'), { status: 409, code: 'assessment.closed' });
      const actions = (await service.deps.audit.list(AID)).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['assessment.updated', 'agency.reopened']));
      // Lift the deadline again for the cases that follow.
      expect((await admin('PATCH', `/api/assessments/${AID}`, { deadline: null, version: 1 })).status).toBe(
        200,
      );
    });
  });

  describe('consultation round', () => {
    const comment = (code: string, json: unknown) =>
      service.call('POST', `/api/assessments/${AID}/consultation/comments`, { token: tokens[code], json });
    const indicator = FRAMEWORK.indicators[5]!;

    it('takes comments only while a round is open; one round at a time; export keeps text as text', async () => {
      await refused(() => comment('A', { domainId: '1', text: 'Early' }), {
        status: 409,
        code: 'consultation.closed',
      });
      await refused(() => admin('POST', `/api/assessments/${AID}/consultation`, { closes: 'Friday' }), {
        status: 422,
        code: 'date.invalid',
        field: 'closes',
      });
      await refused(
        () => admin('POST', `/api/assessments/${AID}/consultation`, { closes: clock.iso(-HOUR) }),
        {
          status: 422,
          code: 'date.past',
          field: 'closes',
        },
      );
      const opened = await admin('POST', `/api/assessments/${AID}/consultation`, {
        closes: clock.iso(24 * HOUR),
      });
      expect(opened.status).toBe(201);
      expect(await service.deps.consultation!.isConsultationOpen(AID, clock.now())).toBe(true);
      await refused(
        () => admin('POST', `/api/assessments/${AID}/consultation`, { closes: clock.iso(48 * HOUR) }),
        {
          status: 409,
          code: 'consultation.already_open',
        },
      );
      await refused(() => comment('A', { indicatorId: '9.99', text: 'x' }), {
        status: 422,
        code: 'comment.unknown_indicator',
        field: 'indicatorId',
      });
      await refused(() => comment('A', { domainId: '42', text: 'x' }), {
        status: 422,
        code: 'comment.unknown_domain',
        field: 'domainId',
      });
      await refused(() => comment('A', { domainId: '1', text: 'y'.repeat(2001) }), {
        status: 422,
        code: 'request.invalid',
        field: 'text',
      });
      await refused(
        () => admin('POST', `/api/assessments/${AID}/consultation/comments`, { domainId: '1', text: 'x' }),
        {
          status: 403,
          code: 'auth.forbidden',
        },
      );
      expect(
        (await comment('A', { indicatorId: indicator.id, text: '=HYPERLINK("x") is our formula' })).status,
      ).toBe(201);
      expect((await comment('B', { domainId: '2', text: 'Domain 2 misses the village fund.' })).status).toBe(
        201,
      );

      const list = (await (await admin('GET', `/api/assessments/${AID}/consultation/comments`)).json()) as {
        comments: { agencyName: string; indicatorId: string | null; domainId: string | null; text: string }[];
      };
      expect(list.comments).toHaveLength(2);
      expect(list.comments[0]).toMatchObject({
        agencyName: 'Agency A',
        indicatorId: indicator.id,
        domainId: indicator.domainId,
      });
      const xlsx = await admin('GET', `/api/assessments/${AID}/consultation/comments?format=xlsx&lang=id`);
      expect(xlsx.headers.get('content-type')).toBe(XLSX);
      const ExcelJS = await loadExcelJs();
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
      const cell = book.worksheets[0]!.getRow(2).getCell(6);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // Formula-like text keeps a leading apostrophe: text, never a formula, even after an edit.
      expect(cell.value).toBe(`'=HYPERLINK("x") is our formula`);
      expect(book.worksheets[0]!.getRow(3).getCell(3).value).toBe('Agency B');

      clock.jump(25 * HOUR);
      expect(await service.deps.consultation!.isConsultationOpen(AID, clock.now())).toBe(false);
      await refused(() => comment('B', { domainId: '2', text: 'Too late' }), {
        status: 409,
        code: 'consultation.closed',
      });
      const actions = (await service.deps.audit.list(AID)).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['consultation.opened', 'consultation.commented']));
    });
  });
}
