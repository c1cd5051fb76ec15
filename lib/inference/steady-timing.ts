/**
 * The one timing path every page uses (/classify's worker, /model's worker, the lab's worker): the
 * same session options (./session-options) and thread count (./ort-env), then warm until run times
 * are steady (lib/stats/steady-state), then a batch of timed runs measuring exactly `run()` with
 * nothing else in between: no message, no allocation of our own, no page rendering asked for.
 */
import type { SteadyRule, WarmUp } from "@/lib/stats/steady-state";
import { STEADY_RULE, warmUntilSteady, youngRuntimeRule } from "@/lib/stats/steady-state";

export interface SteadyTiming {
  readonly warmUp: WarmUp;
  readonly runsMs: readonly number[];
}

/** Warm-up ms this worker's runtime has run so far (every worker loads its own copy of this module). */
let runtimeRanMs = 0;

/**
 * `warmUntilSteady` for this worker's runtime: while the runtime is young, a warm-up lasts until it
 * has run YOUNG_RUNTIME_MS in all (the browser is still optimising its WASM code), whatever `rule`.
 */
export async function warmRuntime(
  timeOne: () => Promise<number>,
  rule: SteadyRule = STEADY_RULE,
  shouldStop?: () => boolean,
): Promise<WarmUp> {
  const warm = await warmUntilSteady(timeOne, youngRuntimeRule(rule, runtimeRanMs), shouldStop);
  runtimeRanMs += warm.ms;
  return warm;
}

/** One run's wall time in ms. */
export async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/**
 * Warms `run` until steady by `rule` (or reuses `warmUp`, a warm-up that already happened and
 * need not be repeated), then times `runs` runs.
 */
export async function timeSteady(
  run: () => Promise<unknown>,
  runs: number,
  { rule = STEADY_RULE, warmUp }: { readonly rule?: SteadyRule; readonly warmUp?: WarmUp } = {},
): Promise<SteadyTiming> {
  const warm = warmUp ?? (await warmRuntime(() => timeOnce(run), rule));
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push(await timeOnce(run));
  return { warmUp: warm, runsMs };
}
