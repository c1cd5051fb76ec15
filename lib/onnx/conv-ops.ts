import type { Activation, LayerCost } from "@/lib/arch/types";
import type { GraphBuilder, NodeCategory } from "./graph-builder";
import { attributes } from "./graph-builder";

/** He-style gain (He et al. 2015): √2 keeps ReLU-family activations at unit variance; 1 for linear outputs. */
export function activationGain(act: Activation): number {
  return act === "linear" ? 1 : Math.SQRT2;
}

/** Biases and folded BN shifts are small so random activations stay near unit scale. */
export const BIAS_LIMIT = 0.1;

/**
 * TF "SAME" padding as explicit ONNX pads [begin, end] for one axis: total = max((out−1)·s + k − in, 0),
 * with the odd pixel at the end (TF puts the extra padding after), so shapes equal the engine's ceil(in/s).
 */
export function samePads(
  inSize: number,
  outSize: number,
  kernel: number,
  stride: number,
): [number, number] {
  const total = Math.max((outSize - 1) * stride + kernel - inSize, 0);
  const begin = Math.floor(total / 2);
  return [begin, total - begin];
}

/** Emits an activation after `x`; "linear" emits nothing. Returns the activated tensor's name. */
export function emitActivation(
  b: GraphBuilder,
  x: string,
  act: Activation,
  name: string,
  category: NodeCategory,
): string {
  switch (act) {
    case "linear":
      return x;
    case "relu":
      return b.node("Relu", name, [x], category);
    case "relu6": {
      // ReLU6 = Clip(x, 0, 6); opset 13+ takes the bounds as (shared, constant) inputs.
      const lo = b.constFloat("const/zero", [], [0]);
      const hi = b.constFloat("const/six", [], [6]);
      return b.node("Clip", name, [x, lo, hi], category);
    }
    case "hswish":
      return b.node("HardSwish", name, [x], category);
    case "gelu": {
      // Exact GELU from standard ops: 0.5·x·(1 + erf(x/√2)); ORT fuses this pattern into one Gelu kernel.
      const root2 = b.constFloat("const/sqrt2", [], [Math.SQRT2]);
      const one = b.constFloat("const/one", [], [1]);
      const half = b.constFloat("const/half", [], [0.5]);
      const scaled = b.node("Div", `${name}/div`, [x, root2], category);
      const erf = b.node("Erf", `${name}/erf`, [scaled], category);
      const plus = b.node("Add", `${name}/add`, [erf, one], category);
      const times = b.node("Mul", `${name}/mul`, [x, plus], category);
      return b.node("Mul", name, [times, half], category);
    }
    default: {
      const unknown: never = act;
      throw new Error(`Unhandled activation ${String(unknown)}`);
    }
  }
}

export interface ConvEmitOptions {
  readonly act: Activation;
  /** Every conv gets a bias except those with neither BN nor bias (V4 attention projections). */
  readonly bias: boolean;
  /** Extra factor on the weight scale (residual branches use < 1 so deep nets stay finite). */
  readonly weightScale?: number;
}

/**
 * One engine conv row as ONNX: Conv (weights [C_out, C_in/g, k, k], BN folded into a bias [C_out]) + activation.
 * Kernel, stride, groups and shapes come from the row, so the graph cannot drift from the cost engine.
 */
export function emitConv(
  b: GraphBuilder,
  x: string,
  layer: LayerCost,
  opts: ConvEmitOptions,
): string {
  const { input, output, kernel, stride, groups, path } = layer;
  const fanIn = kernel * kernel * (input.c / groups);
  const std = (activationGain(opts.act) * (opts.weightScale ?? 1)) / Math.sqrt(fanIn);
  const w = b.normal(`${path}/weight`, [output.c, input.c / groups, kernel, kernel], std);
  const inputs = [x, w];
  if (opts.bias) inputs.push(b.uniform(`${path}/bias`, [output.c], BIAS_LIMIT));
  const [top, bottom] = samePads(input.h, output.h, kernel, stride);
  const [left, right] = samePads(input.w, output.w, kernel, stride);
  const attrs = attributes({
    kernel_shape: [kernel, kernel],
    strides: [stride, stride],
    pads: [top, left, bottom, right],
    group: groups,
    dilations: [1, 1],
  });
  const conv = b.node("Conv", path, inputs, layer.op, attrs);
  return emitActivation(b, conv, opts.act, `${path}/act`, layer.op);
}

/** The classifier row as Flatten → Gemm (weights [classes, C], bias [classes]) named `outputName`. */
export function emitClassifier(
  b: GraphBuilder,
  x: string,
  layer: LayerCost,
  outputName: string,
): string {
  const flat = b.node("Flatten", `${layer.path}/flatten`, [x], layer.op, attributes({ axis: 1 }));
  const w = b.normal(
    `${layer.path}/weight`,
    [layer.output.c, layer.input.c],
    1 / Math.sqrt(layer.input.c),
  );
  const bias = b.uniform(`${layer.path}/bias`, [layer.output.c], BIAS_LIMIT);
  return b.node("Gemm", outputName, [flat, w, bias], layer.op, attributes({ transB: 1 }));
}

export interface ChannelScaleOptions {
  readonly name: string;
  readonly channels: number;
  /** Initial γ (a constant: its value does not change the timing). */
  readonly gamma: number;
  /** Also add a learned β (a BN affine) rather than only scaling (layer scale). */
  readonly shift: boolean;
  readonly category: NodeCategory;
}

/** A learned per-channel scale (+ shift) on a [1, C, H, W] map: MQA input BN, V4 layer scale. */
export function emitChannelScale(b: GraphBuilder, x: string, opts: ChannelScaleOptions): string {
  const { name, channels, shift, category } = opts;
  const gamma = b.filled(`${name}/gamma`, [channels, 1, 1], opts.gamma);
  const scaled = b.node("Mul", shift ? `${name}/mul` : name, [x, gamma], category);
  if (!shift) return scaled;
  const beta = b.uniform(`${name}/beta`, [channels, 1, 1], BIAS_LIMIT);
  return b.node("Add", name, [scaled, beta], category);
}
