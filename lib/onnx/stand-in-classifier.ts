/**
 * Small ImageNet-shaped classifiers with random weights, with the signature of the public MobileNetV4
 * exports (input `pixel_values` [1, 3, H, W] float32, output `logits` [1, 1000]): an fp32 one of plain
 * Conv/Gemm, and an int8 one dynamically quantized as onnxruntime's quantize_dynamic writes it
 * (DynamicQuantizeLinear → ConvInteger / MatMulInteger → Cast → scale → bias). Tests route the public
 * URLs to these, so the whole download → check → classify path runs offline; predictions are meaningless.
 */
import type { GraphBuilder } from "./graph-builder";
import { GraphBuilder as Builder, attributes } from "./graph-builder";
import { encodeModel } from "./onnx-proto";
import { mulberry32 } from "./seeded-random";

export const STAND_IN_INPUT = "pixel_values";
export const STAND_IN_OUTPUT = "logits";

const UINT8 = 2;
const CLASSES = 1000;
/** uint8 weights centred on this zero point (ConvInteger on CPU takes uint8 × uint8). */
const WEIGHT_ZERO_POINT = 128;

interface Layer {
  readonly name: string;
  readonly out: number;
  readonly kernel: number;
  readonly stride: number;
  readonly depthwise: boolean;
}

const LAYERS: readonly Layer[] = [
  { name: "stem", out: 16, kernel: 3, stride: 2, depthwise: false },
  { name: "dw1", out: 16, kernel: 3, stride: 1, depthwise: true },
  { name: "pw1", out: 32, kernel: 1, stride: 1, depthwise: false },
  { name: "dw2", out: 32, kernel: 3, stride: 2, depthwise: true },
  { name: "pw2", out: 64, kernel: 1, stride: 1, depthwise: false },
];

function convAttrs(layer: Layer, groups: number) {
  const pad = Math.floor(layer.kernel / 2);
  return attributes({
    kernel_shape: [layer.kernel, layer.kernel],
    strides: [layer.stride, layer.stride],
    pads: [pad, pad, pad, pad],
    group: groups,
  });
}

function quantizedWeights(b: GraphBuilder, name: string, dims: readonly number[], seed: number) {
  const rand = mulberry32(seed);
  const count = dims.reduce((a, d) => a * d, 1);
  const bytes = Uint8Array.from({ length: count }, () => Math.floor(rand() * 256));
  return b.rawTensor(name, dims, UINT8, bytes, true);
}

/** x (float) → DynamicQuantizeLinear → op(xq, w, xzp, wzp) → Cast → × (x_scale · w_scale) → + bias. */
function quantizedOp(
  b: GraphBuilder,
  x: string,
  op: "ConvInteger" | "MatMulInteger",
  name: string,
  weight: string,
  outChannels: number,
  biasDims: readonly number[],
  attrs = attributes({}),
): string {
  const [xq, xScale, xZero] = b.multiNode(
    "DynamicQuantizeLinear",
    `${name}/quant`,
    [x],
    3,
    "other",
  );
  const wZero = b.rawTensor(`${name}/w_zero`, [], UINT8, Uint8Array.of(WEIGHT_ZERO_POINT), false);
  const acc = b.node(
    op,
    name,
    [xq as string, weight, xZero as string, wZero],
    op === "ConvInteger" ? "conv" : "fc",
    attrs,
  );
  const asFloat = b.node("Cast", `${name}/cast`, [acc], "other", attributes({ to: 1 }));
  const wScale = b.constFloat(`const/${name}/w_scale`, [], [1 / (128 * Math.sqrt(outChannels))]);
  const scale = b.node("Mul", `${name}/scale`, [xScale as string, wScale], "other");
  const scaled = b.node("Mul", `${name}/rescale`, [asFloat, scale], "other");
  const bias = b.uniform(`${name}/bias`, biasDims, 0.1);
  return b.node("Add", `${name}/bias_add`, [scaled, bias], "other");
}

/** The stand-in classifier's .onnx bytes; `size` is the square input side. */
export function buildStandInClassifier(opts: {
  readonly quantized: boolean;
  readonly size?: number;
  readonly seed?: number;
}): Uint8Array {
  const size = opts.size ?? 224;
  const seed = opts.seed ?? 4;
  const b = new Builder(seed);
  let x = STAND_IN_INPUT;
  let channels = 3;
  LAYERS.forEach((layer, i) => {
    const groups = layer.depthwise ? channels : 1;
    const dims = [layer.out, channels / groups, layer.kernel, layer.kernel];
    const category = layer.depthwise ? "depthwise" : layer.kernel === 1 ? "pointwise" : "conv";
    if (opts.quantized) {
      const w = quantizedWeights(b, `${layer.name}/weight`, dims, seed * 100 + i);
      x = quantizedOp(
        b,
        x,
        "ConvInteger",
        layer.name,
        w,
        layer.out,
        [1, layer.out, 1, 1],
        convAttrs(layer, groups),
      );
    } else {
      const w = b.normal(
        `${layer.name}/weight`,
        dims,
        Math.SQRT2 / Math.sqrt(dims[1]! * layer.kernel ** 2),
      );
      const bias = b.uniform(`${layer.name}/bias`, [layer.out], 0.1);
      x = b.node("Conv", layer.name, [x, w, bias], category, convAttrs(layer, groups));
    }
    x = b.node("Relu", `${layer.name}/relu`, [x], category);
    channels = layer.out;
  });
  const pooled = b.node("GlobalAveragePool", "pool", [x], "other");
  const flat = b.node("Flatten", "flatten", [pooled], "fc", attributes({ axis: 1 }));
  if (opts.quantized) {
    const w = quantizedWeights(b, "classifier/weight", [channels, CLASSES], seed * 100 + 99);
    x = quantizedOp(b, flat, "MatMulInteger", "classifier", w, channels, [CLASSES]);
    b.node("Identity", STAND_IN_OUTPUT, [x], "other");
  } else {
    const w = b.normal("classifier/weight", [CLASSES, channels], 1 / Math.sqrt(channels));
    const bias = b.uniform("classifier/bias", [CLASSES], 0.1);
    b.node("Gemm", STAND_IN_OUTPUT, [flat, w, bias], "fc", attributes({ transB: 1 }));
  }
  const doc = `Stand-in ${opts.quantized ? "int8" : "fp32"} classifier, RANDOM WEIGHTS (seed ${seed}): for tests only.`;
  return encodeModel(
    b.toModel(
      { name: STAND_IN_INPUT, dims: [1, 3, size, size] },
      { name: STAND_IN_OUTPUT, dims: [1, CLASSES] },
      doc,
    ),
  );
}
