/**
 * A queue that shares a few slots (the parse pool's threads) fairly between keys (agencies): jobs
 * of one key run in arrival order, and when a slot frees up the next key in turn goes first, so
 * an agency with a backlog delays another agency's job by at most the jobs already running.
 */
export class FairQueue {
  private readonly waiting = new Map<string, (() => void)[]>();
  /** When each key last got a slot (a tick); a key never served goes before every served one. */
  private readonly served = new Map<string, number>();
  private tick = 0;
  private running = 0;

  constructor(readonly slots: number) {}

  /** Runs `job` once a slot is free and `key`'s turn has come. */
  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running += 1;
        job()
          .then(resolve, reject)
          .finally(() => {
            this.running -= 1;
            this.next();
          });
      };
      const line = this.waiting.get(key);
      if (line) line.push(start);
      else this.waiting.set(key, [start]);
      this.next();
    });
  }

  /** Jobs waiting for a slot. */
  get queued(): number {
    let n = 0;
    for (const line of this.waiting.values()) n += line.length;
    return n;
  }

  private next(): void {
    while (this.running < this.slots && this.waiting.size > 0) {
      let key = '';
      let oldest = Number.POSITIVE_INFINITY;
      for (const candidate of this.waiting.keys()) {
        const at = this.served.get(candidate) ?? -1;
        if (at < oldest) {
          oldest = at;
          key = candidate;
        }
      }
      const line = this.waiting.get(key)!;
      const start = line.shift()!;
      if (line.length === 0) this.waiting.delete(key);
      this.served.set(key, this.tick++);
      start();
    }
    // Nothing waits or runs: turns start afresh (keeps the map as small as the set of busy agencies).
    if (this.waiting.size === 0 && this.running === 0) this.served.clear();
  }
}
