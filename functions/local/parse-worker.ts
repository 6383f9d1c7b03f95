/**
 * Worker-thread side of the parse pool: parses one uploaded workbook per message with the same
 * core function the app thread would call, and posts the result (plain data) back.
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../shared/core/app-error.js';
import type { Framework } from '../../shared/core/framework.js';
import type { Lang } from '../../shared/core/types.js';
import { parseSubmissionWorkbook } from '../../shared/core/workbook/parse-submission.js';

interface ParseJob {
  id: number;
  bytes: Uint8Array;
  /** Absent when it is the same as the previous job's (the pool sends it only when it changes). */
  framework?: Framework;
  expected?: { assessmentId?: string; agencyCode?: string };
  lang?: Lang;
}

let lastFramework: Framework | undefined;

// One job at a time, in arrival order: started together, a burst of parses would interleave at
// exceljs's awaits and keep every workbook model alive at once (more GC, and every parse finishing
// at the end of the burst instead of in turn).
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: ParseJob) => {
  // runJob answers every job itself; the catch only keeps one failed reply from stopping the queue.
  queue = queue.then(() => runJob(job)).catch(() => undefined);
});

async function runJob(job: ParseJob): Promise<void> {
  const { bytes, id, framework = lastFramework, ...options } = job;
  lastFramework = framework;
  try {
    if (!framework) throw new Error('parse job without a framework');
    const result = await parseSubmissionWorkbook(bytes, { ...options, framework });
    parentPort?.postMessage({ id, result });
  } catch (error) {
    // A structured clone keeps an Error's message but not its class or fields: send AppError as data.
    const appError = isAppError(error)
      ? {
          code: error.code,
          status: error.status,
          message: error.message,
          issues: error.issues,
          totalIssues: error.totalIssues,
          cause: error.cause === undefined ? undefined : String(error.cause),
        }
      : undefined;
    parentPort?.postMessage({
      id,
      appError,
      error: appError ? undefined : error instanceof Error ? error : new Error(String(error)),
    });
  }
}
