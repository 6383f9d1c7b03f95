const CHUNK = /(\d+)/;

/**
 * Orders indicator, domain and agency ids the way a person reads them: digit runs compare as
 * numbers, so `1.10` follows `1.09`, `10.01` follows `9.01` and `DINKES-2` precedes `DINKES-10`.
 * Ties between numerically equal runs (`1.1` vs `1.01`) fall back to plain code-unit order, so the
 * order is total and never depends on the locale of the machine.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const pa = a.split(CHUNK);
  const pb = b.split(CHUNK);
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    // split() with a capture group puts digit runs at odd positions.
    if (i % 2 === 1) {
      const dx = BigInt(x);
      const dy = BigInt(y);
      if (dx !== dy) return dx < dy ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : 1;
}
