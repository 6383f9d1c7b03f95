/**
 * Parses uploaded workbooks in a worker thread (tinypool), so exceljs's CPU work runs beside the
 * local service's event loop instead of on it. A Lambda parses on its own thread (one request per
 * instance). An AppError crosses the thread as plain data and is rebuilt here.
 */
import { Tinypool } from 'tinypool';
import { AppError } from '../../shared/core/app-error.js';
import { fail } from '../../shared/core/errors/index.js';
import { SHEET_LIMITS } from '../../shared/core/workbook/sheet-bounds.js';
import type { AnnotateRejected, ParseRoster, ParseWorkbook } from '../app/deps.js';
import { FairQueue } from './fair-queue.js';
import type { AnnotateReply, ParseReply, RosterReply } from './parse-worker.js';

export interface ParsePool {
  parse: ParseWorkbook;
  /** The annotated download's work (parse again, mark up), in the same queue as the parses. */
  annotate: AnnotateRejected;
  /** The roster import's workbook read, in the same queue. */
  roster: ParseRoster;
  close(): Promise<void>;
}

/**
 * Old-generation heap of one parse worker. The element budget keeps an open far below it; it is
 * the backstop: a workbook that still grows past it kills only that worker (tinypool starts a new
 * one) and is answered 422 `upload.too_complex`, never a process out of memory.
 */
export const PARSE_WORKER_HEAP_MB = 96;

const asAppError = (fields: Record<string, unknown>) =>
  Object.assign(Object.create(AppError.prototype) as AppError, fields);

/**
 * Starts a pool of `threads` parse workers (default one: the store and the app need a core too).
 * Jobs wait in one fair queue: when a worker frees up, the next agency in turn goes first.
 */
export function startParsePool(threads = 1): ParsePool {
  const filename = new URL('./parse-worker-entry.mjs', import.meta.url).href;
  const pool = new Tinypool({
    filename,
    name: 'parseJob',
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: PARSE_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
  });
  const queue = new FairQueue(threads);
  let closed = false;
  const run = async <R>(key: string, task: () => Promise<R>): Promise<R> => {
    if (closed) throw new Error('parse pool is closed');
    try {
      return await queue.run(key, task);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
      throw fail('upload.too_complex', { limit: SHEET_LIMITS.elements, part: 'xl/' }, { cause: error });
    }
  };
  const keyOf = (expected: { assessmentId?: string; agencyCode?: string } | undefined) =>
    `${expected?.assessmentId ?? ''}/${expected?.agencyCode ?? ''}`;
  return {
    parse: async (bytes, options) => {
      const reply = await run(
        keyOf(options.expected),
        () => pool.run({ bytes, ...options }) as Promise<ParseReply>,
      );
      if (reply.ok) return reply.result;
      throw asAppError(reply.appError);
    },
    annotate: async (bytes, options) => {
      // The stored file is not needed here afterwards: its memory moves to the worker, uncopied.
      const own =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      const reply = await run(
        keyOf(options.expected),
        () =>
          pool.run(
            { bytes: own, ...options },
            { name: 'annotateJob', transferList: [own.buffer as ArrayBuffer] },
          ) as Promise<AnnotateReply>,
      );
      if (reply.ok) return reply.result;
      throw asAppError(reply.appError);
    },
    roster: async (bytes, options) => {
      const reply = await run(
        `roster/${options.assessmentId}`,
        () => pool.run({ bytes, lang: options.lang }, { name: 'rosterJob' }) as Promise<RosterReply>,
      );
      if (reply.ok) return reply.result;
      throw asAppError(reply.appError);
    },
    close: () => {
      closed = true;
      return pool.destroy();
    },
  };
}
