/**
 * Parses uploaded workbooks in a worker thread (tinypool), so exceljs's CPU work runs beside the
 * local service's event loop instead of on it. A Lambda parses on its own thread (one request per
 * instance). An AppError crosses the thread as plain data and is rebuilt here.
 */
import { Tinypool } from 'tinypool';
import { AppError } from '../../shared/core/app-error.js';
import type { AnnotateRejected, ParseWorkbook } from '../app/deps.js';
import type { AnnotateReply, ParseReply } from './parse-worker.js';

export interface ParsePool {
  parse: ParseWorkbook;
  /** The annotated download's work (parse again, mark up), in the same queue as the parses. */
  annotate: AnnotateRejected;
  close(): Promise<void>;
}

/** Starts a pool of `threads` parse workers (default one: the store and the app need a core too). */
export function startParsePool(threads = 1): ParsePool {
  const filename = new URL('./parse-worker-entry.mjs', import.meta.url).href;
  const pool = new Tinypool({ filename, name: 'parseJob', minThreads: threads, maxThreads: threads });
  let closed = false;
  return {
    parse: async (bytes, options) => {
      if (closed) throw new Error('parse pool is closed');
      const reply = (await pool.run({ bytes, ...options })) as ParseReply;
      if (reply.ok) return reply.result;
      throw Object.assign(Object.create(AppError.prototype) as AppError, reply.appError);
    },
    annotate: async (bytes, options) => {
      if (closed) throw new Error('parse pool is closed');
      const reply = (await pool.run({ bytes, ...options }, { name: 'annotateJob' })) as AnnotateReply;
      if (reply.ok) return reply.result;
      throw Object.assign(Object.create(AppError.prototype) as AppError, reply.appError);
    },
    close: () => {
      closed = true;
      return pool.destroy();
    },
  };
}
