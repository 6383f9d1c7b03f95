/**
 * Fair sharing of the workbook parser: at most `perAgency` parses in flight for one agency (one
 * token); the next one is refused at once with 429 `upload.busy` and a Retry-After, so one agency
 * cannot fill the parse queue. Parses admitted here wait in one global first-come queue (the local
 * parse pool's), so no agency starves another. On Lambda an instance serves one request at a time,
 * so the gate is the same code with nothing to count; reserved concurrency caps the instances.
 */
import { fail } from '../../../shared/core/errors/index.js';
import type { Lang } from '../../../shared/core/types.js';
import type { AppDeps } from '../deps.js';

/** Parses one agency may have in flight. */
export const PARSES_PER_AGENCY = 2;
/** What Retry-After says: a parse of a template takes well under a second. */
export const BUSY_RETRY_SECONDS = 2;

export class ParseGate {
  private readonly inFlight = new Map<string, number>();

  constructor(readonly perAgency: number = PARSES_PER_AGENCY) {}

  /** Runs `work` for `agency` (assessment and code), or throws 429 `upload.busy` when it has too many in flight. */
  async run<T>(agency: string, lang: Lang, work: () => Promise<T>): Promise<T> {
    const count = this.inFlight.get(agency) ?? 0;
    if (count >= this.perAgency) {
      throw fail(
        'upload.busy',
        { limit: this.perAgency, seconds: BUSY_RETRY_SECONDS },
        { lang, details: { retryAfterSeconds: BUSY_RETRY_SECONDS } },
      );
    }
    this.inFlight.set(agency, count + 1);
    try {
      return await work();
    } finally {
      const left = (this.inFlight.get(agency) ?? 1) - 1;
      if (left === 0) this.inFlight.delete(agency);
      else this.inFlight.set(agency, left);
    }
  }
}

const gates = new WeakMap<AppDeps, ParseGate>();

/** The gate of one app's dependencies (one per process in practice, one per test service in tests). */
export function parseGateOf(deps: AppDeps): ParseGate {
  let gate = gates.get(deps);
  if (!gate) {
    gate = new ParseGate();
    gates.set(deps, gate);
  }
  return gate;
}
