import { describe, expect, it } from 'vitest';
import { FairQueue } from './fair-queue.js';

/** A job that finishes when the test says so, recording when it started. */
function held(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    job: async () => {
      log.push(name);
      await done;
      return name;
    },
    finish,
  };
}

describe('FairQueue', () => {
  it('gives the next free slot to the next agency in turn, not to the one with a backlog', async () => {
    const queue = new FairQueue(1);
    const log: string[] = [];
    const a1 = held(log, 'A1');
    const a2 = held(log, 'A2');
    const a3 = held(log, 'A3');
    const b1 = held(log, 'B1');
    const results = [
      queue.run('A', a1.job),
      queue.run('A', a2.job),
      queue.run('A', a3.job),
      queue.run('B', b1.job),
    ];
    expect(log).toEqual(['A1']);
    expect(queue.queued).toBe(3);
    a1.finish();
    await results[0];
    // B's one job goes before A's second and third.
    await Promise.resolve();
    expect(log).toEqual(['A1', 'B1']);
    b1.finish();
    a2.finish();
    a3.finish();
    expect(await Promise.all(results)).toEqual(['A1', 'A2', 'A3', 'B1']);
    expect(log).toEqual(['A1', 'B1', 'A2', 'A3']);
  });

  it('runs as many jobs at once as it has slots, and passes failures through', async () => {
    const queue = new FairQueue(2);
    const log: string[] = [];
    const a = held(log, 'A');
    const b = held(log, 'B');
    const running = [queue.run('A', a.job), queue.run('B', b.job)];
    expect(log).toEqual(['A', 'B']);
    const failing = queue.run('C', async () => Promise.reject(new Error('bad file')));
    expect(queue.queued).toBe(1);
    a.finish();
    await expect(failing).rejects.toThrow('bad file');
    b.finish();
    expect(await Promise.all(running)).toEqual(['A', 'B']);
  });
});
