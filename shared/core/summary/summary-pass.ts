import type { Framework } from '../framework.js';
import type { Lang } from '../types.js';
import { type AnswerMatrix, createAnswerMatrix } from './answer-matrix.js';
import { compareIds } from './compare-ids.js';
import type { AgencyResponses } from './consolidated-types.js';
import { type AssessmentSummary, createSummaryAccumulator, type SummaryDecisions } from './summary.js';

/**
 * One pass over the agencies' current responses: the summary counters and the one-byte-per-answer
 * matrix the consolidated workbook's Matrix sheet needs. Nothing else of a page is kept.
 */
export async function summaryPass(input: {
  framework: Framework;
  registeredAgencyCodes: readonly string[];
  pages: AsyncIterable<AgencyResponses>;
  assessmentId: string;
  generatedAt: string | Date;
  lang?: Lang;
  decisions?: SummaryDecisions;
}): Promise<{ summary: AssessmentSummary; answers: AnswerMatrix }> {
  const acc = createSummaryAccumulator(input.framework, input.registeredAgencyCodes, {
    lang: input.lang,
    ...input.decisions,
  });
  const answers = createAnswerMatrix(input.framework, [...input.registeredAgencyCodes].sort(compareIds));
  for await (const page of input.pages) {
    acc.add(page.agency, page.responses);
    answers.add(page.agency, page.responses);
  }
  return {
    summary: acc.finish({ assessmentId: input.assessmentId, generatedAt: input.generatedAt }),
    answers,
  };
}
