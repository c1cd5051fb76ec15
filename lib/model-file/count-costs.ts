/**
 * Multiply-adds and parameters per node, with the engine's conventions (lib/cost): MACs are the
 * multiply-adds of convolutions and fully connected layers only (Conv/ConvInteger/QLinearConv, Gemm,
 * MatMul with a stored weight); a MatMul of two computed tensors (attention QKᵀ and ·V) is counted
 * apart as attention products, as the engine's `otherOps`; everything else (activations, adds, pooling,
 * softmax, layout) is not counted and is listed by type. Parameters are the elements of stored tensors
 * that can be learned (float or quantized, more than one element — scalars are constants such as Clip
 * bounds); each is booked once, on the first node that reads it (through a DequantizeLinear chain).
 */
import type { OpKind } from "@/lib/arch/types";
import type { OnnxNode } from "@/lib/onnx/onnx-proto";
import { intAttr, intsAttr } from "./attributes";
import type { Dims } from "./broadcast";
import { product } from "./broadcast";
import type { GraphIndex, StoredTensor } from "./graph-index";
import { CONV_OPS, MATMUL_OPS, convKind, isActivationMatmul, matmulOperands } from "./op-kind";
import type { TensorFacts } from "./shape-rules";

/** One counted node: a conv or fully connected layer, or an attention product (macs 0). */
export interface NodeCost {
  readonly index: number;
  readonly name: string;
  readonly opType: string;
  readonly kind: OpKind;
  readonly input: Dims;
  readonly output: Dims;
  readonly kernel: number;
  readonly stride: number;
  readonly groups: number;
  /** Elements of the weight tensor (conv W, Gemm/MatMul B). */
  readonly weights: number;
  /** Elements of the bias (with BN folded into the conv, one per output channel). */
  readonly biases: number;
  readonly macs: number;
  /** Multiplies of a MatMul between two computed tensors (attention), never in `macs`. */
  readonly attentionOps: number;
}

/** Ops whose cost the page cannot count (no convention, or sub-graphs). */
const UNCOUNTABLE: ReadonlySet<string> = new Set([
  "ConvTranspose",
  "Einsum",
  "LSTM",
  "GRU",
  "RNN",
  "Attention",
  "MultiHeadAttention",
  "Loop",
  "If",
  "Scan",
  "DeformConv",
]);

export interface OpTally {
  readonly opType: string;
  readonly count: number;
}

export interface LearnedTally {
  readonly opType: string;
  readonly tensors: number;
  readonly elements: number;
}

export interface CostCount {
  readonly rows: readonly NodeCost[];
  /** Ops not counted by convention (activations, adds, pooling, layout…), by type. */
  readonly notCounted: readonly OpTally[];
  /** Ops whose cost is unknown: no counting rule, another domain, or a counted op of unknown shape. */
  readonly cannotCount: readonly OpTally[];
  /** Learned tensors read by uncounted ops (BN, channel scales, quantization scales), by op type. */
  readonly otherLearned: readonly LearnedTally[];
  /** Values of unfused BatchNormalization running mean and variance: stored, but statistics, not parameters. */
  readonly bnStatistics: number;
}

function tally(names: readonly string[]): OpTally[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts]
    .map(([opType, count]) => ({ opType, count }))
    .sort((a, b) => b.count - a.count || a.opType.localeCompare(b.opType));
}

/** Input, weight and bias positions of the counted ops. */
function operandSlots(node: OnnxNode): { x: string; w: string; b?: string } {
  const i = node.input;
  if (node.opType === "QLinearConv") return { x: i[0] ?? "", w: i[3] ?? "", b: i[8] };
  if (MATMUL_OPS.has(node.opType)) {
    const [x, w] = matmulOperands(node);
    return { x, w };
  }
  return { x: i[0] ?? "", w: i[1] ?? "", b: i[2] };
}

interface Context {
  readonly graph: GraphIndex;
  readonly facts: ReadonlyMap<string, TensorFacts>;
  /** Books a stored tensor once; int32 ones only where they are a bias (`asBias`). */
  readonly claim: (tensor: string | undefined, asBias?: boolean) => StoredTensor | undefined;
}

function convRow(node: OnnxNode, index: number, ctx: Context): NodeCost | undefined {
  const { x, w, b } = operandSlots(node);
  const input = ctx.facts.get(x)?.shape;
  const weight = ctx.facts.get(w)?.shape;
  const output = ctx.facts.get(node.output[0] ?? "")?.shape;
  if (!input || !weight || !output || output.length < 3) return undefined;
  const groups = intAttr(node, "group", 1);
  const kernel = weight[2] ?? 1;
  const geo = { input, output, kernel, groups };
  const weights = ctx.claim(w)?.elements ?? product(weight);
  return {
    index,
    name: node.name || `${node.opType}#${index}`,
    opType: node.opType,
    kind: convKind(node, geo, ctx.graph, ctx.facts),
    input,
    output,
    kernel,
    stride: intsAttr(node, "strides")?.[0] ?? 1,
    groups,
    weights,
    biases: ctx.claim(b, true)?.elements ?? 0,
    macs: product(weight) * product(output.slice(2)) * (output[0] ?? 1),
    attentionOps: 0,
  };
}

function denseRow(node: OnnxNode, index: number, ctx: Context): NodeCost | undefined {
  const { x, w, b } = operandSlots(node);
  const input = ctx.facts.get(x)?.shape;
  const output = ctx.facts.get(node.output[0] ?? "")?.shape;
  if (!input || !output) return undefined;
  const transA = node.opType === "Gemm" && intAttr(node, "transA", 0) === 1;
  const inner = (transA ? input[0] : input.at(-1)) ?? 1;
  const products = product(output) * inner;
  const attention = node.opType !== "Gemm" && isActivationMatmul(node, ctx.graph);
  const base = {
    index,
    name: node.name || `${node.opType}#${index}`,
    opType: node.opType,
    input,
    output,
    kernel: 1,
    stride: 1,
    groups: 1,
  };
  if (attention)
    return { ...base, kind: "attention", weights: 0, biases: 0, macs: 0, attentionOps: products };
  const weights = ctx.claim(w)?.elements ?? 0;
  if (weights === 0 && node.opType !== "Gemm") return undefined;
  return {
    ...base,
    kind: "fc",
    weights,
    biases: node.opType === "Gemm" ? (ctx.claim(b, true)?.elements ?? 0) : 0,
    macs: products,
    attentionOps: 0,
  };
}

export function countCosts(graph: GraphIndex, facts: ReadonlyMap<string, TensorFacts>): CostCount {
  const claimed = new Set<string>();
  const claim = (tensor: string | undefined, asBias = false) => {
    const stored = tensor ? graph.storedSource(tensor) : undefined;
    if (!stored || stored.elements <= 1 || claimed.has(stored.name)) return undefined;
    if (stored.int32 && !asBias) return undefined;
    claimed.add(stored.name);
    return stored;
  };
  const ctx: Context = { graph, facts, claim };
  const rows: NodeCost[] = [];
  const notCounted: string[] = [];
  const cannot: string[] = [];
  const learned = new Map<string, { tensors: number; elements: number }>();
  const foreign = (node: OnnxNode) =>
    node.domain !== undefined && node.domain !== "" && node.domain !== "ai.onnx";
  const isCounted = (node: OnnxNode) =>
    !foreign(node) &&
    (CONV_OPS.has(node.opType) || MATMUL_OPS.has(node.opType) || node.opType === "Gemm");
  // Counted ops claim their weights first, so a DequantizeLinear in front of a Conv does not take them.
  graph.nodes.forEach((node, index) => {
    if (!isCounted(node)) return;
    const row = CONV_OPS.has(node.opType) ? convRow(node, index, ctx) : denseRow(node, index, ctx);
    if (row) rows.push(row);
    else cannot.push(node.opType);
  });
  let bnStatistics = 0;
  const bookLearned = (node: OnnxNode) => {
    node.input.forEach((input, slot) => {
      const stored = claim(input);
      if (!stored) return;
      // BatchNormalization(X, scale, B, mean, var): γ and β are learned, mean and var are statistics.
      if (node.opType === "BatchNormalization" && slot >= 3) {
        bnStatistics += stored.elements;
        return;
      }
      const sum = learned.get(node.opType) ?? { tensors: 0, elements: 0 };
      learned.set(node.opType, {
        tensors: sum.tensors + 1,
        elements: sum.elements + stored.elements,
      });
    });
  };
  for (const node of graph.nodes) {
    // A counted op whose shapes are unknown still stores its weights: they stay in the parameter total.
    if (!isCounted(node)) {
      if (foreign(node)) cannot.push(`${node.domain}.${node.opType}`);
      else if (UNCOUNTABLE.has(node.opType)) cannot.push(node.opType);
      else notCounted.push(node.opType);
    }
    bookLearned(node);
  }
  return {
    rows,
    notCounted: tally(notCounted),
    cannotCount: tally(cannot),
    otherLearned: [...learned].map(([opType, s]) => ({ opType, ...s })),
    bnStatistics,
  };
}
