/**
 * Finds, from the graph's structure alone, the pooled feature vector that feeds a classifier: walk back
 * from the graph's output through shape-only ops (Identity, Reshape, Flatten, Squeeze, Slice,
 * Softmax…) to the final dense layer — a Gemm, a MatMul (+ Add), a 1×1 Conv on the pooled
 * 1×1 map as TF-Lite exports write it, or their dynamically quantized int8 form — and take that
 * layer's float data input. No tensor name is assumed,
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
    if (node.opType === "Mul") {
      const quantized = quantizedDense(node, producer, dims);
      if (quantized) return { ...quantized, producerOp: producerOp(quantized.name) };
      break;
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

/**
 * A dense layer after ONNX Runtime's dynamic quantization, seen from its last Mul (by the scales):
 * Mul ← Cast ← MatMulInteger or 1×1 ConvInteger ← DynamicQuantizeLinear(x). The float `x` is what
 * the layer reads, so it is the feature vector, as the input of a float Gemm would be.
 */
function quantizedDense(
  mul: OnnxNode,
  producer: ReadonlyMap<string, OnnxNode>,
  dims: ReadonlyMap<string, readonly number[]>,
): Omit<FeatureTensor, "producerOp"> | null {
  const cast = mul.input.map((i) => producer.get(i)).find((n) => n?.opType === "Cast");
  const op = cast?.input[0] ? producer.get(cast.input[0]) : undefined;
  const quantize = op?.input[0] ? producer.get(op.input[0]) : undefined;
  const weight = op?.input[1] ? dims.get(op.input[1]) : undefined;
  const x = quantize?.opType === "DynamicQuantizeLinear" ? quantize.input[0] : undefined;
  if (!op || !weight || !x) return null;
  if (op.opType === "MatMulInteger" && weight.length === 2)
    return {
      name: x,
      width: weight[0] ?? null,
      classifierOp: "MatMulInteger (int8)",
      classifierOutputs: weight[1] ?? null,
    };
  if (op.opType === "ConvInteger" && weight.length === 4 && weight[2] === 1 && weight[3] === 1)
    return {
      name: x,
      width: weight[1] ?? null,
      classifierOp: "ConvInteger 1×1 (int8)",
      classifierOutputs: weight[0] ?? null,
    };
  return null;
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
