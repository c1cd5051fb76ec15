/**
 * When is a runtime warm enough to time? Right after a session starts, onnxruntime-web's first runs
 * are slow for reasons that fade at their own pace: the browser compiles the WASM kernels with a
 * fast baseline compiler and swaps in optimised code while they run, memory is allocated and
 * weights are packed, shaders compile. A fixed warm-up count is too short on a busy machine and too
 * long on an idle one, so runs continue until the median of the last `window` runs is within
 * `tolerance` of the median of the `window` before it, capped by a run count and a time budget (a
 * software WebGPU adapter takes seconds per run, so it would never finish otherwise). A runtime that
 * only just started also warms for a minimum time first (`youngRuntimeRule`).
 */
import { quantile } from "./spread";

export interface SteadyRule {
  /** Runs per window: the last window's median is compared with the previous window's. */
  readonly window: number;
  /** Largest relative change of the window median still called steady (0.05 = 5 %). */
  readonly tolerance: number;
  /** Warm-up stops after this many runs even if the times still move. */
  readonly maxRuns: number;
  /** …or once this much time went into warm-up runs, whichever comes first. */
  readonly budgetMs: number;
  /**
   * Not steady, and not capped by `maxRuns`, before this much time went into warm-up runs (default
   * 0). A runtime that only just started needs it: see `youngRuntimeRule`.
   */
  readonly minMs?: number;
}

/**
 * The one rule every page warms by, a new session's first warm-up and the re-warm before each later
 * batch alike (a session idle for a while needs a few runs again: its threads and caches went cold).
 * One rule for both and for every page (/classify, /model, the lab), so no page times after a
 * warm-up another page would have called too short (a 1 s re-warm budget on /classify stopped
 * before steady on a busy machine, where /model and the lab kept warming).
 */
export const STEADY_RULE: SteadyRule = { window: 3, tolerance: 0.05, maxRuns: 40, budgetMs: 4000 };

/** "steady": the rule was met; "capped": warm-up stopped at its run or time cap, times may still move. */
export type WarmUpState = "warming" | "steady" | "capped" | "interrupted";

export interface WarmUp {
  readonly state: Exclude<WarmUpState, "warming">;
  /** Untimed runs spent warming up (the first, cold run included). */
  readonly runs: number;
  readonly ms: number;
}

/** Where a warm-up stands after these runs (ms, in order). */
export function warmUpState(
  runsMs: readonly number[],
  rule: SteadyRule = STEADY_RULE,
): WarmUpState {
  const n = runsMs.length;
  const w = rule.window;
  const spent = runsMs.reduce((a, b) => a + b, 0);
  const minMs = rule.minMs ?? 0;
  if (spent < minMs) return spent >= rule.budgetMs ? "capped" : "warming";
  if (n >= 2 * w) {
    const last = quantile(runsMs.slice(n - w), 0.5);
    const before = quantile(runsMs.slice(n - 2 * w, n - w), 0.5);
    if (Math.abs(last - before) <= rule.tolerance * before) return "steady";
  }
  // The run cap counts from where the young runtime's minimum ended.
  const afterMinimum = n - runsToReach(runsMs, minMs);
  return afterMinimum >= rule.maxRuns || spent >= rule.budgetMs ? "capped" : "warming";
}

/** The fewest first runs whose times add up to `ms` (0 when `ms` is 0). */
function runsToReach(runsMs: readonly number[], ms: number): number {
  let sum = 0;
  let k = 0;
  while (sum < ms && k < runsMs.length) sum += runsMs[k++] as number;
  return k;
}

/**
 * How long a worker's runtime must have run, warm-ups summed, before a warm-up may be called
 * steady. Measured on /classify (V1 0.75, WASM, 2 threads, quiet 2-core machine): a photo timed
 * ~2.5 s after the page opened read runs of 31, 31, 27, 23, 29, 26, then 20 ms, and the 3-run
 * windows called that steady; the same photo 8 s later read 17–19 ms throughout. The browser was
 * still swapping optimised code into the WASM runtime's hot kernels, compiling on a background
 * thread that competes with onnxruntime's threads for the two cores.
 */
export const YOUNG_RUNTIME_MS = 1500;

/**
 * `rule` for a runtime that has run `ranMs` so far: a warm-up then lasts at least until the runtime
 * has run YOUNG_RUNTIME_MS in all. Later warm-ups (a re-warm, another model) get `rule` unchanged.
 */
export function youngRuntimeRule(rule: SteadyRule, ranMs: number): SteadyRule {
  const minMs = Math.max(rule.minMs ?? 0, YOUNG_RUNTIME_MS - ranMs);
  return minMs > 0 ? { ...rule, minMs } : rule;
}

/**
 * Runs `timeOne` (which returns one run's ms) until the rule says steady or capped, or until
 * `shouldStop` (checked before each run) says to give way.
 */
export async function warmUntilSteady(
  timeOne: () => Promise<number>,
  rule: SteadyRule = STEADY_RULE,
  shouldStop?: () => boolean,
): Promise<WarmUp> {
  const runsMs: number[] = [];
  for (;;) {
    if (shouldStop?.())
      return { state: "interrupted", runs: runsMs.length, ms: runsMs.reduce((a, b) => a + b, 0) };
    runsMs.push(await timeOne());
    const state = warmUpState(runsMs, rule);
    if (state !== "warming")
      return { state, runs: runsMs.length, ms: runsMs.reduce((a, b) => a + b, 0) };
  }
}
