/**
 * One training epoch of the head as an ONNX graph, so onnxruntime's SIMD (and threaded) kernels do
 * the multiply-adds: a Loop over the epoch's batches whose body is the forward pass, the
 * softmax cross-entropy gradient, the backward pass and Adam (Keras' epsilon-hat form), exactly the
 * math of head.ts and adam.ts. The training photos are initializers (the graph is built per
 * training run); the epoch's shuffle, Adam's step sizes, the weights and Adam's moments go in, the
 * updated weights and moments, each batch's summed loss and correct count, and the validation
 * photos' summed loss and correct count with the new weights come out.
 */
import type {
  OnnxAttribute,
  OnnxModel,
  OnnxNode,
  OnnxTensor,
  OnnxValueInfo,
} from "@/lib/onnx/onnx-proto";
import { IR_VERSION, OPSET } from "@/lib/onnx/graph-builder";
import { ATTRIBUTE_TYPE, DATA_TYPE } from "@/lib/onnx/onnx-proto";

/** The carried state, in the order the graph takes and gives it. */
export const STATE_NAMES = [
  "w1",
  "b1",
  "w2",
  "b2",
  "m_w1",
  "m_b1",
  "m_w2",
  "m_b2",
  "v_w1",
  "v_b1",
  "v_w2",
  "v_b2",
] as const;

export type StateName = (typeof STATE_NAMES)[number];

export const ORDER_INPUT = "order";
export const STEP_SIZES_INPUT = "step_sizes";
export const BATCH_LOSS_OUTPUT = "batch_loss_sums";
export const BATCH_CORRECT_OUTPUT = "batch_correct";
export const VALIDATION_LOSS_OUTPUT = "validation_loss_sum";
export const VALIDATION_CORRECT_OUTPUT = "validation_correct";
export const outputOf = (state: string) => `${state}_out`;

export interface EpochGraphData {
  readonly inputSize: number;
  readonly hidden: number;
  readonly classes: number;
  readonly batchSize: number;
  /** The training photos' embeddings and labels, in a fixed order (shuffled by `order` per epoch). */
  readonly train: { readonly inputs: readonly Float32Array[]; readonly labels: readonly number[] };
  readonly validation: {
    readonly inputs: readonly Float32Array[];
    readonly labels: readonly number[];
  };
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
}

const int = (name: string, i: number): OnnxAttribute => ({ name, type: ATTRIBUTE_TYPE.INT, i });

function tensorInfo(name: string, elemType: number, dims?: readonly number[]): OnnxValueInfo {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        ...(dims ? { shape: { dim: dims.map((d) => ({ dimValue: d })) } } : {}),
      },
    },
  };
}

function bytesOf(a: Float32Array | BigInt64Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** Nodes of one graph with generated output names, and the initializers they read. */
class Ops {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  private count = 0;

  constructor(private readonly prefix: string) {}

  op(
    type: string,
    inputs: readonly string[],
    attribute: OnnxAttribute[] = [],
    out?: string,
  ): string {
    const name = out ?? `${this.prefix}${type.toLowerCase()}_${this.count++}`;
    this.nodes.push({ name, opType: type, input: inputs, output: [name], attribute });
    return name;
  }

  floats(name: string, dims: readonly number[], values: Float32Array): string {
    this.initializers.push({ name, dims, dataType: DATA_TYPE.FLOAT, rawData: bytesOf(values) });
    return name;
  }

  int64s(name: string, dims: readonly number[], values: readonly number[]): string {
    const raw = bytesOf(BigInt64Array.from(values, (v) => BigInt(v)));
    this.initializers.push({ name, dims, dataType: DATA_TYPE.INT64, rawData: raw });
    return name;
  }
}

function rows(inputs: readonly Float32Array[], width: number): Float32Array {
  const out = new Float32Array(inputs.length * width);
  inputs.forEach((x, k) => out.set(x, k * width));
  return out;
}

function oneHot(labels: readonly number[], classes: number): Float32Array {
  const out = new Float32Array(labels.length * classes);
  labels.forEach((c, k) => (out[k * classes + c] = 1));
  return out;
}

/** Hidden activations and softmax probabilities of `x` under the weights named `w`. */
function forward(g: Ops, x: string, w: Readonly<Record<string, string>>) {
  const hidden = g.op("Relu", [g.op("Gemm", [x, w.w1!, w.b1!], [int("transB", 1)])]);
  const logits = g.op("Gemm", [hidden, w.w2!, w.b2!], [int("transB", 1)]);
  return { hidden, probs: g.op("Softmax", [logits], [int("axis", 1)]) };
}

/** Σ −log(max(p_y, 1e-12)) and the count of rows whose first arg-max is the label. */
function lossAndCorrect(g: Ops, probs: string, oneHotY: string, labels: string) {
  const py = g.op("ReduceSum", [g.op("Mul", [probs, oneHotY]), "axis1"], [int("keepdims", 0)]);
  const nll = g.op("Neg", [g.op("Log", [g.op("Max", [py, "tiny"])])]);
  const loss = g.op("ReduceSum", [nll], [int("keepdims", 0)]);
  const best = g.op("ArgMax", [probs], [int("axis", 1), int("keepdims", 0)]);
  const hits = g.op("Cast", [g.op("Equal", [best, labels])], [int("to", DATA_TYPE.FLOAT)]);
  return { loss, correct: g.op("ReduceSum", [hits], [int("keepdims", 0)]) };
}

/** Gradients of the batch's summed-then-averaged cross-entropy, as head.ts's lossAndGradients. */
function gradients(g: Ops, x: string, y: string, w: Readonly<Record<string, string>>) {
  const { hidden, probs } = forward(g, x, w);
  // d(loss)/d(logits) = (p − one-hot) / batch size.
  const invN = g.op("Gather", ["inverse_batch_sizes", "iter"], [int("axis", 0)]);
  const dLogits = g.op("Mul", [g.op("Sub", [probs, y]), invN]);
  // ReLU passes gradient only where the unit was on.
  const on = g.op("Cast", [g.op("Greater", [hidden, "zero"])], [int("to", DATA_TYPE.FLOAT)]);
  const dHidden = g.op("Mul", [g.op("MatMul", [dLogits, w.w2!]), on]);
  const grads: Record<string, string> = {
    w1: g.op("Gemm", [dHidden, x], [int("transA", 1)]),
    b1: g.op("ReduceSum", [dHidden, "axis0"], [int("keepdims", 0)]),
    w2: g.op("Gemm", [dLogits, hidden], [int("transA", 1)]),
    b2: g.op("ReduceSum", [dLogits, "axis0"], [int("keepdims", 0)]),
  };
  return { probs, grads };
}

/** Adam on tensor `k` (adam.ts): the moments' running means, then w −= step·m / (√v + ε). */
function adamUpdate(
  g: Ops,
  k: string,
  grad: string,
  s: Readonly<Record<string, string>>,
  stepSize: string,
): Record<string, string> {
  const runningMean = (prev: string, value: string, beta: string, out: string) =>
    g.op("Add", [g.op("Mul", [prev, beta]), g.op("Mul", [value, `one_minus_${beta}`])], [], out);
  const m = runningMean(s[`m_${k}`]!, grad, "beta1", `m_${k}_next`);
  const v = runningMean(s[`v_${k}`]!, g.op("Mul", [grad, grad]), "beta2", `v_${k}_next`);
  const denominator = g.op("Add", [g.op("Sqrt", [v]), "epsilon"]);
  const delta = g.op("Div", [g.op("Mul", [m, stepSize]), denominator]);
  return { [k]: g.op("Sub", [s[k]!, delta], [], `${k}_next`), [`m_${k}`]: m, [`v_${k}`]: v };
}

/** The Loop body: batch `iter` of the epoch's order, one gradient step. */
function batchStep(): OnnxModel["graph"] {
  const g = new Ops("step_");
  const s = Object.fromEntries(STATE_NAMES.map((n) => [n, `${n}_in`]));
  const start = g.op("Gather", ["batch_starts", "iter"], [int("axis", 0)]);
  const end = g.op("Gather", ["batch_ends", "iter"], [int("axis", 0)]);
  const slice = (t: string) => g.op("Slice", [t, start, end, "axis0"]);
  const x = slice("epoch_x");
  const y = slice("epoch_y");
  const { probs, grads } = gradients(g, x, y, s);
  const { loss, correct } = lossAndCorrect(g, probs, y, slice("epoch_labels"));
  const stepSize = g.op("Gather", [STEP_SIZES_INPUT, "iter"], [int("axis", 0)]);
  const next: Record<string, string> = {};
  for (const k of ["w1", "b1", "w2", "b2"])
    Object.assign(next, adamUpdate(g, k, grads[k]!, s, stepSize));
  g.op("Identity", ["cond_in"], [], "cond_out");
  g.op("Identity", [loss], [], "loss_scan");
  g.op("Identity", [correct], [], "correct_scan");
  return {
    name: "batch_step",
    node: g.nodes,
    initializer: [],
    input: [
      tensorInfo("iter", DATA_TYPE.INT64, []),
      tensorInfo("cond_in", DATA_TYPE.BOOL, []),
      ...STATE_NAMES.map((n) => tensorInfo(`${n}_in`, DATA_TYPE.FLOAT)),
    ],
    output: [
      tensorInfo("cond_out", DATA_TYPE.BOOL, []),
      ...STATE_NAMES.map((n) => tensorInfo(next[n]!, DATA_TYPE.FLOAT)),
      tensorInfo("loss_scan", DATA_TYPE.FLOAT, []),
      tensorInfo("correct_scan", DATA_TYPE.FLOAT, []),
    ],
  };
}

/** Batch bounds over `count` photos: [start, end) of each, as the JS loop slices them. */
export function batchBounds(count: number, batchSize: number): { start: number; end: number }[] {
  const out = [];
  for (let at = 0; at < count; at += batchSize)
    out.push({ start: at, end: Math.min(count, at + batchSize) });
  return out;
}

/** A state tensor's dims: [out, in] for the weight matrices (and their moments), [n] for biases. */
export function stateDims(
  name: StateName,
  head: { readonly inputSize: number; readonly hidden: number; readonly classes: number },
): number[] {
  if (name.endsWith("w1")) return [head.hidden, head.inputSize];
  if (name.endsWith("w2")) return [head.classes, head.hidden];
  return [name.endsWith("b1") ? head.hidden : head.classes];
}

/** The batches' bounds and sizes, the axes and Adam's hyper-parameters, as initializers. */
function addConstants(
  g: Ops,
  d: EpochGraphData,
  bounds: readonly { start: number; end: number }[],
) {
  g.int64s(
    "batch_starts",
    [bounds.length, 1],
    bounds.map((b) => b.start),
  );
  g.int64s(
    "batch_ends",
    [bounds.length, 1],
    bounds.map((b) => b.end),
  );
  g.int64s("batch_count", [], [bounds.length]);
  g.floats(
    "inverse_batch_sizes",
    [bounds.length],
    Float32Array.from(bounds, (b) => 1 / (b.end - b.start)),
  );
  g.int64s("axis0", [1], [0]);
  g.int64s("axis1", [1], [1]);
  const scalar = (name: string, v: number) => g.floats(name, [], Float32Array.of(v));
  scalar("zero", 0);
  scalar("tiny", 1e-12);
  scalar("beta1", d.beta1);
  scalar("one_minus_beta1", 1 - d.beta1);
  scalar("beta2", d.beta2);
  scalar("one_minus_beta2", 1 - d.beta2);
  scalar("epsilon", d.epsilon);
}

/** The epoch model for one training run (needs at least one training photo). */
export function buildEpochModel(d: EpochGraphData): OnnxModel {
  const g = new Ops("epoch_");
  const nTrain = d.train.labels.length;
  const bounds = batchBounds(nTrain, d.batchSize);
  g.floats("train_x", [nTrain, d.inputSize], rows(d.train.inputs, d.inputSize));
  g.floats("train_y", [nTrain, d.classes], oneHot(d.train.labels, d.classes));
  g.int64s("train_labels", [nTrain], d.train.labels);
  addConstants(g, d, bounds);
  g.op("Gather", ["train_x", ORDER_INPUT], [int("axis", 0)], "epoch_x");
  g.op("Gather", ["train_y", ORDER_INPUT], [int("axis", 0)], "epoch_y");
  g.op("Gather", ["train_labels", ORDER_INPUT], [int("axis", 0)], "epoch_labels");
  const loopOutputs = [...STATE_NAMES.map(outputOf), BATCH_LOSS_OUTPUT, BATCH_CORRECT_OUTPUT];
  g.nodes.push({
    name: "epoch_loop",
    opType: "Loop",
    input: ["batch_count", "", ...STATE_NAMES],
    output: loopOutputs,
    attribute: [{ name: "body", type: ATTRIBUTE_TYPE.GRAPH, g: batchStep() }],
  });
  const nVal = d.validation.labels.length;
  const outputs = [...loopOutputs];
  if (nVal > 0) {
    g.floats("val_x", [nVal, d.inputSize], rows(d.validation.inputs, d.inputSize));
    g.floats("val_y", [nVal, d.classes], oneHot(d.validation.labels, d.classes));
    g.int64s("val_labels", [nVal], d.validation.labels);
    const w = Object.fromEntries(["w1", "b1", "w2", "b2"].map((k) => [k, outputOf(k)]));
    const { probs } = forward(g, "val_x", w);
    const { loss, correct } = lossAndCorrect(g, probs, "val_y", "val_labels");
    g.op("Identity", [loss], [], VALIDATION_LOSS_OUTPUT);
    g.op("Identity", [correct], [], VALIDATION_CORRECT_OUTPUT);
    outputs.push(VALIDATION_LOSS_OUTPUT, VALIDATION_CORRECT_OUTPUT);
  }
  return {
    irVersion: IR_VERSION,
    opsetImport: [{ domain: "", version: OPSET }],
    producerName: "mobilenet-lab teach",
    producerVersion: "1",
    docString: "One training epoch of the /teach head.",
    graph: {
      name: "teach_epoch",
      node: g.nodes,
      initializer: g.initializers,
      input: [
        tensorInfo(ORDER_INPUT, DATA_TYPE.INT64, [nTrain]),
        tensorInfo(STEP_SIZES_INPUT, DATA_TYPE.FLOAT, [bounds.length]),
        ...STATE_NAMES.map((n) => tensorInfo(n, DATA_TYPE.FLOAT, stateDims(n, d))),
      ],
      output: outputs.map((n) => tensorInfo(n, DATA_TYPE.FLOAT)),
    },
  };
}
