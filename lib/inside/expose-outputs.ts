/**
 * Adds chosen intermediate tensors of an ONNX model as extra graph outputs, so one run returns them
 * beside the logits. Pure: the same bytes the classifier uses go in, new bytes come out (the weights
 * are shared by reference while encoding, nothing is downloaded again). Outputs are declared float32
 * with no shape: ORT infers the shapes, and an intermediate's shape is the engine's to check, not ours.
 */
import type { OnnxModel, OnnxValueInfo } from "@/lib/onnx/onnx-proto";
import { decodeModel, encodeModel } from "@/lib/onnx/onnx-proto";

const FLOAT = 1;

/**
 * The model with `names` appended to graph.output, in order. Names that are already outputs, or are
 * graph inputs (the caller holds those), are skipped; a name no node produces throws.
 */
export function withExtraOutputs(model: OnnxModel, names: readonly string[]): OnnxModel {
  const known = new Set([...model.graph.output, ...model.graph.input].map((o) => o.name));
  const produced = new Set(model.graph.node.flatMap((n) => n.output));
  const added: OnnxValueInfo[] = [];
  for (const name of names) {
    if (known.has(name)) continue;
    if (!produced.has(name))
      throw new Error(`No node of this graph produces a tensor named "${name}".`);
    known.add(name);
    // No shape: protobuf leaves it unset, which ONNX reads as "unknown", unlike an empty dim list.
    added.push({ name, type: { tensorType: { elemType: FLOAT } } } as unknown as OnnxValueInfo);
  }
  return { ...model, graph: { ...model.graph, output: [...model.graph.output, ...added] } };
}

/** Parses model bytes, adds the outputs and re-serializes (what the inside worker hands ORT). */
export function exposeOutputs(bytes: Uint8Array, names: readonly string[]): Uint8Array {
  return encodeModel(withExtraOutputs(decodeModel(bytes), names));
}
