/**
 * Auto's backend for one model, decided in the worker: the pure plan (software adapter → WASM,
 * remembered → reuse), else both sessions timed on a few warm runs, interleaved so machine noise
 * lands on both alike, and the faster kept. Sessions and the clock come in as dependencies, so the
 * orchestration is tested without onnxruntime.
 */
import {
  pickFaster,
  planAuto,
  type AdapterFacts,
  type AutoTiming,
} from "@/lib/backend-choice/auto-choice";
import { timingReason, webgpuFailedReason } from "@/lib/backend-choice/auto-message";
import type { Backend, BackendChoice } from "@/lib/backend-choice/backend";
import { InferenceError } from "./errors";

/** Timed rounds per backend after one untimed round; each round runs both backends once. */
export const AUTO_TIMED_ROUNDS = 3;
/**
 * Timing stops early once every run of one backend is this many times slower than every run of the
 * other: no noise flips a gap that wide, and a slow backend's extra runs would cost seconds.
 */
export const CLEAR_GAP = 10;

export interface AutoDeps {
  readonly adapter: () => Promise<AdapterFacts>;
  /** The session on this backend, created or reused; throws when it cannot start. */
  readonly prepare: (backend: Backend) => Promise<void>;
  /** One inference on the backend's session (a fixed input: a CNN's time does not depend on it). */
  readonly runOnce: (backend: Backend) => Promise<void>;
  /** Frees the losing backend's session (it is created again if the user forces that backend). */
  readonly release: (backend: Backend) => void;
  readonly now: () => number;
}

export interface AutoOutcome {
  readonly backend: Backend;
  /** One sentence for the page. */
  readonly reason: string;
  readonly timing: AutoTiming | null;
  /** True when timed in this request: the page should remember `timing`. */
  readonly timedNow: boolean;
}

export async function resolveAuto(
  deps: AutoDeps,
  remembered: AutoTiming | null,
): Promise<AutoOutcome> {
  const plan = planAuto(await deps.adapter(), remembered);
  if (plan.kind === "use")
    return { backend: plan.backend, reason: plan.reason, timing: plan.timing, timedNow: false };
  try {
    await deps.prepare("webgpu");
  } catch (err) {
    return webgpuFailed(deps, err);
  }
  await deps.prepare("wasm"); // a WASM failure is a real error, not a reason to pick WebGPU
  let runsMs: Record<Backend, number[]>;
  try {
    runsMs = await timeInterleaved(deps);
  } catch (err) {
    if (!(err instanceof WebGpuRunFailed)) throw err;
    return webgpuFailed(deps, err.original);
  }
  const timing = pickFaster(runsMs);
  deps.release(timing.backend === "wasm" ? "webgpu" : "wasm");
  return { backend: timing.backend, reason: timingReason(timing, "now"), timing, timedNow: true };
}

/** Marks a failure of a WebGPU run, so only WebGPU's failures turn into "Auto fell back to WASM". */
class WebGpuRunFailed extends Error {
  constructor(readonly original: unknown) {
    super("WebGPU run failed");
  }
}

function webgpuFailed(deps: AutoDeps, err: unknown): AutoOutcome {
  deps.release("webgpu");
  const message = err instanceof Error ? err.message : String(err);
  return { backend: "wasm", reason: webgpuFailedReason(message), timing: null, timedNow: false };
}

/** Runs both backends round by round, alternating who goes first; the first round is not timed. */
async function timeInterleaved(deps: AutoDeps): Promise<Record<Backend, number[]>> {
  const runsMs: Record<Backend, number[]> = { wasm: [], webgpu: [] };
  for (let round = 0; round <= AUTO_TIMED_ROUNDS; round++) {
    const order: Backend[] = round % 2 === 0 ? ["wasm", "webgpu"] : ["webgpu", "wasm"];
    for (const backend of order) {
      const t0 = deps.now();
      if (backend === "wasm") await deps.runOnce(backend);
      else
        await deps
          .runOnce(backend)
          .catch((err: unknown) => Promise.reject(new WebGpuRunFailed(err)));
      if (round > 0) runsMs[backend].push(deps.now() - t0);
    }
    if (round > 0 && clearlyApart(runsMs.wasm, runsMs.webgpu)) break;
  }
  return runsMs;
}

function clearlyApart(a: readonly number[], b: readonly number[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return (
    Math.min(...a) >= CLEAR_GAP * Math.max(...b) || Math.min(...b) >= CLEAR_GAP * Math.max(...a)
  );
}

/** What Auto needs from a worker: its adapter probe and its sessions (the clock is the worker's). */
export type AutoSessions = Omit<AutoDeps, "now">;

/**
 * The backend a request's choice comes to: WASM as asked, WebGPU as asked (refused in one clear
 * sentence where there is none), or Auto's outcome.
 */
export async function chooseBackend(
  choice: BackendChoice,
  remembered: AutoTiming | null,
  sessions: AutoSessions,
): Promise<{ backend: Backend; auto: AutoOutcome | null }> {
  if (choice === "wasm") return { backend: "wasm", auto: null };
  if (choice === "webgpu") {
    const gpu = await sessions.adapter();
    if (gpu.available) return { backend: "webgpu", auto: null };
    throw new InferenceError(
      "webgpu-unavailable",
      `WebGPU was chosen, but ${gpu.description}. Choose WASM or Auto; WASM works everywhere.`,
    );
  }
  const auto = await resolveAuto({ ...sessions, now: () => performance.now() }, remembered);
  return { backend: auto.backend, auto };
}
