/**
 * Models as other exporters write them, made from a good one: the shapes /model must refuse by name
 * (used by its tests and by scripts/model-fixtures.ts, which writes the e2e files).
 */
import type { OnnxModel } from "./onnx-proto";

/** The first weight moved to a side file ("weights.bin"), as large exports keep their weights. */
export function withExternalWeights(model: OnnxModel): OnnxModel {
  const [first, ...rest] = model.graph.initializer;
  const external = {
    name: first?.name ?? "w",
    dims: first?.dims ?? [1],
    dataType: 1,
    dataLocation: 1,
    externalData: [{ key: "location", value: "weights.bin" }],
  };
  return { ...model, graph: { ...model.graph, initializer: [external, ...rest] } };
}

/** The same graph claiming a default-domain opset the page does not know. */
export function withOpset(model: OnnxModel, version: number): OnnxModel {
  return { ...model, opsetImport: [{ domain: "", version }] };
}
