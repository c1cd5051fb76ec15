/**
 * The one place session options live, per backend, so inference speed can be tuned here alone.
 * `graphOptimizationLevel: "all"` lets ORT fuse Conv+Clip and fold constants before the first run;
 * a prepared ORT-format graph already has those fusions (scripts/optimize-models.mjs), so its
 * session skips the optimizer.
 */
import type { InferenceSession } from "onnxruntime-web/wasm";
import type { Backend, ModelFormat } from "./protocol";

export function sessionOptions(
  backend: Backend,
  format: ModelFormat = "onnx",
): InferenceSession.SessionOptions {
  if (format === "ort") return { executionProviders: ["wasm"], graphOptimizationLevel: "disabled" };
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
