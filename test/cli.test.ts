import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_MGI_FRAMEWORK } from '../shared/core/frameworks/local-mgi.js';
import {
  AGENCY,
  ASSESSMENT,
  fillWithExcelJs,
  sampleResponses,
  toRawFields,
} from './fixtures/workbook-builder.js';
import { runMgi } from './support/run-mgi.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'mgi.js');
let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `mgi` bin in a child process: the entry point and its exit code, as a shell sees them. */
function mgiBin(...args: string[]): Promise<Run> {
  return new Promise((resolveRun) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolveRun({ code, stdout, stderr });
    });
  });
}

/** Runs an `mgi` command in-process in the test folder (a child process costs ~1 s of tsx start-up each). */
async function mgi(...args: string[]): Promise<Run> {
  const run = await runMgi(args, { cwd: dir });
  return { code: run.code, stdout: run.out, stderr: run.err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mgi-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mgi CLI', () => {
  it('prints help and refuses unknown commands and bad options with exit code 2', async () => {
    const [help, unknown, badLang, noFile, missing] = await Promise.all([
      mgiBin('--help'),
      mgiBin('frobnicate'),
      mgi('template', '--assessment', 'a', '--agency', 'b', '--out', 'x.xlsx', '--lang', 'fr'),
      mgi('validate', 'no-such-file.xlsx'),
      mgi('template', '--agency', 'b', '--out', 'x.xlsx'),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('template');
    expect(help.stdout).toContain('validate');
    expect([unknown.code, badLang.code, noFile.code, missing.code]).toEqual([2, 2, 2, 2]);
    expect(badLang.stderr).toContain('--lang must be en or id');
    expect(missing.stderr).toContain('missing --assessment');
  });

  it('writes a template, then validates it empty, filled, and for the wrong agency', async () => {
    const made = await mgi(
      'template',
      '--assessment',
      ASSESSMENT.id,
      '--assessment-name',
      ASSESSMENT.name,
      '--agency',
      AGENCY.code,
      '--agency-name',
      AGENCY.name,
      '--lang',
      'id',
      '--out',
      'template.xlsx',
    );
    expect(made.code).toBe(0);
    const template = new Uint8Array(await readFile(join(dir, 'template.xlsx')));
    const expected = sampleResponses();
    await writeFile(join(dir, 'filled.xlsx'), await fillWithExcelJs(template, toRawFields(expected, 'id')));
    await writeFile(join(dir, 'report.pdf.xlsx'), '%PDF-1.7\n1 0 obj << >> endobj\n');

    const [empty, good, wrongAgency, table, pdf] = await Promise.all([
      mgi('validate', 'template.xlsx', '--json'),
      mgi('validate', 'filled.xlsx', '--assessment', ASSESSMENT.id, '--agency', AGENCY.code, '--json'),
      mgi('validate', 'filled.xlsx', '--agency', 'DISNAKER', '--json'),
      mgi('validate', 'template.xlsx'),
      mgi('validate', 'report.pdf.xlsx', '--json', '--lang', 'id'),
    ]);

    expect(empty.code).toBe(1);
    expect(JSON.parse(empty.stdout)).toMatchObject({ ok: false, issues: [{ code: 'submission.empty' }] });

    expect(good.code).toBe(0);
    const report = JSON.parse(good.stdout);
    expect(report).toMatchObject({ ok: true, issues: [], totalIssues: 0, lang: 'id' });
    expect(report.meta).toMatchObject({
      assessmentId: ASSESSMENT.id,
      agencyCode: AGENCY.code,
      frameworkId: 'local-mgi',
    });
    expect(report.responses).toEqual(expected);

    expect(wrongAgency.code).toBe(1);
    expect(JSON.parse(wrongAgency.stdout).issues).toEqual([
      expect.objectContaining({ code: 'template.wrong_agency', sheet: '_mgi_meta', cell: 'B6' }),
    ]);

    expect(table.code).toBe(1);
    expect(table.stdout).toContain('submission.empty');
    expect(table.stdout).toMatch(/Isian!D5 +1\.01 +answer\.blank/);

    expect(pdf.code).toBe(1);
    expect(JSON.parse(pdf.stdout).issues[0].code).toBe('upload.not_a_workbook');
  });

  it('uses a framework given as a JSON file', async () => {
    const pilot = {
      ...LOCAL_MGI_FRAMEWORK,
      id: 'pilot-mgi',
      version: '1',
      indicators: LOCAL_MGI_FRAMEWORK.indicators.filter((i) => i.id.endsWith('1')),
    };
    await writeFile(join(dir, 'pilot.json'), JSON.stringify(pilot));
    const made = await mgi(
      'template',
      '--framework',
      'pilot.json',
      '--assessment',
      'p',
      '--agency',
      'X',
      '--out',
      'p.xlsx',
    );
    expect(made.code).toBe(0);
    const file = await fillWithExcelJs(
      new Uint8Array(await readFile(join(dir, 'p.xlsx'))),
      new Map([['1.01', { answer: 'No' }]]),
    );
    await writeFile(join(dir, 'p-filled.xlsx'), file);
    const [withFramework, withoutFramework] = await Promise.all([
      mgi('validate', 'p-filled.xlsx', '--framework', 'pilot.json', '--json'),
      mgi('validate', 'p-filled.xlsx', '--json'),
    ]);
    expect(withFramework.code).toBe(0);
    expect(JSON.parse(withFramework.stdout).counts).toMatchObject({
      no: 1,
      unanswered: pilot.indicators.length - 1,
    });
    // Without --framework only built-in frameworks are known.
    expect(withoutFramework.code).toBe(1);
    expect(JSON.parse(withoutFramework.stdout).issues[0].code).toBe('template.wrong_framework');
  });
});
