/**
 * Finds, from the graph's structure alone, the pooled feature vector that feeds a classifier: walk back
 * from the graph's output through shape-only ops (Identity, Reshape, Flatten, Squeeze, Slice,
 * Softmax…) to the final dense layer — a Gemm, a MatMul (+ Add), or a 1×1 Conv on the pooled
 * 1×1 map as TF-Lite exports write it — and take that layer's data input. No tensor name is assumed,
 * so any MobileNet the manifest adds is found the same way.
 */
import type { OnnxModel, OnnxNode } from "@/lib/onnx/onnx-proto";

export interface FeatureTensor {
  /** The tensor to expose as an extra output. */
  readonly name: string;
  /** Its number of values (the classifier's input width), from the classifier's weight shape. */
  readonly width: number | null;
  /** The classifier layer it feeds, e.g. "Gemm" or "Conv 1×1". */
  readonly classifierOp: string;
  /** The op that produced it (e.g. "GlobalAveragePool", "Clip", "ReduceMean"). */
  readonly producerOp: string | null;
  /** Classes the original classifier scores (its output width). */
  readonly classifierOutputs: number | null;
}

export class FeatureTensorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeatureTensorError";
  }
}

const PASS_THROUGH = new Set([
  "Identity",
  "Reshape",
  "Flatten",
  "Squeeze",
  "Unsqueeze",
  "Slice",
  "Softmax",
  "LogSoftmax",
  "Cast",
  "Dropout",
]);

function attrInt(node: OnnxNode, name: string, fallback: number): number {
  const a = node.attribute.find((x) => x.name === name);
  return a?.i ?? fallback;
}

export function findFeatureTensor(model: OnnxModel): FeatureTensor {
  const producer = new Map<string, OnnxNode>();
  for (const n of model.graph.node) for (const o of n.output) producer.set(o, n);
  const dims = new Map(model.graph.initializer.map((t) => [t.name, t.dims]));
  const isWeight = (name: string) => dims.has(name);
  const producerOp = (name: string) => producer.get(name)?.opType ?? null;

  let tensor = model.graph.output[0]?.name;
  for (let steps = 0; tensor && steps < 50; steps++) {
    const node = producer.get(tensor);
    if (!node) break;
    const dataInput = node.input.find((i) => i && !isWeight(i));
    if (PASS_THROUGH.has(node.opType) && dataInput) {
      tensor = dataInput;
      continue;
    }
    if (node.opType === "Add" && node.input.some(isWeight) && dataInput) {
      tensor = dataInput; // a MatMul's bias
      continue;
    }
    const weight = node.input[1] && dims.get(node.input[1]);
    const input = node.input[0];
    if (!input || !weight) break;
    if (node.opType === "Gemm") {
      const transB = attrInt(node, "transB", 0) === 1;
      return {
        name: input,
        width: transB ? (weight[1] ?? null) : (weight[0] ?? null),
        classifierOp: "Gemm",
        producerOp: producerOp(input),
        classifierOutputs: transB ? (weight[0] ?? null) : (weight[1] ?? null),
      };
    }
    if (node.opType === "MatMul" && weight.length === 2)
      return {
        name: input,
        width: weight[0] ?? null,
        classifierOp: "MatMul",
        producerOp: producerOp(input),
        classifierOutputs: weight[1] ?? null,
      };
    if (
      node.opType === "Conv" &&
      weight.length === 4 &&
      weight[2] === 1 &&
      weight[3] === 1 &&
      attrInt(node, "group", 1) === 1
    )
      return {
        name: input,
        width: weight[1] ?? null,
        classifierOp: "Conv 1×1",
        producerOp: producerOp(input),
        classifierOutputs: weight[0] ?? null,
      };
    break;
  }
  // Graphs whose classifier is not a plain float dense layer (e.g. dynamically quantized): the
  // last global pooling's output, flattened, is the same vector.
  const pools = model.graph.node.filter(
    (n) => n.opType === "GlobalAveragePool" || n.opType === "ReduceMean",
  );
  const pool = pools.at(-1);
  if (pool?.output[0])
    return {
      name: pool.output[0],
      width: null,
      classifierOp: "none found",
      producerOp: pool.opType,
      classifierOutputs: null,
    };
  throw new FeatureTensorError(
    "This graph has no dense classifier layer and no global pooling, so it has no pooled feature vector to learn from.",
  );
}

/** The names of the nodes `target` depends on, in graph order (to cut the classifier off). */
export function nodesFeeding(model: OnnxModel, target: string): OnnxNode[] {
  const producer = new Map<string, OnnxNode>();
  for (const n of model.graph.node) for (const o of n.output) producer.set(o, n);
  const needed = new Set<OnnxNode>();
  const stack = [target];
  while (stack.length) {
    const node = producer.get(stack.pop()!);
    if (!node || needed.has(node)) continue;
    needed.add(node);
    stack.push(...node.input.filter(Boolean));
  }
  return model.graph.node.filter((n) => needed.has(n));
}
