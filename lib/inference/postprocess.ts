/** Logits → probabilities → the best classes. Pure, shared by the worker, tests and the bench. */

export interface Prediction {
  /** ImageNet-1k class index (0 = tench). */
  readonly index: number;
  /** Softmax probability in [0, 1]. */
  readonly probability: number;
}

/** Numerically stable softmax: exp(x − max) / Σ exp(x − max), so large logits never overflow. */
export function softmax(logits: ArrayLike<number>): Float32Array {
  const n = logits.length;
  const out = new Float32Array(n);
  if (n === 0) return out;
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, logits[i] as number);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp((logits[i] as number) - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) / sum;
  return out;
}

/** The k highest scores, best first; equal scores keep the lower index first. NaN scores are skipped. */
export function topK(scores: ArrayLike<number>, k: number): Prediction[] {
  const best: Prediction[] = [];
  for (let i = 0; i < scores.length; i++) {
    const p = scores[i] as number;
    if (Number.isNaN(p)) continue;
    if (best.length === k && p <= (best[k - 1]?.probability ?? -Infinity)) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.probability ?? 0) < p) at--;
    best.splice(at, 0, { index: i, probability: p });
    if (best.length > k) best.pop();
  }
  return best;
}

/** Median of a non-empty list of timings (mean of the middle two for even lengths). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of an empty list");
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Achieved GFLOP/s of one inference: FLOPs = 2 × MACs (one multiply + one add each). */
export function gflopsPerSecond(macs: number, ms: number): number {
  return (2 * macs) / (ms * 1e6);
}
