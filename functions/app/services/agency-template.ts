import type { Lang } from '../../../shared/core/types.js';
import type { Agency, Assessment } from '../../../shared/ports.js';
import type { AppDeps } from '../deps.js';
import { frameworkOf } from './frameworks.js';
import { templateReviewNotes } from './review-notes.js';

/** An agency's template as a download: the workbook bytes and the file name to offer. */
export interface AgencyTemplateFile {
  bytes: Uint8Array;
  filename: string;
}

/**
 * The agency's template for the assessment in `lang`, pre-filled with its current answers
 * (blank when it has none yet). Used by the API route and the agency web page alike.
 */
export async function agencyTemplate(
  deps: AppDeps,
  assessment: Assessment,
  agency: Pick<Agency, 'code' | 'name'>,
  lang: Lang,
): Promise<AgencyTemplateFile> {
  const [framework, prefill, review] = await Promise.all([
    frameworkOf(deps, assessment),
    deps.store.getCurrentResponses(assessment.id, agency.code),
    templateReviewNotes(deps, assessment.id, agency.code),
  ]);
  // exceljs is loaded only by the routes that need it (cold start).
  const { generateTemplate } = await import('../../../shared/core/template/generate-template.js');
  const bytes = await generateTemplate({
    framework,
    assessment: { id: assessment.id, name: assessment.name },
    agency: { code: agency.code, name: agency.name },
    lang,
    prefill: prefill ?? undefined,
    now: deps.clock.now(),
    ...review,
  });
  return { bytes, filename: `mgi-${assessment.id}-${agency.code}-${lang}.xlsx` };
}
