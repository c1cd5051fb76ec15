/**
 * Spread of repeated timings. One definition for every latency the app shows, so classify, compare
 * and the lab report medians and percentiles the same way.
 */

export interface Spread {
  readonly runs: number;
  readonly min: number;
  readonly p10: number;
  readonly median: number;
  readonly p90: number;
  readonly max: number;
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of a sample, linear interpolation between closest ranks (the
 * definition numpy and d3 use by default), so p50 of an even-length list is the mean of the middle two.
 */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0 || !(q >= 0 && q <= 1)) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = s[lo] as number;
  const b = s[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Min, p10, median, p90, max and the run count of a non-empty sample; NaNs for an empty one. */
export function spreadOf(xs: readonly number[]): Spread {
  return {
    runs: xs.length,
    min: xs.length ? Math.min(...xs) : NaN,
    p10: quantile(xs, 0.1),
    median: quantile(xs, 0.5),
    p90: quantile(xs, 0.9),
    max: xs.length ? Math.max(...xs) : NaN,
  };
}
