/**
 * Summary statistics of one activation tensor, as the /inside page and its CSV report them.
 * "Zero fraction" counts exact zeros only (ReLU and ReLU6 produce them; a linear layer almost never does).
 */

export interface TensorStats {
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  /** Share of elements exactly equal to 0, in [0, 1]. */
  readonly zeroFraction: number;
}

/** min, max, mean and exact-zero fraction of the values (an empty input gives zeros and count 0). */
export function tensorStats(values: ArrayLike<number>): TensorStats {
  const n = values.length;
  if (n === 0) return { count: 0, min: 0, max: 0, mean: 0, zeroFraction: 0 };
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    if (v === 0) zeros++;
  }
  return { count: n, min, max, mean: sum / n, zeroFraction: zeros / n };
}

export interface Histogram {
  /** Left edge of the first bin and right edge of the last. */
  readonly lo: number;
  readonly hi: number;
  readonly counts: readonly number[];
}

/** Equal-width histogram over [lo, hi]; values outside are clamped into the end bins. */
export function histogram(
  values: ArrayLike<number>,
  bins: number,
  lo: number,
  hi: number,
): Histogram {
  const counts = new Array<number>(Math.max(1, bins)).fill(0);
  const width = hi > lo ? (hi - lo) / counts.length : 1;
  for (let i = 0; i < values.length; i++) {
    const b = Math.floor(((values[i] as number) - lo) / width);
    const at = Math.min(counts.length - 1, Math.max(0, b));
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return { lo, hi: hi > lo ? hi : lo + 1, counts };
}

/**
 * Per-channel mean of |x| for an NCHW tensor of batch 1 (`plane` = H·W values per channel):
 * the "strength" the channel grid sorts by.
 */
export function channelStrengths(values: ArrayLike<number>, channels: number): Float32Array {
  const plane = Math.floor(values.length / Math.max(1, channels));
  const out = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    let s = 0;
    for (let i = c * plane; i < (c + 1) * plane; i++) s += Math.abs(values[i] as number);
    out[c] = plane > 0 ? s / plane : 0;
  }
  return out;
}

/** Channel indices ordered by strength, strongest first (ties keep channel order). */
export function channelsByStrength(strengths: ArrayLike<number>): number[] {
  return Array.from({ length: strengths.length }, (_, i) => i).sort(
    (a, b) => (strengths[b] as number) - (strengths[a] as number) || a - b,
  );
}
