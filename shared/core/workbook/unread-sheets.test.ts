import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fillWithOpenpyxl, resaveWithLibreOffice } from '../../../test/fixtures/external-tools.js';
import {
  AGENCY,
  ASSESSMENT,
  buildTemplate,
  editWorkbook,
  fillWithExcelJs,
  type RawFields,
  sampleResponses,
  toRawFields,
} from '../../../test/fixtures/workbook-builder.js';
import { isAppError } from '../app-error.js';
import { LOCAL_MGI_FRAMEWORK } from '../frameworks/local-mgi.js';
import { TEMPLATE_FORMAT } from '../template/meta-sheet.js';
import type { Lang } from '../types.js';
import { inspectContainer } from './check-container.js';
import { loadExcelJs } from './exceljs.js';
import { IGNORED_NODES } from './open-submission-workbook.js';
import { parseSubmissionWorkbook } from './parse-submission.js';
import { slimWorkbookZip } from './slim-zip.js';
import { cellNumbers, markupOnly, onlyPlainStrings, plainText, unreadSheetParts } from './unread-sheets.js';

// ---------------------------------------------------------------- parts written by hand

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const sheetXml = (cells: string) =>
  `${DECLARATION}<worksheet ${NS}><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
const sst = (...items: string[]) =>
  `${DECLARATION}<sst ${NS} count="${items.length}">${items.join('')}</sst>`;
const si = (text: string) => `<si><t>${text}</t></si>`;
const shared = (index: number, ref = 'A1') => `<c r="${ref}" t="s"><v>${index}</v></c>`;
const inline = (text: string) => `<c r="A1" t="inlineStr"><is><t>${text}</t></is></c>`;
const utf8 = (text: string) => strToU8(text);

interface SheetSpec {
  name: string;
  sheetId?: string;
  rId?: string;
}

/**
 * The parts the check reads: workbook.xml with `sheets` (default: Instructions on sheet1,
 * Responses on sheet2), its relationships and the given parts.
 */
function book(
  parts: Record<string, string>,
  sheets: SheetSpec[] = [{ name: 'Instructions' }, { name: 'Responses' }],
  rels?: [id: string, target: string][],
): Map<string, Uint8Array> {
  const sheetTags = sheets
    .map(
      (s, i) => `<sheet name="${s.name}" sheetId="${s.sheetId ?? i + 1}" r:id="${s.rId ?? `rId${i + 1}`}"/>`,
    )
    .join('');
  const relations = rels ?? sheets.map((_s, i) => [`rId${i + 1}`, `worksheets/sheet${i + 1}.xml`]);
  const relTags = relations.map(
    ([id, target]) => `<Relationship Id="${id}" Type="worksheet" Target="${target}"/>`,
  );
  const map = new Map<string, Uint8Array>([
    [
      'xl/workbook.xml',
      utf8(
        `${DECLARATION}<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheetTags}</sheets></workbook>`,
      ),
    ],
    ['xl/_rels/workbook.xml.rels', utf8(`${DECLARATION}<Relationships>${relTags.join('')}</Relationships>`)],
    ['xl/worksheets/sheet2.xml', utf8(sheetXml(shared(1)))],
  ]);
  for (const [name, text] of Object.entries(parts)) map.set(name, utf8(text));
  return map;
}

const SHEET1 = 'xl/worksheets/sheet1.xml';
const instructions = (cells: string, strings: string[] = ['How to fill in', 'ID']) =>
  book({ [SHEET1]: sheetXml(cells), 'xl/sharedStrings.xml': sst(...strings.map(si)) });
const dropped = (entries: Map<string, Uint8Array>) => [...unreadSheetParts(entries)];

describe('unreadSheetParts', () => {
  it('leaves out an instructions sheet whose cells hold plain texts the parser never acts on', () => {
    expect(dropped(instructions(shared(0)))).toEqual([SHEET1]);
    expect(dropped(instructions(inline('Open the &quot;Responses&quot; sheet')))).toEqual([SHEET1]);
    expect(
      dropped(book({ [SHEET1]: sheetXml(shared(0)) }, [{ name: 'Petunjuk' }, { name: 'Isian' }])),
    ).toEqual([SHEET1]);
    // Numbers, booleans and empty cells name at most a shared string, checked like the others.
    expect(dropped(instructions(`${shared(0)}<c r="B1"><v>0.5</v></c><c r="C1" s="1"/>`))).toEqual([SHEET1]);
  });

  it('keeps it when a cell can hold a header label or the template format, however spelt', () => {
    for (const text of [
      'ID',
      'Answer:',
      ' jawaban * ',
      'Bukti\u00a0dukung',
      'I\u200bD',
      'I&#68;',
      '_x0049_D',
    ]) {
      expect(dropped(instructions(shared(0), [text])), text).toEqual([]);
    }
    expect(dropped(instructions(shared(0), [`x ${TEMPLATE_FORMAT}`]))).toEqual([]);
    expect(dropped(instructions(inline('Answer')))).toEqual([]);
    expect(dropped(instructions(inline('&amp;quot;ID&amp;quot;')))).toEqual([SHEET1]);
    expect(dropped(instructions(inline('I&#x44;')))).toEqual([]);
  });

  it('keeps it when it cannot tell what exceljs would read', () => {
    const cases = {
      'a t="str" text': '<c r="A1" t="str"><v>How to</v></c>',
      'rich inline text': '<c r="A1" t="inlineStr"><is><r><t>How</t></r></is></c>',
      'two values in one cell': '<c r="A1" t="s"><v>0</v><v>1</v></c>',
      'a value with markup': '<c r="A1" t="s"><v>0<x/></v></c>',
      'an index past the table': shared(7),
      'a comment': `${shared(0)}<!-- ${shared(1)} -->`,
      'a CDATA value': '<c r="A1" t="s"><v><![CDATA[1]]></v></c>',
      'more cells than exceljs takes in a row': Array.from({ length: 501 }, () => shared(0)).join(''),
    };
    for (const [label, cells] of Object.entries(cases))
      expect(dropped(instructions(cells)), label).toEqual([]);
    const rich = book({
      [SHEET1]: sheetXml(shared(0)),
      'xl/sharedStrings.xml': sst('<si><r><t>How</t></r></si>'),
    });
    expect(dropped(rich)).toEqual([]);
    const phonetic = book({
      [SHEET1]: sheetXml(shared(0)),
      'xl/sharedStrings.xml': sst('<si><t>How</t><rPh sb="0" eb="1"><t>ID</t></rPh></si>'),
    });
    expect(dropped(phonetic)).toEqual([]);
    // A self-closing string before the one named would shift the count.
    const selfClosing = book({
      [SHEET1]: sheetXml(shared(1)),
      'xl/sharedStrings.xml': sst('<si/>', si('How')),
    });
    expect(dropped(selfClosing)).toEqual([]);
  });

  it('keeps it unless it is the only sheet on its part, with an id of its own and a plain mapping', () => {
    const parts = { [SHEET1]: sheetXml(shared(0)), 'xl/sharedStrings.xml': sst(si('How')) };
    expect(dropped(book(parts, [{ name: 'instructions' }, { name: 'Responses' }]))).toEqual([]);
    expect(dropped(book(parts, [{ name: 'Instructions', sheetId: '2' }, { name: 'Responses' }]))).toEqual([]);
    expect(
      dropped(
        book(
          parts,
          [{ name: 'Instructions' }, { name: 'Responses', rId: 'rId1' }],
          [['rId1', 'worksheets/sheet1.xml']],
        ),
      ),
    ).toEqual([]);
    const repeatedRel: [string, string][] = [
      ['rId1', 'worksheets/sheet1.xml'],
      ['rId2', 'worksheets/sheet2.xml'],
      ['rId1', 'worksheets/sheet2.xml'],
    ];
    expect(dropped(book(parts, undefined, repeatedRel))).toEqual([]);
    // exceljs resolves `/xl/...` targets too (openpyxl writes them).
    const absolute: [string, string][] = [
      ['rId1', '/xl/worksheets/sheet1.xml'],
      ['rId2', '/xl/worksheets/sheet2.xml'],
    ];
    expect(dropped(book(parts, undefined, absolute))).toEqual([SHEET1]);
  });

  it('reads indices without a shared-strings part as numbers', () => {
    expect(dropped(book({ [SHEET1]: sheetXml(shared(3)) }))).toEqual([SHEET1]);
  });
});

describe('the readers behind it', () => {
  it('finds markup-only XML', () => {
    expect(markupOnly(`${DECLARATION}<a><b/></a>`)).toBe(true);
    expect(markupOnly('<a><!-- x --></a>')).toBe(false);
    expect(markupOnly('<a><?pi x?></a>')).toBe(false);
    expect(markupOnly('<?xml version="1.0"')).toBe(false);
  });

  it('decodes text content as an XML parser and exceljs do', () => {
    expect(plainText('a &amp; b &#x49;&#68; _x0041_', false)).toBe('a & b ID _x0041_');
    expect(plainText('_x0041_', true)).toBe('A');
    expect(plainText('R & D', false)).toBeNull();
    expect(plainText('&#x110000;', false)).toBeNull();
  });

  it('lists the numbers of the cells', () => {
    expect(cellNumbers(sheetXml(`${shared(2)}${shared(10, 'B1')}<c r="C1"><v>-1.5E3</v></c>`), 500)).toEqual([
      2, 10, -1,
    ]);
    expect(cellNumbers(sheetXml(inline(' 12 ')), 500)).toEqual([12]);
  });

  it('checks only the strings named', () => {
    const table = utf8(sst(si('How'), si('ID'), si('Rules')));
    expect(onlyPlainStrings(table, [0, 2])).toBe(true);
    expect(onlyPlainStrings(table, [1])).toBe(false);
    expect(onlyPlainStrings(table, [-1])).toBe(false);
    expect(onlyPlainStrings(table, [3])).toBe(false);
  });
});

// ---------------------------------------------------------------- real templates

const parse = (bytes: Uint8Array) =>
  parseSubmissionWorkbook(bytes, {
    framework: LOCAL_MGI_FRAMEWORK,
    expected: { assessmentId: ASSESSMENT.id, agencyCode: AGENCY.code },
  });

/** What the parser reports for a file: the result, or the error's code, status, message and issues. */
async function outcome(bytes: Uint8Array): Promise<unknown> {
  try {
    return await parse(bytes);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return {
      code: error.code,
      status: error.status,
      message: error.message,
      issues: error.issues,
      total: error.totalIssues,
    };
  }
}

const rezip = (parts: Record<string, Uint8Array>) => new Uint8Array(zipSync(parts));

/** The zip entry of the sheet named `name`, by the mapping this module reads. */
function partOf(bytes: Uint8Array, name: string): string {
  const parts = unzipSync(bytes);
  const workbook = strFromU8(parts['xl/workbook.xml']!);
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']!);
  const rId = new RegExp(`<sheet\\b[^>]*name="${name}"[^>]*>`)
    .exec(workbook)?.[0]
    .match(/r:id="([^"]+)"/)?.[1];
  const target = new RegExp(`<Relationship\\b[^>]*Id="${rId}"[^>]*>`)
    .exec(rels)?.[0]
    .match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`no sheet named ${name}`);
  return `xl/${target.replace(/^\/xl\//, '')}`;
}

/** The same file with the named sheet's part marked so that it is never left out (an XML comment). */
function pinned(bytes: Uint8Array, name: string): Uint8Array {
  const parts = unzipSync(bytes);
  const path = partOf(bytes, name);
  parts[path] = utf8(strFromU8(parts[path]!).replace(/(<worksheet\b[^>]*>)/, '$1<!-- kept -->'));
  return rezip(parts);
}

/** Entry names of the zip exceljs is given. */
const slimmed = (bytes: Uint8Array) =>
  Object.keys(unzipSync(slimWorkbookZip(inspectContainer(bytes).entries)));

/** Asserts the sheet `name` is left out of `bytes` and the parser reports the same as with it. */
async function expectLeftOutUnchanged(bytes: Uint8Array, name: string): Promise<unknown> {
  const path = partOf(bytes, name);
  expect(slimmed(bytes)).not.toContain(path);
  const withSheet = pinned(bytes, name);
  expect(slimmed(withSheet)).toContain(path);
  const result = await outcome(bytes);
  expect(result).toEqual(await outcome(withSheet));
  return result;
}

/** Answers with a few problems, so the comparison covers issues with sheet and cell names. */
function fieldsWithProblems(lang: Lang): Map<string, RawFields> {
  const fields = toRawFields(sampleResponses(), lang);
  fields.set('1.01', { answer: 'Maybe', justificationType: null, justification: null, evidence: null });
  fields.set('1.02', { ...fields.get('1.02'), justification: 'short' });
  return fields;
}

describe.each(['en', 'id'] as const)('a filled %s template', (lang) => {
  it('is parsed without its instructions sheet, with the same result as with it', async () => {
    const template = await buildTemplate(lang);
    const clean = await fillWithExcelJs(template, toRawFields(sampleResponses(), lang));
    const result = (await expectLeftOutUnchanged(clean, lang === 'en' ? 'Instructions' : 'Petunjuk')) as {
      ok: boolean;
      responses: unknown[];
    };
    expect(result.ok).toBe(true);
    expect(result.responses).toHaveLength(76);

    const withProblems = await fillWithExcelJs(template, fieldsWithProblems(lang));
    const reported = (await expectLeftOutUnchanged(
      withProblems,
      lang === 'en' ? 'Instructions' : 'Petunjuk',
    )) as {
      issues: { sheet: string; cell: string }[];
    };
    expect(reported.issues.length).toBeGreaterThan(0);
    expect(reported.issues[0]!.sheet).toBe(lang === 'en' ? 'Responses' : 'Isian');
  });
});

describe('the slimmed workbook', () => {
  it('gives exceljs the other sheets with their names, ids, states and order', async () => {
    const file = await fillWithExcelJs(await buildTemplate('en'), toRawFields(sampleResponses(), 'en'));
    const ExcelJS = await loadExcelJs();
    const load = async (bytes: Uint8Array) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        Buffer.from(slimWorkbookZip(inspectContainer(bytes).entries)) as never,
        {
          ignoreNodes: IGNORED_NODES,
        } as never,
      );
      return workbook.worksheets.map((s) => ({ name: s.name, id: s.id, state: s.state, rows: s.rowCount }));
    };
    const all = await load(pinned(file, 'Instructions'));
    expect(all.map((s) => s.name)).toEqual(['Instructions', 'Responses', '_mgi_meta']);
    expect(await load(file)).toEqual(all.slice(1));
  });
});

describe('a user who moves things around', () => {
  const template = () => buildTemplate('en');
  const fields = () => fieldsWithProblems('en');

  it('keeps a sheet named like the instructions that holds the responses', async () => {
    const file = await editWorkbook(await fillWithExcelJs(await template(), fields()), (workbook) => {
      workbook.getWorksheet('Instructions')!.name = 'Notes';
      workbook.getWorksheet('Responses')!.name = 'Instructions';
    });
    // Neither is left out: one holds header labels, the other is no longer named like the instructions.
    expect(slimmed(file)).toEqual(
      expect.arrayContaining([partOf(file, 'Instructions'), partOf(file, 'Notes')]),
    );
    const result = (await outcome(file)) as { issues: { sheet: string }[] };
    expect(result.issues.length).toBeGreaterThan(0);
    expect(new Set(result.issues.map((i) => i.sheet))).toEqual(new Set(['Instructions']));
  });

  it('keeps an instructions sheet that carries the metadata rows after _mgi_meta was deleted', async () => {
    const file = await editWorkbook(await fillWithExcelJs(await template(), fields()), (workbook) => {
      const meta = workbook.getWorksheet('_mgi_meta')!;
      const rows = meta.getSheetValues().filter(Boolean) as unknown[][];
      workbook.removeWorksheet(meta.id);
      const instructions = workbook.getWorksheet('Instructions')!;
      rows.forEach((row, i) => {
        instructions.getRow(40 + i).values = row.slice(1) as never;
      });
    });
    expect(slimmed(file)).toContain(partOf(file, 'Instructions'));
    const result = (await outcome(file)) as { meta: { agencyCode: string } };
    expect(result.meta.agencyCode).toBe(AGENCY.code);
  });

  it('keeps an instructions sheet with a header row, which the parser then takes for the responses', async () => {
    const file = await editWorkbook(await fillWithExcelJs(await template(), fields()), (workbook) => {
      workbook.getWorksheet('Instructions')!.getRow(28).values = ['ID', 'Domain', 'Indicator', 'Answer'];
    });
    expect(slimmed(file)).toContain(partOf(file, 'Instructions'));
    const result = (await outcome(file)) as { code: string };
    expect(result.code).toBe('template.missing_column');
  });

  it('parses a workbook whose instructions sheet was deleted', async () => {
    const file = await editWorkbook(await fillWithExcelJs(await template(), fields()), (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet('Instructions')!.id);
    });
    const result = (await outcome(file)) as { issues: unknown[] };
    expect(result.issues.length).toBeGreaterThan(0);
  });
});

describe('files written by other programs', () => {
  it('leaves out the instructions of a file filled by openpyxl and of one re-saved by LibreOffice', async () => {
    const template = await buildTemplate('en');
    const byOpenpyxl = await fillWithOpenpyxl(template, fieldsWithProblems('en'));
    const byLibreOffice = await resaveWithLibreOffice(
      await fillWithExcelJs(template, fieldsWithProblems('en')),
    );
    for (const file of [byOpenpyxl, byLibreOffice]) {
      const result = (await expectLeftOutUnchanged(file, 'Instructions')) as { issues: unknown[] };
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });
});
