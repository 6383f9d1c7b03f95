/**
 * Filled workbooks for the tests, made the way an agency makes them: download the template the
 * service generates, type answers into it (by header and indicator id), save.
 */

import { fillTemplate } from '../../shared/core/demo/fill-template.js';
import type { Framework } from '../../shared/core/framework.js';
import { getBuiltInFramework } from '../../shared/core/framework.js';
import { generateTemplate } from '../../shared/core/template/generate-template.js';
import type { Lang } from '../../shared/core/types.js';
import type { ResponseInput } from '../../shared/core/validate-responses.js';

export const FRAMEWORK: Framework = getBuiltInFramework('local-mgi')!;

/** Answers for every indicator: `yes` with a regulation justification, varied by `seed`. */
export function answerRows(seed: string, options: { count?: number; answer?: string } = {}): ResponseInput[] {
  return FRAMEWORK.indicators.slice(0, options.count ?? FRAMEWORK.indicators.length).map((indicator, i) => {
    const answer = options.answer ?? ['Yes', 'Partially', 'No', "Don't know"][i % 4]!;
    const needsWhy = answer === 'Yes' || answer === 'Partially';
    return {
      indicatorId: indicator.id,
      answer,
      justificationType: needsWhy ? 'Regulation' : null,
      justification: needsWhy ? `Provincial regulation ${seed} covers indicator ${indicator.id}.` : null,
      evidence: needsWhy ? `Perda ${seed}/2024` : null,
    };
  });
}

/** A template of `agency` in `assessment`, filled with `rows`. */
export async function filledWorkbook(input: {
  assessmentId: string;
  agencyCode: string;
  rows: ResponseInput[];
  lang?: Lang;
}): Promise<Uint8Array> {
  const template = await generateTemplate({
    framework: FRAMEWORK,
    assessment: { id: input.assessmentId, name: `Assessment ${input.assessmentId}` },
    agency: { code: input.agencyCode, name: `Agency ${input.agencyCode}` },
    lang: input.lang ?? 'en',
  });
  return fillTemplate(template, input.rows);
}
