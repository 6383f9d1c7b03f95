import { describe, expect, it } from 'vitest';
import { LOCAL_MGI_FRAMEWORK } from '../frameworks/local-mgi.js';
import { generateTemplate } from '../template/generate-template.js';
import { parseSubmissionWorkbook } from '../workbook/parse-submission.js';
import { DEMO_AGENCIES } from './demo-agencies.js';
import { demoResponses, toTemplateRows } from './demo-responses.js';
import { fillTemplate } from './fill-template.js';

describe('fillTemplate', () => {
  it('writes an agency\u2019s answers into its template so that the upload parser reads them back', async () => {
    const agency = DEMO_AGENCIES.find((a) => a.code === 'DISNAKER-CLP')!;
    const template = await generateTemplate({
      framework: LOCAL_MGI_FRAMEWORK,
      assessment: { id: 'jateng-2026', name: 'Central Java Local MGI 2026' },
      agency,
      lang: agency.lang,
    });
    const responses = demoResponses(LOCAL_MGI_FRAMEWORK, agency, 'jateng-2026');
    const filled = await fillTemplate(template, toTemplateRows(responses, agency.lang));
    const parsed = await parseSubmissionWorkbook(filled, {
      framework: LOCAL_MGI_FRAMEWORK,
      expected: { assessmentId: 'jateng-2026', agencyCode: 'DISNAKER-CLP' },
    });
    expect(parsed.issues).toEqual([]);
    expect(parsed.meta?.agencyCode).toBe('DISNAKER-CLP');
    expect(parsed.responses).toEqual(responses);
  });
});
