import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { sampleAssessment } from '../../../test/fixtures/sample-assessment.js';
import type { DomainFindings } from '../findings/findings-types.js';
import { LOCAL_MGI_FRAMEWORK } from '../frameworks/local-mgi.js';
import type { ValidatedAnswer } from '../validation/validation-types.js';
import { buildReportDocx } from './report-docx.js';
import { reportModelFromPages } from './report-pass.js';

const actor = { kind: 'account' as const, id: 'acc1', name: 'Coordinator' };
const HOSTILE_NOTE = 'Agreed <w:p><w:r><w:t>injected</w:t></w:r></w:p> ]]> \u0001\u0007 end';

async function sampleModel() {
  const { agencies, pages } = sampleAssessment(LOCAL_MGI_FRAMEWORK, 12, 10);
  const validated: ValidatedAnswer[] = [
    {
      indicatorId: '1.02',
      answer: 'no',
      note: HOSTILE_NOTE,
      sources: [],
      version: 1,
      updatedAt: '2026-04-01T00:00:00Z',
      updatedBy: actor,
    },
  ];
  const findings: DomainFindings[] = [
    {
      domainId: '1',
      status: 'final',
      highlights: [
        {
          indicatorId: '1.03',
          text: { en: 'Civil registry reaches migrants.', id: 'Dukcapil menjangkau migran.' },
        },
        { indicatorId: '1.04' },
        { indicatorId: '1.05' },
      ],
      gaps: [{ indicatorId: '1.02' }],
      version: 2,
      updatedAt: '2026-04-01T00:00:00Z',
      updatedBy: actor,
    },
    {
      domainId: '2',
      status: 'draft',
      highlights: [{ indicatorId: '2.01' }],
      gaps: [],
      version: 1,
      updatedAt: '2026-04-01T00:00:00Z',
      updatedBy: actor,
    },
  ];
  return reportModelFromPages(
    {
      framework: LOCAL_MGI_FRAMEWORK,
      assessment: {
        id: 'jateng',
        name: 'Central Java 2026',
        createdAt: '2026-01-10T00:00:00Z',
        deadline: '2026-03-31T16:59:00Z',
      },
      agencies,
      validated,
      findings,
      generatedAt: '2026-04-02T00:00:00Z',
    },
    pages(),
  );
}

describe('buildReportDocx', () => {
  it('follows the picks of a final domain and marks the others as proposed', async () => {
    const model = await sampleModel();
    const [d1, d2] = model.domains;
    expect(d1!.status).toBe('final');
    expect(d1!.highlights.map((h) => h.indicatorId)).toEqual(['1.03', '1.04', '1.05']);
    expect(d1!.highlights[0]!.citations.length).toBeGreaterThan(0);
    expect(d1!.gaps.map((g) => [g.indicatorId, g.final])).toEqual([['1.02', 'no']]);
    // A draft is not final: the automatic proposals (consensus yes) are shown.
    expect(d2!.status).toBe('proposed');
    for (const h of d2!.highlights) expect(h.final).toBe('yes');
    expect(model.indicators.find((i) => i.id === '1.02')).toMatchObject({ validated: 'no', final: 'no' });
    expect(model.agencies).toMatchObject({ registered: 12, submitted: 10 });
  });

  for (const lang of ['en', 'id'] as const) {
    it(`writes real Word structure in ${lang}: headings, repeating header rows, page numbers, language`, async () => {
      const model = await sampleModel();
      const bytes = await buildReportDocx(model, lang);
      const files = unzipSync(bytes);
      const document = strFromU8(files['word/document.xml']!);
      const styles = strFromU8(files['word/styles.xml']!);
      expect(styles).toContain(`w:val="${lang === 'en' ? 'en-GB' : 'id-ID'}"`);
      for (const h of ['Heading1', 'Heading2', 'Heading3'])
        expect(document).toContain(`<w:pStyle w:val="${h}"/>`);
      expect(document).toContain('<w:tblHeader/>');
      const footer = Object.keys(files)
        .filter((f) => f.startsWith('word/footer'))
        .map((f) => strFromU8(files[f]!))
        .join('');
      expect(footer).toContain('PAGE');
      expect(footer).toContain('NUMPAGES');

      const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
      const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      const domainWord = lang === 'en' ? 'Domain' : 'Dimensi';
      for (const d of LOCAL_MGI_FRAMEWORK.domains)
        expect(html).toContain(`<h1>${domainWord} ${d.id}: ${d.name[lang]}`);
      expect(html).toMatch(
        lang === 'en' ? /<h1>Domain 2: [^<]*\(proposed\)/ : /<h1>Dimensi 2: [^<]*\(usulan\)/,
      );
      expect(html).not.toMatch(
        lang === 'en' ? /<h1>Domain 1: [^<]*\(proposed\)/ : /<h1>Dimensi 1: [^<]*\(usulan\)/,
      );
      // Each highlight: the indicator, its own text, and the regulations cited with agency names.
      for (const d of model.domains) {
        for (const h of d.highlights) {
          expect(html).toContain(`<h3>${h.indicatorId} `);
          for (const c of h.citations) {
            expect(text).toContain(c.text);
            expect(text).toContain(c.agencies[0]!);
          }
        }
      }
      expect(text).toContain(
        lang === 'en' ? 'Civil registry reaches migrants.' : 'Dukcapil menjangkau migran.',
      );
      // Annex: every indicator, and the focus group's note as literal text.
      for (const i of LOCAL_MGI_FRAMEWORK.indicators) expect(text).toContain(i.text[lang]);
      expect(text).toContain('Agreed <w:p><w:r><w:t>injected</w:t></w:r></w:p> ]]> \uFFFD\uFFFD end');
      expect(text).toContain('Sample agency 10');
      expect(text).not.toContain('Sample agency 11');
    });
  }

  it('lists the agencies of a large roll-out by level in running text, every name present', async () => {
    const { agencies, pages } = sampleAssessment(LOCAL_MGI_FRAMEWORK, 400);
    const model = await reportModelFromPages(
      {
        framework: LOCAL_MGI_FRAMEWORK,
        assessment: { id: 'national', name: 'National 2026', createdAt: '2026-01-10T00:00:00Z' },
        agencies,
        validated: [],
        findings: [],
        generatedAt: '2026-04-02T00:00:00Z',
      },
      pages(),
    );
    const bytes = await buildReportDocx(model, 'en');
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    const annex = html.slice(html.indexOf('<h1>Annex 2'));
    expect(annex).toContain('400 agencies took part, listed by level.');
    expect(annex).not.toContain('<table>');
    for (const a of agencies) expect(annex).toContain(a.name);
  });
});
