/**
 * The one place session options live, per backend, so inference speed can be tuned here alone.
 * `graphOptimizationLevel: "all"` lets ORT fuse Conv+Clip and fold constants before the first run.
 */
import type { InferenceSession } from "onnxruntime-web/webgpu";
import type { Backend } from "./protocol";

export function sessionOptions(backend: Backend): InferenceSession.SessionOptions {
  if (backend === "webgpu") {
    return {
      executionProviders: ["webgpu"],
      graphOptimizationLevel: "all",
      preferredOutputLocation: "cpu",
    };
  }
  return { executionProviders: ["wasm"], graphOptimizationLevel: "all" };
}

/** Timed runs after the warm-up when the caller does not say: enough for a p10–p90 spread. */
export const DEFAULT_TIMED_RUNS = 10;
