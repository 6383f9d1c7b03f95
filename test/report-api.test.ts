/**
 * The draft report over real HTTP on dynalite: who may download it, its content type and name, bad
 * input, and the document itself opened by LibreOffice and read back by mammoth in both languages.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../functions/app/auth/tokens.js';
import { assessmentReportLocation } from '../functions/app/services/report.js';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import { convertDocx, readDocx } from './fixtures/docx-tools.js';
import { createAssessment, registerAgency, startAggregatingService } from './support/assessment-setup.js';
import type { DynamoBackend } from './support/dynamo-backends.js';
import type { TestService } from './support/test-service.js';

const AID = 'jateng-report';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const actor = { kind: 'account' as const, id: 'bootstrap', name: 'Test coordinator' };
const RTL = 'تشريع حماية العمال المهاجرين ';
/** What an agency may type: markup, a CDATA end, control characters, then right-to-left text up to 4,000 characters. */
const HOSTILE_HEAD = 'Perda <w:p><w:r><w:t>x</w:t></w:r></w:p> ]]> \u0001\u0002\u001F! ';
const HOSTILE = (HOSTILE_HEAD + RTL.repeat(200)).slice(0, 4000);
const HOSTILE_READ = HOSTILE.replaceAll('\u0001', '\uFFFD')
  .replaceAll('\u0002', '\uFFFD')
  .replaceAll('\u001F', '\uFFFD');
const REGULATION = 'Peraturan Daerah Jawa Tengah No. 2/2024 tentang Pelindungan Pekerja Migran';

let backend: DynamoBackend;
let service: TestService;
let viewerToken: string;
let agencyToken: string;

async function submit(token: string, answers: (id: string) => Record<string, string | null>) {
  const res = await service.call('POST', `/api/assessments/${AID}/responses`, {
    token,
    json: { responses: LOCAL_MGI_FRAMEWORK.indicators.map((i) => ({ indicatorId: i.id, ...answers(i.id) })) },
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

beforeAll(async () => {
  ({ backend, service } = await startAggregatingService());
  await createAssessment(service, AID, 'Jawa Tengah 2026');
  agencyToken = await registerAgency(service, AID, {
    code: 'DISNAKER',
    name: 'Dinas Tenaga Kerja',
    level: 'provincial',
  });
  const dinkes = await registerAgency(service, AID, {
    code: 'DINKES',
    name: 'Dinas Kesehatan',
    level: 'provincial',
  });
  const bp3mi = await registerAgency(service, AID, {
    code: 'BP3MI',
    name: 'BP3MI Jawa Tengah',
    level: 'national',
  });
  await registerAgency(service, AID, { code: 'LATE', name: 'Kabupaten Lambat', level: 'district' });
  const yes = (justification: string, type = 'regulation') => ({
    answer: 'yes',
    justificationType: type,
    justification,
    evidence: null,
  });
  await submit(agencyToken, (id) =>
    id === '1.01'
      ? yes(HOSTILE)
      : id.startsWith('1.')
        ? yes(REGULATION)
        : {
            answer: 'partially',
            justificationType: 'programme',
            justification: 'Program pendampingan desa migran',
            evidence: null,
          },
  );
  const ltsa = yes('Layanan Terpadu Satu Atap (LTSA) Kabupaten Cilacap', 'practice');
  await submit(dinkes, (id) =>
    id.startsWith('1.')
      ? yes(`${REGULATION}.`)
      : id === '2.03'
        ? ltsa
        : { answer: 'no', justificationType: null, justification: null, evidence: null },
  );
  await submit(bp3mi, (id) => (id === '2.03' ? ltsa : yes(REGULATION)));
  const deadline = await service.call('PATCH', `/api/assessments/${AID}`, {
    token: service.adminToken,
    json: { deadline: '2099-12-31T23:59:00+07:00' },
  });
  expect(deadline.status, await deadline.clone().text()).toBe(200);
  await service.deps.validation!.set({
    assessmentId: AID,
    indicatorId: '1.05',
    answer: 'partially',
    note: 'Focus group: only in two districts',
    sources: [],
    actor,
  });
  await service.deps.findings!.save({
    assessmentId: AID,
    domainId: '1',
    status: 'final',
    highlights: [
      { indicatorId: '1.01' },
      { indicatorId: '1.02' },
      {
        indicatorId: '1.03',
        text: { en: 'Schools enrol migrant children.', id: 'Sekolah menerima anak migran.' },
      },
    ],
    gaps: [{ indicatorId: '1.05' }],
    actor,
  });
  viewerToken = `mgi_adm_viewer_${randomBytes(12).toString('hex')}`;
  await service.deps.accounts.create(
    { name: 'Viewer', email: 'viewer@example.org', role: 'viewer', assessments: [AID] },
    hashToken(viewerToken),
    actor,
  );
}, 120_000);

afterAll(async () => {
  await service?.close();
  await backend?.close();
});

describe('GET /api/assessments/:aid/report.docx', () => {
  for (const lang of ['en', 'id'] as const) {
    it(`gives a viewer the ${lang} report, which LibreOffice opens and mammoth reads back`, async () => {
      const res = await service.call('GET', `/api/assessments/${AID}/report.docx?lang=${lang}`, {
        token: viewerToken,
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(DOCX);
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="mgi-${AID}-report-${lang}.docx"`,
      );
      const bytes = new Uint8Array(await res.arrayBuffer());

      const { html, text } = await readDocx(bytes);
      const domain = lang === 'en' ? 'Domain' : 'Dimensi';
      for (const d of LOCAL_MGI_FRAMEWORK.domains)
        expect(html).toContain(`<h1>${domain} ${d.id}: ${d.name[lang]}`);
      // Domain 1 is final (the coordinator's picks); the others are marked as proposed.
      expect(html).toMatch(
        new RegExp(`<h1>${domain} 2: [^<]*\\(${lang === 'en' ? 'proposed' : 'usulan'}\\)</h1>`),
      );
      expect(html).not.toMatch(
        new RegExp(`<h1>${domain} 1: [^<]*\\(${lang === 'en' ? 'proposed' : 'usulan'}\\)`),
      );
      for (const id of ['1.01', '1.02', '1.03']) expect(html).toContain(`<h3>${id} `);
      expect(text).toContain(
        lang === 'en' ? 'Schools enrol migrant children.' : 'Sekolah menerima anak migran.',
      );
      // The same regulation cited by two agencies (one with a full stop) is listed once, with both names.
      expect(text).toContain(`${REGULATION} — BP3MI Jawa Tengah; Dinas Kesehatan; Dinas Tenaga Kerja`);
      // Domain 2 is not final: 2.03 (consensus yes) is an automatic proposal, with its best practice.
      expect(text).toContain('LTSA) Kabupaten Cilacap — BP3MI Jawa Tengah; Dinas Kesehatan');
      expect(text).toContain(HOSTILE_READ);
      expect(text).toContain('Focus group: only in two districts');
      expect(text).toContain(
        lang === 'en'
          ? 'Deadline for submissions: 31 December 2099'
          : 'Batas waktu pengiriman: 31 Desember 2099',
      );
      for (const i of LOCAL_MGI_FRAMEWORK.indicators) expect(text).toContain(i.text[lang]);
      expect(text).toContain('Dinas Tenaga Kerja');
      expect(text).not.toContain('Kabupaten Lambat');
      expect(html).toContain('<h2>');

      const pdf = await convertDocx(bytes, 'pdf');
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
      const txt = new TextDecoder().decode(await convertDocx(bytes, 'txt'));
      expect(txt).toContain(`${domain} 6: ${LOCAL_MGI_FRAMEWORK.domains[5]!.name[lang]}`);
      expect(txt).toContain('<w:p><w:r><w:t>x</w:t></w:r></w:p> ]]>');
      expect(txt).toContain(RTL.trim());
    }, 180_000);
  }

  it('refuses an agency token (403) and changes nothing', async () => {
    const before = await service.scanAll();
    const res = await service.call('GET', `/api/assessments/${AID}/report.docx?lang=en`, {
      token: agencyToken,
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('auth.forbidden');
    expect(await service.scanAll()).toEqual(before);
  });

  it('answers 404 assessment.not_found for an unknown assessment', async () => {
    const res = await service.call('GET', '/api/assessments/nope/report.docx?lang=en', {
      token: service.adminToken,
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('assessment.not_found');
  });

  it('answers 400 naming the lang parameter for a language it does not have', async () => {
    const before = await service.scanAll();
    const res = await service.call('GET', `/api/assessments/${AID}/report.docx?lang=fr`, {
      token: viewerToken,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: { field: string }[] } };
    expect(body.error.code).toBe('request.invalid');
    expect(body.error.issues.map((i) => i.field)).toEqual(['lang']);
    expect(await service.scanAll()).toEqual(before);
  });

  it('is kept by the aggregation beside the workbooks, and served from there for large assessments', async () => {
    const run = await service.call('POST', `/api/assessments/${AID}/aggregate`, {
      token: service.adminToken,
    });
    expect(run.status).toBe(200);
    const latest = await service.deps.snapshots!.getLatestSnapshot(AID);
    expect(Object.keys(latest!.reportKeys ?? {}).sort()).toEqual(['en', 'id']);
    const kept = await service.deps.archive.get(latest!.reportKeys!.id!);
    const { html, text } = await readDocx(kept!);
    expect(html).toContain('<h1>Dimensi 1: Hak-hak migran</h1>');
    expect(text).toContain(`${REGULATION} — BP3MI Jawa Tengah; Dinas Kesehatan; Dinas Tenaga Kerja`);
    expect(text).toContain('Batas waktu pengiriman: 31 Desember 2099');
    // Above the live limit (here 0 agencies) the snapshot's copy is the one served.
    const location = await assessmentReportLocation(service.deps, AID, 'en', 0);
    expect(location).toEqual({ kind: 'snapshot', key: latest!.reportKeys!.en });
    expect((await assessmentReportLocation(service.deps, AID, 'en')).kind).toBe('bytes');
  });

  it('asks for a token (401) without one', async () => {
    const res = await service.call('GET', `/api/assessments/${AID}/report.docx`);
    expect(res.status).toBe(401);
  });
});
