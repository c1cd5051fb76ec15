/**
 * Everything the /model page shows about one .onnx file, from its bytes alone: inputs and outputs,
 * per-node costs with the engine's conventions, exact totals, the ops not counted, and whether it
 * looks like an ImageNet classifier. Pure: the worker calls it, and so do the unit tests and benchmark.
 */
import type { LayerCost, TensorShape } from "@/lib/arch/types";
import type { OnnxModel } from "@/lib/onnx/onnx-proto";
import type { Dims } from "./broadcast";
import { product } from "./broadcast";
import type { CostCount, LearnedTally, NodeCost, OpTally } from "./count-costs";
import { countCosts } from "./count-costs";
import { GraphIndex } from "./graph-index";
import type { GraphInput } from "./infer-shapes";
import { inferShapes } from "./infer-shapes";
import { defaultOpset, readModel } from "./read-model";
import { ONNX_TYPES } from "./tensor-values";

export const DEFAULT_INPUT_SIZE = 224;

export interface ModelTotals {
  /** Conv/FC multiply-adds (the papers' "Mult-Adds"). */
  readonly macs: number;
  /** Conv/FC weight elements. */
  readonly weights: number;
  /** Conv/FC bias elements (with BN folded, one per output channel of each conv). */
  readonly biases: number;
  /** Learned tensors of other ops (BN, channel scales, layer scale, quantization scales). */
  readonly otherParams: number;
  /** Every learned element stored in the file: weights + biases + otherParams. */
  readonly params: number;
  /** Attention products (MatMul of two computed tensors), not MACs. */
  readonly attentionOps: number;
}

export interface GraphOutput {
  readonly name: string;
  readonly dims: Dims | null;
}

export interface ModelAnalysis {
  readonly irVersion: number;
  readonly opset: number;
  readonly producer: string;
  /** The model's own description (e.g. the lab's "RANDOM WEIGHTS" note), shortened. */
  readonly docString: string;
  readonly nodeCount: number;
  readonly inputs: readonly GraphInput[];
  readonly outputs: readonly GraphOutput[];
  /** The input size used for dynamic spatial dims (only matters when an input has them). */
  readonly inputSize: number;
  readonly dynamicSize: boolean;
  readonly rows: readonly NodeCost[];
  readonly totals: ModelTotals;
  readonly notCounted: readonly OpTally[];
  readonly cannotCount: readonly OpTally[];
  readonly otherLearned: readonly LearnedTally[];
  /** Running mean/variance values of unfused BatchNormalization (stored, not counted as params). */
  readonly bnStatistics: number;
  /** Op types of nodes whose output shape is unknown, by count. */
  readonly unknownShapes: readonly OpTally[];
  /** Every op type in the graph (domain-qualified outside the default domain), for error messages. */
  readonly opTypes: readonly string[];
  /** Set when the model takes one float image [1, 3, H, W] and returns [1, 1000] or [1, 1001] scores. */
  readonly classifier: {
    readonly inputName: string;
    readonly outputName: string;
    readonly classes: 1000 | 1001;
    readonly size: number;
  } | null;
}

function totalsOf(cost: CostCount): ModelTotals {
  const sum = (f: (r: NodeCost) => number) => cost.rows.reduce((a, r) => a + f(r), 0);
  const weights = sum((r) => r.weights);
  const biases = sum((r) => r.biases);
  const otherParams = cost.otherLearned.reduce((a, l) => a + l.elements, 0);
  return {
    macs: sum((r) => r.macs),
    weights,
    biases,
    otherParams,
    params: weights + biases + otherParams,
    attentionOps: sum((r) => r.attentionOps),
  };
}

function classifierOf(inputs: readonly GraphInput[], outputs: readonly GraphOutput[]) {
  const image = inputs.length === 1 ? inputs[0] : undefined;
  const scores = outputs[0];
  if (!image || !scores?.dims || outputs.length !== 1) return null;
  const [n, c, h, w] = image.dims;
  const [b, classes] = scores.dims;
  const isImage =
    image.dims.length === 4 && n === 1 && c === 3 && h === w && image.elemType === ONNX_TYPES.FLOAT;
  if (!isImage || scores.dims.length !== 2 || b !== 1 || (classes !== 1000 && classes !== 1001))
    return null;
  return { inputName: image.name, outputName: scores.name, classes, size: h ?? 0 } as const;
}

function tallyUnknown(model: OnnxModel, indices: readonly number[]): OpTally[] {
  const counts = new Map<string, number>();
  for (const i of indices) {
    const op = model.graph.node[i]?.opType ?? "?";
    counts.set(op, (counts.get(op) ?? 0) + 1);
  }
  return [...counts].map(([opType, count]) => ({ opType, count }));
}

/** Analyses a decoded model at a chosen size for dynamic spatial dims. */
export function analyzeOnnxModel(model: OnnxModel, inputSize = DEFAULT_INPUT_SIZE): ModelAnalysis {
  const shapes = inferShapes(model, inputSize);
  const cost = countCosts(new GraphIndex(model), shapes.facts);
  const outputs = model.graph.output.map((o) => ({
    name: o.name,
    dims: shapes.facts.get(o.name)?.shape ?? null,
  }));
  const opTypes = [
    ...new Set(
      model.graph.node.map((n) =>
        n.domain && n.domain !== "ai.onnx" ? `${n.domain}.${n.opType}` : n.opType,
      ),
    ),
  ];
  return {
    irVersion: model.irVersion,
    opset: defaultOpset(model) ?? 0,
    producer: [model.producerName, model.producerVersion].filter(Boolean).join(" "),
    docString: (model.docString ?? "").slice(0, 300),
    nodeCount: model.graph.node.length,
    inputs: shapes.inputs,
    outputs,
    inputSize,
    dynamicSize: shapes.inputs.some((i) => i.sizeFromUser),
    rows: cost.rows,
    totals: totalsOf(cost),
    notCounted: cost.notCounted,
    cannotCount: cost.cannotCount,
    otherLearned: cost.otherLearned,
    bnStatistics: cost.bnStatistics,
    unknownShapes: tallyUnknown(model, shapes.unknownNodes),
    opTypes,
    classifier: classifierOf(shapes.inputs, outputs),
  };
}

/** Reads and analyses the bytes of a .onnx file; throws ModelFileError with one sentence for bad files. */
export function analyzeOnnxBytes(bytes: Uint8Array, inputSize = DEFAULT_INPUT_SIZE): ModelAnalysis {
  return analyzeOnnxModel(readModel(bytes), inputSize);
}

/** H×W×C of an ONNX tensor for the charts: NCHW maps directly, [N, C] is 1×1×C, [N, L, C] is 1×L×C. */
export function tensorShapeOf(dims: Dims): TensorShape {
  if (dims.length === 4) return { h: dims[2] ?? 1, w: dims[3] ?? 1, c: dims[1] ?? 1 };
  if (dims.length === 3) return { h: 1, w: dims[1] ?? 1, c: dims[2] ?? 1 };
  return { h: 1, w: 1, c: dims.at(-1) ?? product(dims) };
}

/** The counted rows as the explorer's LayerCost, so its charts and table draw them unchanged. */
export function asLayerCosts(rows: readonly NodeCost[]): LayerCost[] {
  return rows.map((r, i) => {
    const output = tensorShapeOf(r.output);
    return {
      path: r.name,
      blockIndex: i,
      op: r.kind,
      input: tensorShapeOf(r.input),
      output,
      kernel: r.kernel,
      stride: r.stride,
      groups: r.groups,
      params: r.weights + r.biases,
      bnParams: 0,
      macs: r.macs,
      activationSize: product(r.output),
      otherOps: r.attentionOps,
    };
  });
}
