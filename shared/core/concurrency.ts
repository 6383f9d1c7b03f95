/**
 * Maps `items` through `fn` with at most `limit` calls in flight, returning the results in the
 * order of `items`. Workers take the next index as each call settles, so one slow item does not
 * hold back a batch. The first rejection rejects the whole (calls already started still finish).
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
