/**
 * The coordinator's reminders page through `app.request()` on the real app (dynalite): missing
 * agencies preselected, a preview of one e-mail, sending to the outbox folder (real .eml files) or
 * a real SMTP server, the result per agency, and the "who is missing" download.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../functions/create-app.js';
import { OutboxMailer } from '../shared/adapters/mail/outbox-mailer.js';
import { SmtpMailer } from '../shared/adapters/mail/smtp-mailer.js';
import { createAssessment } from './support/assessment-setup.js';
import { type DynamoBackend, startDynaliteBackend } from './support/dynamo-backends.js';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink.js';
import { startTestService, type TestService } from './support/test-service.js';
import { WebClient } from './support/web-client.js';

const AID = 'web-remind';
const PAGE = `/coordinator/a/${AID}/reminders`;

describe('coordinator reminders page', () => {
  let backend: DynamoBackend;
  let svc: TestService;
  let sink: SmtpSink;
  let outbox: string;
  let admin: WebClient;
  let csrf: string;

  beforeAll(async () => {
    [backend, sink] = await Promise.all([startDynaliteBackend(), startSmtpSink()]);
    svc = await startTestService(backend);
    outbox = await mkdtemp(join(tmpdir(), 'mgi-outbox-'));
    svc.deps.mailer = new OutboxMailer(outbox, 'MGI <mgi@example.org>', svc.deps.clock);
    await createAssessment(svc, AID, 'Jawa Tengah 2026');
    for (const [code, email] of [
      ['DINKES', 'sari@dinkes.go.id'],
      ['DINSOS', null],
    ] as const) {
      const res = await svc.call('PUT', `/api/assessments/${AID}/agencies/${code}`, {
        token: svc.adminToken,
        json: { name: `Dinas ${code}`, level: 'provincial', email, contactName: 'Ibu Sari' },
      });
      expect(res.status).toBe(201);
    }
    admin = new WebClient(createApp(svc.deps));
    await admin.signIn(svc.adminToken);
    csrf = await admin.csrf(PAGE);
  });
  afterAll(async () => {
    await svc?.close();
    await sink?.close();
    await backend?.close();
    await rm(outbox, { recursive: true, force: true });
  });

  it('preselects the missing agencies, says no deadline is set and that mail goes to the outbox folder', async () => {
    const html = await (await admin.request('GET', PAGE)).text();
    expect(html).toMatch(/id="remind-DINKES" name="agency" value="DINKES" checked/);
    expect(html).toMatch(/id="remind-DINSOS" name="agency" value="DINSOS" checked/);
    expect(html).toContain('No deadline set');
    expect(html).toContain(`written as an .eml file to the outbox folder ${outbox}`);
    expect(html).toContain('sari@dinkes.go.id');
    expect(html).toContain('no e-mail address');
  });

  it('previews the rendered e-mail of one agency and sends nothing', async () => {
    const res = await admin.request('POST', PAGE, {
      form: { _csrf: csrf, agency: 'DINKES', action: 'preview' },
    });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Preview: the e-mail to DINKES (sari@dinkes.go.id)');
    expect(html).toContain('Yth. Ibu Sari,');
    expect(html).toContain('http://localhost/signin?lang=id');
    expect(await readdir(outbox)).toEqual([]);
  });

  it('sends to the outbox folder as .eml files and shows the result per agency', async () => {
    const res = await admin.request('POST', PAGE, {
      form: [
        ['_csrf', csrf],
        ['agency', 'DINKES'],
        ['agency', 'DINSOS'],
        ['action', 'send'],
      ],
    });
    const html = await res.text();
    expect(html).toContain('1 sent, 0 failed, 1 without an address.');
    expect(html).toMatch(/data-agency="DINSOS">.*no address/s);
    const files = await readdir(outbox);
    expect(files).toHaveLength(1);
    const mail = await simpleParser(await readFile(join(outbox, files[0]!)));
    expect(mail.subject).toBe('Pengingat: mohon kirim jawaban Anda untuk Jawa Tengah 2026');
  });

  it('sends through SMTP when configured and refuses an empty choice', async () => {
    svc.deps.mailer = new SmtpMailer(sink.url, 'MGI <mgi@example.org>');
    const none = await admin.request('POST', PAGE, { form: { _csrf: csrf, action: 'send' } });
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Choose at least one agency.');
    const res = await admin.request('POST', PAGE, {
      form: { _csrf: csrf, agency: 'DINKES', action: 'send' },
    });
    expect(await res.text()).toContain('E-mails go out through the configured SMTP server.');
    expect(sink.messages).toHaveLength(1);
    expect(sink.recipients[0]).toEqual(['sari@dinkes.go.id']);
  });

  it('downloads who is missing with contacts', async () => {
    const res = await admin.request('GET', `${PAGE}/missing.xlsx`);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.worksheets[0]!.getCell('E4').value).toBe('sari@dinkes.go.id');
  });
});
