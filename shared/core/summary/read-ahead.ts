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
