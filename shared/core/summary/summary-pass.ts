import type { Framework } from '../framework.js';
import type { Lang } from '../types.js';
import { type AnswerMatrix, createAnswerMatrix } from './answer-matrix.js';
import { compareIds } from './compare-ids.js';
import type { AgencyResponses } from './consolidated-types.js';
import { type AssessmentSummary, createSummaryAccumulator } from './summary.js';

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
}): Promise<{ summary: AssessmentSummary; answers: AnswerMatrix }> {
  const acc = createSummaryAccumulator(input.framework, input.registeredAgencyCodes, { lang: input.lang });
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

/**
 * Reads up to `depth` items ahead of the consumer, so the store's next page is being fetched while
 * the current one is written to the workbook. Memory is bounded by `depth` items; the default is
 * one store page (100 agencies).
 */
export async function* readAhead<T>(source: AsyncIterable<T>, depth = 100): AsyncIterable<T> {
  const iterator = source[Symbol.asyncIterator]();
  const queue: Promise<IteratorResult<T>>[] = [];
  let done = false;
  const fill = () => {
    while (!done && queue.length < depth) {
      const next = iterator.next();
      queue.push(next);
      next.then(
        (r) => {
          if (r.done) done = true;
        },
        () => {
          done = true;
        },
      );
      // Async generators queue next() calls: issuing several at once is safe and lets the
      // generator run ahead into its next page while the consumer works.
    }
  };
  try {
    fill();
    while (queue.length > 0) {
      const result = await queue.shift()!;
      if (result.done) return;
      fill();
      yield result.value;
    }
  } finally {
    await iterator.return?.();
  }
}
