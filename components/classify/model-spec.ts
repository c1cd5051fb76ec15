/** Turns a manifest entry into the worker's ModelSpec. */
import { findModel, modelUrl } from "@/lib/inference/model-catalog";
import type { ModelSpec } from "@/lib/inference/protocol";

export function modelSpecFor(id: string): ModelSpec | null {
  const m = findModel(id);
  if (!m) return null;
  return {
    id: m.id,
    url: modelUrl(m),
    sha256: m.sha256,
    bytes: m.bytes,
    inputName: m.input.name,
    outputName: m.output.name,
    preprocessing: m.preprocessing,
  };
}
