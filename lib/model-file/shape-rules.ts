/**
 * Static shape inference for the operators CNNs and mobile attention use (ONNX operator spec), one rule
 * per op type. A rule sees its inputs' shapes (and the values of small constant tensors, so the
 * Shape → Gather → Concat → Reshape chains of PyTorch exports resolve) and returns its outputs' facts,
 * or undefined when it cannot tell ("shape unknown").
 */
import type { OnnxNode } from "@/lib/onnx/onnx-proto";
import { floatAttr, intAttr, intsAttr, tensorAttr } from "./attributes";
import type { Dims } from "./broadcast";
import { axisOf, broadcast, product } from "./broadcast";
import { spatialOutput } from "./spatial";
import { tensorValues } from "./tensor-values";

/** What is known about one tensor: its shape, and its values when it is a small constant. */
export interface TensorFacts {
  readonly shape: Dims;
  readonly value?: readonly number[];
}

export interface RuleInput {
  readonly node: OnnxNode;
  /** Facts of each input, undefined for unknown or omitted ("") inputs. */
  readonly inputs: readonly (TensorFacts | undefined)[];
  readonly opset: number;
}

type Outputs = readonly (TensorFacts | undefined)[];
type Rule = (r: RuleInput) => Outputs | undefined;

const shapeOnly = (shape: Dims | undefined): TensorFacts | undefined =>
  shape ? { shape } : undefined;

/** Ops that pass a constant's values through unchanged (shape arithmetic goes through them). */
const VALUE_KEEPING: ReadonlySet<string> = new Set(["Identity", "Cast", "CastLike"]);

/** Shape of input 0 on every output: activations, norms, casts (a second output, e.g. a mask, alike). */
const sameAsFirst: Rule = ({ node, inputs }) => {
  const x = inputs[0];
  if (!x) return undefined;
  const first = VALUE_KEEPING.has(node.opType) ? x : { shape: x.shape };
  return [first, { shape: x.shape }];
};

const ARITHMETIC: Readonly<Record<string, (a: number, b: number) => number>> = {
  Add: (a, b) => a + b,
  Sub: (a, b) => a - b,
  Mul: (a, b) => a * b,
  Div: (a, b) => (Number.isInteger(a) && Number.isInteger(b) ? Math.trunc(a / b) : a / b),
};

/** Element-wise ops with broadcasting; small constant vectors are computed (shape arithmetic). */
const elementwise: Rule = ({ node, inputs }) => {
  const known = inputs.filter((x): x is TensorFacts => x !== undefined);
  if (known.length !== inputs.filter((_, i) => node.input[i]).length) return undefined;
  const shape = broadcast(known.map((x) => x.shape));
  if (!shape) return undefined;
  const op = ARITHMETIC[node.opType];
  const [a, b] = known;
  if (op && a?.value && b?.value && product(shape) <= Math.max(a.value.length, b.value.length)) {
    const n = product(shape);
    const at = (v: readonly number[], i: number) => (v.length === 1 ? (v[0] ?? 0) : (v[i] ?? 0));
    return [
      { shape, value: Array.from({ length: n }, (_, i) => op(at(a.value!, i), at(b.value!, i))) },
    ];
  }
  return [{ shape }];
};

function convLike(x: TensorFacts | undefined, w: TensorFacts | undefined, node: OnnxNode) {
  if (!x || !w || x.shape.length < 3 || w.shape.length !== x.shape.length) return undefined;
  const spatial = spatialOutput(node, x.shape, w.shape.slice(2));
  return spatial ? [{ shape: [x.shape[0] ?? 1, w.shape[0] ?? 1, ...spatial] }] : undefined;
}

const pool: Rule = ({ node, inputs }) => {
  const x = inputs[0];
  const kernel = intsAttr(node, "kernel_shape");
  if (!x || !kernel || x.shape.length < 3) return undefined;
  const spatial = spatialOutput(node, x.shape, kernel);
  if (!spatial) return undefined;
  const shape = [x.shape[0] ?? 1, x.shape[1] ?? 1, ...spatial];
  return [{ shape }, { shape }];
};

const globalPool: Rule = ({ inputs }) => {
  const x = inputs[0];
  if (!x || x.shape.length < 3) return undefined;
  return [{ shape: [x.shape[0] ?? 1, x.shape[1] ?? 1, ...x.shape.slice(2).map(() => 1)] }];
};

/** MatMul (NumPy semantics: 1-D operands promoted, batch dims broadcast). */
function matmulShape(a: Dims, b: Dims): Dims | undefined {
  const A = a.length === 1 ? [1, ...a] : a;
  const B = b.length === 1 ? [...b, 1] : b;
  if (A.length < 2 || B.length < 2 || A.at(-1) !== B.at(-2)) return undefined;
  const batch = broadcast([A.slice(0, -2), B.slice(0, -2)]);
  if (!batch) return undefined;
  const out = [...batch, A.at(-2) ?? 1, B.at(-1) ?? 1];
  if (a.length === 1) out.splice(-2, 1);
  if (b.length === 1) out.splice(-1, 1);
  return out;
}

const gemm: Rule = ({ node, inputs }) => {
  const [a, b] = inputs;
  if (!a || !b || a.shape.length !== 2 || b.shape.length !== 2) return undefined;
  const m = intAttr(node, "transA", 0) ? a.shape[1] : a.shape[0];
  const n = intAttr(node, "transB", 0) ? b.shape[0] : b.shape[1];
  return [{ shape: [m ?? 1, n ?? 1] }];
};

const reshape: Rule = ({ node, inputs }) => {
  const [x, target] = inputs;
  const spec = target?.value ?? intsAttr(node, "shape");
  if (!x || !spec) return undefined;
  const allowZero = intAttr(node, "allowzero", 0) === 1;
  const dims = spec.map((d, i) => (d === 0 && !allowZero ? (x.shape[i] ?? 0) : d));
  const known = product(dims.filter((d) => d !== -1));
  const total = product(x.shape);
  const shape = dims.map((d) => (d === -1 ? total / known : d));
  if (product(shape) !== total || !shape.every(Number.isInteger)) return undefined;
  return [{ shape, value: x.value }];
};

const flatten: Rule = ({ node, inputs }) => {
  const x = inputs[0];
  if (!x) return undefined;
  const axis = axisOf(intAttr(node, "axis", 1), x.shape.length);
  return [{ shape: [product(x.shape.slice(0, axis)), product(x.shape.slice(axis))] }];
};

const transpose: Rule = ({ node, inputs }) => {
  const x = inputs[0];
  if (!x) return undefined;
  const perm = intsAttr(node, "perm") ?? x.shape.map((_, i) => x.shape.length - 1 - i);
  return [{ shape: perm.map((p) => x.shape[p] ?? 1) }];
};

const concat: Rule = ({ node, inputs }) => {
  if (inputs.length === 0 || inputs.some((x) => !x)) return undefined;
  const xs = inputs as readonly TensorFacts[];
  const first = xs[0] as TensorFacts;
  const axis = axisOf(intAttr(node, "axis", 0), first.shape.length);
  const shape = first.shape.map((d, i) =>
    i === axis ? xs.reduce((sum, x) => sum + (x.shape[i] ?? 0), 0) : d,
  );
  const values = xs.every((x) => x.value) ? xs.flatMap((x) => x.value ?? []) : undefined;
  return [{ shape, value: first.shape.length === 1 ? values : undefined }];
};

/** Axes from the attribute (older opsets) or the second input (newer ones). */
function axesOf(r: RuleInput, inputIndex: number): readonly number[] | undefined {
  return intsAttr(r.node, "axes") ?? r.inputs[inputIndex]?.value;
}

const squeeze: Rule = (r) => {
  const x = r.inputs[0];
  if (!x) return undefined;
  const axes = axesOf(r, 1)?.map((a) => axisOf(a, x.shape.length));
  const shape = x.shape.filter((d, i) => (axes ? !axes.includes(i) : d !== 1));
  return [{ shape, value: x.value }];
};

const unsqueeze: Rule = (r) => {
  const x = r.inputs[0];
  const axes = axesOf(r, 1);
  if (!x || !axes) return undefined;
  const rank = x.shape.length + axes.length;
  const at = new Set(axes.map((a) => axisOf(a, rank)));
  const shape: number[] = [];
  let j = 0;
  for (let i = 0; i < rank; i++) shape.push(at.has(i) ? 1 : (x.shape[j++] ?? 1));
  return [{ shape, value: x.value }];
};

const shapeOp: Rule = ({ node, inputs }) => {
  const x = inputs[0];
  if (!x) return undefined;
  const rank = x.shape.length;
  const start = axisOf(intAttr(node, "start", 0), rank);
  const end = axisOf(intAttr(node, "end", rank), rank);
  const value = x.shape.slice(start, end);
  return [{ shape: [value.length], value }];
};

const gather: Rule = ({ node, inputs }) => {
  const [data, indices] = inputs;
  if (!data || !indices) return undefined;
  const axis = axisOf(intAttr(node, "axis", 0), data.shape.length);
  const shape = [...data.shape.slice(0, axis), ...indices.shape, ...data.shape.slice(axis + 1)];
  let value: number[] | undefined;
  if (data.value && indices.value && data.shape.length === 1) {
    const n = data.value.length;
    value = indices.value.map((i) => data.value?.[i < 0 ? i + n : i] ?? 0);
  }
  return [{ shape, value }];
};

/** Clamps Slice bounds as the spec does and returns the number of elements taken. */
function sliceCount(size: number, start: number, end: number, step: number): [number, number] {
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const s = start < 0 ? start + size : start;
  const e = end < 0 ? end + size : end;
  if (step > 0) {
    const a = clamp(s, 0, size);
    return [a, Math.max(0, Math.ceil((clamp(e, 0, size) - a) / step))];
  }
  const a = clamp(s, 0, size - 1);
  return [a, Math.max(0, Math.ceil((clamp(e, -1, size - 1) - a) / step))];
}

const slice: Rule = (r) => {
  const x = r.inputs[0];
  if (!x) return undefined;
  const old = r.opset < 10;
  const starts = old ? intsAttr(r.node, "starts") : r.inputs[1]?.value;
  const ends = old ? intsAttr(r.node, "ends") : r.inputs[2]?.value;
  const axes = (old ? intsAttr(r.node, "axes") : r.inputs[3]?.value) ?? starts?.map((_, i) => i);
  const steps = (old ? undefined : r.inputs[4]?.value) ?? starts?.map(() => 1);
  if (!starts || !ends || !axes || !steps) return undefined;
  const shape = [...x.shape];
  let value: number[] | undefined;
  axes.forEach((axis, i) => {
    const a = axisOf(axis, x.shape.length);
    const [first, count] = sliceCount(x.shape[a] ?? 0, starts[i] ?? 0, ends[i] ?? 0, steps[i] ?? 1);
    shape[a] = count;
    if (x.value && x.shape.length === 1)
      value = Array.from({ length: count }, (_, k) => x.value?.[first + k * (steps[i] ?? 1)] ?? 0);
  });
  return [{ shape, value }];
};

const split: Rule = (r) => {
  const x = r.inputs[0];
  if (!x) return undefined;
  const axis = axisOf(intAttr(r.node, "axis", 0), x.shape.length);
  const size = x.shape[axis] ?? 0;
  const outputs = r.node.output.length;
  const parts =
    intsAttr(r.node, "split") ??
    r.inputs[1]?.value ??
    Array.from({ length: outputs }, (_, i) =>
      i < outputs - 1
        ? Math.ceil(size / outputs)
        : size - Math.ceil(size / outputs) * (outputs - 1),
    );
  return parts.map((p) => ({ shape: x.shape.map((d, i) => (i === axis ? p : d)) }));
};

const resize: Rule = (r) => {
  const x = r.inputs[0];
  if (!x) return undefined;
  // Opset 10 and Upsample: (X, scales); opset 11+: (X, roi, scales, sizes).
  const twoInputs = r.node.opType === "Upsample" || r.opset < 11;
  const scales =
    (twoInputs ? r.inputs[1]?.value : r.inputs[2]?.value) ?? intsAttr(r.node, "scales");
  const sizes = twoInputs ? undefined : r.inputs[3]?.value;
  if (sizes && sizes.length === x.shape.length) return [{ shape: sizes }];
  if (scales && scales.length === x.shape.length)
    return [{ shape: x.shape.map((d, i) => Math.floor(d * (scales[i] ?? 1))) }];
  return undefined;
};

const pad: Rule = (r) => {
  const x = r.inputs[0];
  const pads = intsAttr(r.node, "pads") ?? r.inputs[1]?.value;
  if (!x || !pads) return undefined;
  const n = x.shape.length;
  const axes = r.inputs[3]?.value?.map((a) => axisOf(a, n)) ?? x.shape.map((_, i) => i);
  const shape = [...x.shape];
  axes.forEach((a, i) => {
    shape[a] = (shape[a] ?? 0) + (pads[i] ?? 0) + (pads[i + axes.length] ?? 0);
  });
  return [{ shape }];
};

/** Reduce* ops: axes from the attribute, or (ReduceSum 13+, all others 18+) from input 1. */
const reduce: Rule = (r) => {
  const x = r.inputs[0];
  if (!x) return undefined;
  const keep = intAttr(r.node, "keepdims", 1) === 1;
  const axes = axesOf(r, 1);
  const noop = intAttr(r.node, "noop_with_empty_axes", 0) === 1;
  if (!axes?.length && noop) return [{ shape: x.shape }];
  const at = new Set(
    (axes?.length ? axes : x.shape.map((_, i) => i)).map((a) => axisOf(a, x.shape.length)),
  );
  const shape = keep
    ? x.shape.map((d, i) => (at.has(i) ? 1 : d))
    : x.shape.filter((_, i) => !at.has(i));
  return [{ shape }];
};

const argReduce: Rule = ({ node, inputs }) => {
  const x = inputs[0];
  if (!x) return undefined;
  const axis = axisOf(intAttr(node, "axis", 0), x.shape.length);
  const keep = intAttr(node, "keepdims", 1) === 1;
  const shape = keep
    ? x.shape.map((d, i) => (i === axis ? 1 : d))
    : x.shape.filter((_, i) => i !== axis);
  return [{ shape }];
};

const constant: Rule = ({ node }) => {
  const t = tensorAttr(node, "value");
  if (t) return [{ shape: t.dims, value: tensorValues(t) }];
  const ints = intsAttr(node, "value_ints");
  if (ints) return [{ shape: [ints.length], value: ints }];
  if (node.attribute.some((a) => a.name === "value_int"))
    return [{ shape: [], value: [intAttr(node, "value_int", 0)] }];
  if (node.attribute.some((a) => a.name === "value_float"))
    return [{ shape: [], value: [floatAttr(node, "value_float", 0)] }];
  return undefined;
};

const constantOfShape: Rule = ({ inputs }) => {
  const target = inputs[0]?.value;
  return target ? [{ shape: target }] : undefined;
};

const expand: Rule = ({ inputs }) => {
  const [x, target] = inputs;
  if (!x || !target?.value) return undefined;
  return [shapeOnly(broadcast([x.shape, target.value]))];
};

const tile: Rule = ({ inputs }) => {
  const [x, repeats] = inputs;
  if (!x || !repeats?.value) return undefined;
  return [{ shape: x.shape.map((d, i) => d * (repeats.value?.[i] ?? 1)) }];
};

const depthToSpace: Rule = ({ node, inputs }) => {
  const x = inputs[0];
  const b = intAttr(node, "blocksize", 1);
  if (!x || x.shape.length !== 4) return undefined;
  const [n = 1, c = 1, h = 1, w = 1] = x.shape;
  return node.opType === "DepthToSpace"
    ? [{ shape: [n, c / (b * b), h * b, w * b] }]
    : [{ shape: [n, c * b * b, h / b, w / b] }];
};

const UNARY = [
  "Relu",
  "LeakyRelu",
  "PRelu",
  "Elu",
  "Selu",
  "Celu",
  "Sigmoid",
  "HardSigmoid",
  "HardSwish",
  "Tanh",
  "Softplus",
  "Softsign",
  "Mish",
  "Gelu",
  "Erf",
  "Exp",
  "Log",
  "Sqrt",
  "Neg",
  "Abs",
  "Reciprocal",
  "Floor",
  "Ceil",
  "Round",
  "Sign",
  "Not",
  "Sin",
  "Cos",
  "Identity",
  "Cast",
  "CastLike",
  "Dropout",
  "Clip",
  "BatchNormalization",
  "InstanceNormalization",
  "LayerNormalization",
  "GroupNormalization",
  "LRN",
  "Softmax",
  "LogSoftmax",
  "Hardmax",
  "QuantizeLinear",
  "DequantizeLinear",
  "CumSum",
  "IsNaN",
  "IsInf",
  "ThresholdedRelu",
  "Shrink",
  "MeanVarianceNormalization",
  "Swish",
];
const BINARY = [
  "Add",
  "Sub",
  "Mul",
  "Div",
  "Pow",
  "Max",
  "Min",
  "Sum",
  "Mean",
  "Equal",
  "Less",
  "Greater",
  "LessOrEqual",
  "GreaterOrEqual",
  "And",
  "Or",
  "Xor",
  "Where",
  "Mod",
  "BitShift",
];

export const SHAPE_RULES: Readonly<Record<string, Rule>> = {
  ...Object.fromEntries(UNARY.map((op) => [op, sameAsFirst])),
  ...Object.fromEntries(BINARY.map((op) => [op, elementwise])),
  Conv: ({ node, inputs }) => convLike(inputs[0], inputs[1], node),
  ConvInteger: ({ node, inputs }) => convLike(inputs[0], inputs[1], node),
  QLinearConv: ({ node, inputs }) => convLike(inputs[0], inputs[3], node),
  MaxPool: pool,
  AveragePool: pool,
  LpPool: pool,
  GlobalAveragePool: globalPool,
  GlobalMaxPool: globalPool,
  GlobalLpPool: globalPool,
  Gemm: gemm,
  MatMul: ({ inputs }) => [
    shapeOnly(inputs[0] && inputs[1] && matmulShape(inputs[0].shape, inputs[1].shape)),
  ],
  MatMulInteger: ({ inputs }) => [
    shapeOnly(inputs[0] && inputs[1] && matmulShape(inputs[0].shape, inputs[1].shape)),
  ],
  QLinearMatMul: ({ inputs }) => [
    shapeOnly(inputs[0] && inputs[3] && matmulShape(inputs[0].shape, inputs[3].shape)),
  ],
  Reshape: reshape,
  Flatten: flatten,
  Transpose: transpose,
  Concat: concat,
  Squeeze: squeeze,
  Unsqueeze: unsqueeze,
  Shape: shapeOp,
  Size: ({ inputs }) => inputs[0] && [{ shape: [], value: [product(inputs[0].shape)] }],
  Gather: gather,
  Slice: slice,
  Split: split,
  Resize: resize,
  Upsample: resize,
  Pad: pad,
  ReduceMean: reduce,
  ReduceSum: reduce,
  ReduceMax: reduce,
  ReduceMin: reduce,
  ReduceProd: reduce,
  ReduceL2: reduce,
  ReduceL1: reduce,
  ReduceSumSquare: reduce,
  ReduceLogSumExp: reduce,
  ArgMax: argReduce,
  ArgMin: argReduce,
  Constant: constant,
  ConstantOfShape: constantOfShape,
  Expand: expand,
  Tile: tile,
  DepthToSpace: depthToSpace,
  SpaceToDepth: depthToSpace,
  DynamicQuantizeLinear: ({ inputs }) =>
    inputs[0] && [{ shape: inputs[0].shape }, { shape: [] }, { shape: [] }],
};
