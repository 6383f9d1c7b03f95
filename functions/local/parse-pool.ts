/**
 * A small pool of worker threads that parse uploaded workbooks, so exceljs's CPU work (unzip, XML,
 * cells) runs beside the app's event loop instead of on it. One worker per core by default;
 * jobs queue when all are busy. Used by the local service; a Lambda parses in its own thread.
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

export interface ParsePool {
  parse: ParseWorkbook;
  /** Number of workers. */
  size: number;
  close(): Promise<void>;
}

/** Starts `size` parse workers (default: one per core). */
export function startParsePool(size = Math.max(1, cpus().length)): ParsePool {
  // Same extension as this module: `.ts` under tsx (the worker inherits its loader), `.js` when built.
  const here = fileURLToPath(import.meta.url);
  const script = new URL(`./parse-worker${extname(here)}`, import.meta.url);
  const workers = Array.from({ length: size }, () => startWorker(script));
  const pending = new Map<number, Pending>();
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextId = 1;
  const lastFramework = new Map<Worker, Framework>();
  for (const worker of workers) {
    worker.unref();
    worker.on(
      'message',
      (message: { id: number; result?: unknown; error?: unknown; appError?: SentAppError }) => {
        busy.set(worker, busy.get(worker)! - 1);
        const job = pending.get(message.id);
        pending.delete(message.id);
        if (!job) return;
        if (message.appError) job.reject(toAppError(message.appError));
        else if (message.error !== undefined) job.reject(message.error);
        else job.resolve(message.result);
      },
    );
    // A dead worker fails its jobs and takes no new ones (a parse error is a message, not a death).
    worker.on('error', (error) => {
      failure = error;
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    worker.on('exit', () => busy.delete(worker));
  }
  let failure: unknown;
  const parse: ParseWorkbook = (bytes, options) => {
    const alive = workers.filter((w) => busy.has(w));
    if (alive.length === 0) return Promise.reject(failure ?? new Error('parse pool is closed'));
    // The least busy worker takes the job; its queue is the worker's own message queue.
    const worker = alive.reduce((a, b) => (busy.get(b)! < busy.get(a)! ? b : a));
    busy.set(worker, busy.get(worker)! + 1);
    const id = nextId++;
    // The framework (~23 KB of JSON) is cloned only when this worker's last one was another
    // object: a built-in framework is one object for the process, so it crosses once per worker.
    const { framework, ...rest } = options;
    const resend = lastFramework.get(worker) !== framework;
    lastFramework.set(worker, framework);
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, bytes, ...rest, ...(resend ? { framework } : {}) });
    });
  };
  return {
    parse,
    size,
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

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
  return new Worker(BOOTSTRAP, { eval: true, workerData: { script: script.href, tsx } });
}
