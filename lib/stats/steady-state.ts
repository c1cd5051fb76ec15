/**
 * When is a runtime warm enough to time? Right after a session starts, onnxruntime-web's first runs
 * are slow for reasons that fade at their own pace: the browser compiles the WASM kernels with a
 * fast baseline compiler and swaps in optimised code while they run, memory is allocated and
 * weights are packed, shaders compile. A fixed warm-up count is too short on a busy machine and too
 * long on an idle one, so runs continue until the median of the last `window` runs is within
 * `tolerance` of the median of the `window` before it, capped by a run count and a time budget (a
 * software WebGPU adapter takes seconds per run, so it would never finish otherwise).
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
  if (n >= 2 * w) {
    const last = quantile(runsMs.slice(n - w), 0.5);
    const before = quantile(runsMs.slice(n - 2 * w, n - w), 0.5);
    if (Math.abs(last - before) <= rule.tolerance * before) return "steady";
  }
  const spent = runsMs.reduce((a, b) => a + b, 0);
  return n >= rule.maxRuns || spent >= rule.budgetMs ? "capped" : "warming";
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
