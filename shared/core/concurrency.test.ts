import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from './concurrency.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapWithConcurrency', () => {
  it('returns results in input order even when later items finish first', async () => {
    const delays = [30, 5, 20, 1, 10];
    const results = await mapWithConcurrency(delays, 2, async (ms, i) => {
      await tick(ms);
      return `${i}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10']);
  });

  it('never has more than `limit` calls in flight, and uses all of them', async () => {
    let running = 0;
    let peak = 0;
    await mapWithConcurrency([...Array(9).keys()], 3, async () => {
      running++;
      peak = Math.max(peak, running);
      await tick(2);
      running--;
    });
    expect(peak).toBe(3);
  });

  it('calls fn once per item, and returns [] for no items', async () => {
    const seen: number[] = [];
    await mapWithConcurrency([1, 2, 3], 8, async (n) => {
      seen.push(n);
    });
    expect(seen.sort()).toEqual([1, 2, 3]);
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
  });

  it('rejects with the first error', async () => {
    const run = mapWithConcurrency([1, 2, 3], 2, async (n) => {
      if (n === 2) throw new Error('item 2 failed');
      return n;
    });
    await expect(run).rejects.toThrow('item 2 failed');
  });
});
