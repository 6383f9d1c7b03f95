/**
 * A small pool of worker threads that parse uploaded workbooks, so exceljs's CPU work (unzip, XML,
 * cells) runs beside the app's event loop instead of on it. One worker per core but one by default
 * (the app thread and the store's thread need a core too: on 2 cores, one worker gave a burst of 58
 * uploads a p50 of 245–263 ms against 303–322 ms with two, and the same p99). Jobs queue when all
 * are busy. Used by the local service; a Lambda parses in its own thread.
 */
import { cpus } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/core/app-error.js';
import type { Framework } from '../../shared/core/framework.js';
import type { Issue } from '../../shared/core/types.js';
import type { ParseWorkbook } from '../app/deps.js';

interface SentAppError {
  code: string;
  status: number;
  message: string;
  issues: Issue[];
  totalIssues: number;
  cause?: string;
}

const toAppError = (e: SentAppError) =>
  new AppError(e.code, e.status, e.message, {
    issues: e.issues,
    totalIssues: e.totalIssues,
    cause: e.cause === undefined ? undefined : new Error(e.cause),
  });

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: unknown;
  appError?: SentAppError;
}

/** One worker and what the pool knows about it. */
interface Slot {
  worker: Worker;
  /** Jobs sent to this worker and not answered yet, by id. */
  jobs: Map<number, Pending>;
  /** The framework object last sent: the worker keeps it, so it is sent again only when it changes. */
  framework?: Framework;
  alive: boolean;
}

export interface ParsePool {
  parse: ParseWorkbook;
  /** Number of workers. */
  size: number;
  close(): Promise<void>;
}

/** Starts `size` parse workers (default: one per core but one, at least one). */
export function startParsePool(size = Math.max(1, cpus().length - 1)): ParsePool {
  // Same extension as this module: `.ts` under tsx (the worker inherits its loader), `.js` when built.
  const here = fileURLToPath(import.meta.url);
  const script = new URL(`./parse-worker${extname(here)}`, import.meta.url);
  let nextId = 1;
  let failure: unknown;

  // A dead worker fails its own jobs and takes no new ones (a parse error is a message, not a death).
  const retire = (slot: Slot, error: unknown) => {
    slot.alive = false;
    for (const job of slot.jobs.values()) job.reject(error);
    slot.jobs.clear();
  };

  const slots = Array.from({ length: size }, (): Slot => {
    const slot: Slot = { worker: startWorker(script), jobs: new Map(), alive: true };
    slot.worker.unref();
    slot.worker.on('message', (message: Reply) => {
      const job = slot.jobs.get(message.id);
      slot.jobs.delete(message.id);
      if (!job) return;
      if (message.appError) job.reject(toAppError(message.appError));
      else if (message.error !== undefined) job.reject(message.error);
      else job.resolve(message.result);
    });
    slot.worker.on('error', (error) => {
      failure = error;
      retire(slot, error);
    });
    slot.worker.on('exit', (code) => retire(slot, new Error(`parse worker exited with code ${code}`)));
    return slot;
  });

  const parse: ParseWorkbook = (bytes, options) => {
    // The least busy live worker takes the job; its queue is the worker's own message queue.
    let slot: Slot | undefined;
    for (const s of slots) if (s.alive && (!slot || s.jobs.size < slot.jobs.size)) slot = s;
    if (!slot) return Promise.reject(failure ?? new Error('parse pool is closed'));
    const id = nextId++;
    // The framework (~23 KB of JSON) is cloned only when this worker's last one was another
    // object: a built-in framework is one object for the process, so it crosses once per worker.
    const { framework, ...rest } = options;
    const resend = slot.framework !== framework;
    slot.framework = framework;
    const { worker, jobs } = slot;
    return new Promise((resolve, reject) => {
      jobs.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, bytes, ...rest, ...(resend ? { framework } : {}) });
    });
  };
  return {
    parse,
    size,
    close: async () => {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** Young generation of a parse worker's heap, in MB (V8's default is 16–32 on 64-bit). */
const PARSE_YOUNG_GENERATION_MB = 96;

// Under tsx a worker does not inherit the TypeScript loader for its entry module: a plain
// CommonJS bootstrap registers tsx first, then imports the worker module.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.script);
})();
`;

function startWorker(script: URL): Worker {
  const tsx = script.pathname.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : undefined;
  return new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { script: script.href, tsx },
    // exceljs allocates a few MB per parse; a larger young generation lets most of it die young
    // instead of being promoted, which made the old generation's collections during a burst rarer
    // (bench/upload: p99 324–336 ms with 96–192 MB, 376–384 ms with the default, back to back).
    resourceLimits: { maxYoungGenerationSizeMb: PARSE_YOUNG_GENERATION_MB },
  });
}
