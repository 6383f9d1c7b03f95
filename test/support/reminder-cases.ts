/**
 * Reminders over real HTTP and a real SMTP server started in the test (mails parsed by mailparser):
 * default targets, languages, sign-in link and WIB deadline, dry run, bad input, SMTP down then a
 * retry, the audit entries and the "who is missing" workbook. Run on dynalite and DynamoDB Local.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SmtpMailer } from '../../shared/adapters/mail/smtp-mailer.js';
import { createAssessment } from './assessment-setup.js';
import { type BackendName, type DynamoBackend, startBackend } from './dynamo-backends.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';
import { startTestService, type TestService } from './test-service.js';

const AID = 'jateng-remind';
const FROM = 'MGI Jawa Tengah <mgi@example.org>';

export function reminderCases(backendName: BackendName): void {
  let backend: DynamoBackend;
  let service: TestService;
  let sink: SmtpSink;
  const admin = () => service.adminToken;
  const remind = (json: unknown) =>
    service.call('POST', `/api/assessments/${AID}/reminders`, { token: admin(), json });
  const put = async (code: string, json: Record<string, unknown>) => {
    const res = await service.call('PUT', `/api/assessments/${AID}/agencies/${code}`, {
      token: admin(),
      json: { level: 'provincial', ...json },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { token: string }).token;
  };

  beforeAll(async () => {
    [backend, sink] = await Promise.all([startBackend(backendName), startSmtpSink()]);
    service = await startTestService(backend);
    service.deps.mailer = new SmtpMailer(sink.url, FROM);
    service.deps.publicUrl = 'https://mgi.example.org';
    await createAssessment(service, AID, 'Local MGI Jawa Tengah 2026');
    await put('DINKES', { name: 'Dinas Kesehatan', contactName: 'Ibu Sari', email: 'sari@dinkes.go.id' });
    await put('BAPPEDA', { name: 'Bappeda', email: 'plan@bappeda.go.id', lang: 'en' });
    await put('DINSOS', { name: 'Dinas Sosial' });
    const done = await put('UNDIP', { name: 'Universitas Diponegoro', email: 'lppm@undip.ac.id' });
    const sent = await service.call('POST', `/api/assessments/${AID}/responses`, {
      token: done,
      json: { responses: [{ indicatorId: '1.01', answer: 'no' }] },
    });
    expect(sent.status).toBe(201);
    await put('OFF', { name: 'Disabled agency', email: 'off@example.org' });
    expect(
      (await service.call('POST', `/api/assessments/${AID}/agencies/OFF/disable`, { token: admin() })).status,
    ).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    await sink?.close();
    await backend?.close();
  });

  it('previews on a dry run: who would get one, the rendered e-mail, nothing sent or stored', async () => {
    const before = await service.scanAll();
    const res = await remind({ dryRun: true });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      dryRun: boolean;
      results: { agency: string; status: string }[];
      preview: { agency: string; subject: string; text: string };
    };
    expect(body.dryRun).toBe(true);
    expect(body.results).toEqual([
      { agency: 'BAPPEDA', status: 'ready', to: 'plan@bappeda.go.id' },
      { agency: 'DINKES', status: 'ready', to: 'sari@dinkes.go.id' },
      { agency: 'DINSOS', status: 'no_address' },
    ]);
    expect(body.preview.agency).toBe('BAPPEDA');
    expect(body.preview.text).toContain('No deadline has been set yet');
    expect(sink.messages).toHaveLength(0);
    expect(await service.scanAll()).toEqual(before);
  });

  it('sends to every missing, enabled agency in its language with sign-in link and WIB deadline', async () => {
    const patched = await service.call('PATCH', `/api/assessments/${AID}`, {
      token: admin(),
      json: { deadline: '2026-12-11T17:00:00+07:00' },
    });
    expect(patched.status).toBe(200);
    const res = await remind({});
    expect(res.status).toBe(200);
    const body = (await res.json()) as { delivery: string; results: unknown[] };
    expect(body.delivery).toBe('smtp');
    expect(body.results).toEqual([
      { agency: 'BAPPEDA', status: 'sent', to: 'plan@bappeda.go.id' },
      { agency: 'DINKES', status: 'sent', to: 'sari@dinkes.go.id' },
      { agency: 'DINSOS', status: 'no_address' },
    ]);
    const byTo = new Map(sink.messages.map((m, i) => [sink.recipients[i]![0], m]));
    expect([...byTo.keys()].sort()).toEqual(['plan@bappeda.go.id', 'sari@dinkes.go.id']);
    const id = byTo.get('sari@dinkes.go.id')!;
    expect(id.subject).toBe('Pengingat: mohon kirim jawaban Anda untuk Local MGI Jawa Tengah 2026');
    expect(id.text).toContain('Yth. Ibu Sari,');
    expect(id.text).toContain('Jumat, 11 Desember 2026, pukul 17.00 WIB');
    expect(id.text).toContain('https://mgi.example.org/signin?lang=id');
    const en = byTo.get('plan@bappeda.go.id')!;
    expect(en.subject).toBe('Reminder: please submit your answers for Local MGI Jawa Tengah 2026');
    expect(en.text).toContain('Friday 11 December 2026, 17:00 WIB');
    expect(en.html).toContain('href="https://mgi.example.org/signin?lang=en"');
    const entries = await service.deps.audit.list(AID);
    const sent = entries.filter((e) => e.action === 'reminder.sent');
    expect(sent.map((e) => e.target).sort()).toEqual(['agency:BAPPEDA', 'agency:DINKES']);
    expect(entries.filter((e) => e.action === 'reminder.failed').map((e) => e.after)).toEqual([
      { status: 'no_address' },
    ]);
  });

  it('sends to chosen agencies only, codes in any case', async () => {
    const count = sink.messages.length;
    const res = await remind({ agencies: ['undip', 'Dinkes'] });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { results: unknown[] }).results).toEqual([
      { agency: 'UNDIP', status: 'sent', to: 'lppm@undip.ac.id' },
      { agency: 'DINKES', status: 'sent', to: 'sari@dinkes.go.id' },
    ]);
    expect(sink.messages.length).toBe(count + 2);
  });

  it('refuses unknown or disabled agencies and malformed bodies, naming the place, sending nothing', async () => {
    const before = await service.scanAll();
    const count = sink.messages.length;
    const res = await remind({ agencies: ['DINKES', 'NOPE', 'off'] });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as {
      error: { code: string; issues: { field: string; code: string }[] };
    };
    expect(error.code).toBe('reminder.invalid');
    expect(error.issues.map((i) => [i.field, i.code])).toEqual([
      ['agencies.1', 'reminder.agency_unknown'],
      ['agencies.2', 'reminder.agency_disabled'],
    ]);
    const bad = await remind({ agencies: 'DINKES', dryRun: 'yes' });
    expect(bad.status).toBe(422);
    const fields = ((await bad.json()) as { error: { issues: { field: string }[] } }).error.issues.map(
      (i) => i.field,
    );
    expect(fields.sort()).toEqual(['agencies', 'dryRun']);
    const agency = await service.call('POST', `/api/assessments/${AID}/reminders`, {
      token: 'mgi_agy_nope',
      json: {},
    });
    expect(agency.status).toBe(401);
    expect(sink.messages.length).toBe(count);
    expect(await service.scanAll()).toEqual(before);
  });

  it('reports every agency failed when SMTP is down, changes nothing else, and a retry works', async () => {
    const down = await startSmtpSink();
    await down.close();
    service.deps.mailer = new SmtpMailer(down.url, FROM);
    const agenciesBefore = (await service.scanAll()).filter((i) => !i.PK!.S!.startsWith('AUDIT#'));
    const res = await remind({});
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as {
      results: { agency: string; status: string; error?: string }[];
    };
    expect(results.map((r) => [r.agency, r.status])).toEqual([
      ['BAPPEDA', 'failed'],
      ['DINKES', 'failed'],
      ['DINSOS', 'no_address'],
    ]);
    expect(results[0]!.error).toMatch(/ECONNREFUSED/);
    expect((await service.scanAll()).filter((i) => !i.PK!.S!.startsWith('AUDIT#'))).toEqual(agenciesBefore);
    const failed = (await service.deps.audit.list(AID)).filter(
      (e) => e.action === 'reminder.failed' && (e.after as { status: string }).status === 'failed',
    );
    expect(failed.map((e) => e.target).sort()).toEqual(['agency:BAPPEDA', 'agency:DINKES']);

    service.deps.mailer = new SmtpMailer(sink.url, FROM);
    const retry = (await (await remind({})).json()) as { results: { status: string }[] };
    expect(retry.results.map((r) => r.status)).toEqual(['sent', 'sent', 'no_address']);
  });

  it('exports who is missing with contacts (disabled and submitted agencies left out)', async () => {
    const res = await service.call('GET', `/api/assessments/${AID}/missing.xlsx?lang=en`, { token: admin() });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.getWorksheet('Missing')!;
    const rows = [4, 5, 6, 7].map((r) => sheet.getRow(r).values);
    expect(rows).toEqual([
      [undefined, 'BAPPEDA', 'Bappeda', 'Provincial', '', 'plan@bappeda.go.id', ''],
      [undefined, 'DINKES', 'Dinas Kesehatan', 'Provincial', 'Ibu Sari', 'sari@dinkes.go.id', ''],
      [undefined, 'DINSOS', 'Dinas Sosial', 'Provincial', '', '', ''],
      [],
    ]);
  });
}
