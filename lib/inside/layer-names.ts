/**
 * The block names of a recognised real model's layers (`block3/depthwise`), keyed the way /model's
 * cost rows name nodes (`node.name`, or `OpType#index` for an unnamed one), from the same structural
 * mapping /inside uses. Null when the graph does not line up with the engine: then the file's own
 * node names stay.
 */
import { isModelId } from "@/lib/arch/models";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import type { OnnxModel } from "@/lib/onnx/onnx-proto";
import { LayerMappingError, mapLayers } from "./layer-map";

export interface EngineRef {
  readonly model: string;
  readonly alpha: number;
  readonly resolution: number;
}

export function engineLayerNames(
  model: OnnxModel,
  engine: EngineRef,
): Readonly<Record<string, string>> | null {
  if (!isModelId(engine.model)) return null;
  const net = resolveNetwork(engine.model, { alpha: engine.alpha, resolution: engine.resolution });
  let taps;
  try {
    taps = mapLayers(model, net);
  } catch (err) {
    if (err instanceof LayerMappingError) return null;
    throw err;
  }
  const nodes = model.graph.node;
  const convs = nodes.filter((n) => n.opType === "Conv" || n.opType === "Gemm");
  const names: Record<string, string> = {};
  taps.forEach((tap, i) => {
    const node = convs[i];
    if (!node) return;
    names[node.name || `${node.opType}#${nodes.indexOf(node)}`] = tap.layer.path;
  });
  return names;
}
