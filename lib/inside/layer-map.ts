/**
 * Maps every Conv/Gemm node of a real ONNX MobileNet to the cost engine's layer, in network order, and
 * finds the tensors to expose for it: the layer's input (before any explicit Pad), its raw conv output
 * (pre-activation) and its activated output (what the next layer reads). The mapping is structural —
 * node order plus weight shapes, groups and strides must agree with the engine — never name-based, so
 * a model it does not fit (a user's file, V4) gets one clear sentence instead of a wrong picture.
 */
import type { LayerCost, ResolvedNetwork } from "@/lib/arch/types";
import type { OnnxModel, OnnxNode, OnnxTensor } from "@/lib/onnx/onnx-proto";

/** The activation that follows a layer in the real graph. */
export type TapActivation = "relu" | "relu6" | "hswish" | "hsigmoid" | "linear";

/** One engine layer and where its tensors live in the ONNX graph. */
export interface LayerTap {
  /** Position in ResolvedNetwork.layers (network order). */
  readonly index: number;
  readonly layer: LayerCost;
  readonly nodeName: string;
  /** Initializer holding the weights: Conv [out, in/groups, k, k], Gemm [out, in]. */
  readonly weightName: string;
  readonly biasName: string | null;
  /** The tensor the layer reads (traced back through Pad and Identity). */
  readonly input: string;
  /** The raw conv/FC output, before the activation. */
  readonly preActivation: string;
  /** The activated output: what the next layer reads (the logits for the classifier). */
  readonly output: string;
  readonly activation: TapActivation;
}

/** A model whose graph does not line up with the engine's layers; the message says where. */
export class LayerMappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LayerMappingError";
  }
}

interface GraphIndex {
  readonly producer: ReadonlyMap<string, OnnxNode>;
  readonly consumers: ReadonlyMap<string, readonly OnnxNode[]>;
  readonly initializers: ReadonlyMap<string, OnnxTensor>;
  readonly outputs: ReadonlySet<string>;
}

function indexGraph(model: OnnxModel): GraphIndex {
  const producer = new Map<string, OnnxNode>();
  const consumers = new Map<string, OnnxNode[]>();
  for (const node of model.graph.node) {
    for (const o of node.output) producer.set(o, node);
    for (const i of node.input) consumers.set(i, [...(consumers.get(i) ?? []), node]);
  }
  return {
    producer,
    consumers,
    initializers: new Map(model.graph.initializer.map((t) => [t.name, t])),
    outputs: new Set(model.graph.output.map((o) => o.name)),
  };
}

/** The single float value of a one-element initializer (Clip bounds, scale constants), else null. */
export function scalarValue(t: OnnxTensor | undefined): number | null {
  if (!t || t.dataType !== 1) return null;
  if (t.floatData && t.floatData.length === 1) return t.floatData[0] ?? null;
  if (t.rawData && t.rawData.length === 4)
    return new DataView(t.rawData.buffer, t.rawData.byteOffset, 4).getFloat32(0, true);
  return null;
}

const PASS_THROUGH = new Set(["Identity"]);

/** Follows a tensor forward through Identity nodes while it has exactly one consumer. */
function skipIdentities(g: GraphIndex, tensor: string): string {
  let t = tensor;
  for (;;) {
    const next = g.consumers.get(t);
    const only = next?.length === 1 ? next[0] : undefined;
    if (!only || !PASS_THROUGH.has(only.opType)) return t;
    t = only.output[0] ?? t;
  }
}

/** Follows a tensor back through Pad and Identity to the tensor the layer really reads. */
function traceInput(g: GraphIndex, tensor: string): string {
  let t = tensor;
  for (;;) {
    const p = g.producer.get(t);
    if (!p || (p.opType !== "Pad" && !PASS_THROUGH.has(p.opType))) return t;
    t = p.input[0] ?? t;
  }
}

function onlyConsumer(g: GraphIndex, tensor: string): OnnxNode | undefined {
  const c = g.consumers.get(tensor);
  return c?.length === 1 ? c[0] : undefined;
}

function clipBounds(g: GraphIndex, clip: OnnxNode): [number | null, number | null] {
  const at = (i: number) => scalarValue(g.initializers.get(clip.input[i] ?? ""));
  return [at(1), at(2)];
}

/** The activation after a conv output and the tensor that carries its result. */
function findActivation(
  g: GraphIndex,
  convOut: string,
): { activation: TapActivation; output: string } {
  const x = skipIdentities(g, convOut);
  const users = g.consumers.get(x) ?? [];
  const hardSigmoid = users.find((n) => n.opType === "HardSigmoid");
  if (hardSigmoid) {
    const mul = users.find(
      (n) => n.opType === "Mul" && n.input.includes(hardSigmoid.output[0] ?? ""),
    );
    if (mul?.output[0]) return { activation: "hswish", output: mul.output[0] };
  }
  const only = onlyConsumer(g, x);
  if (only?.opType === "Relu" && only.output[0])
    return { activation: "relu", output: only.output[0] };
  if (only?.opType === "Clip" && only.output[0]) {
    const [lo, hi] = clipBounds(g, only);
    // A ReLU that TOCO folded into a uint8 range comes back as Clip(0, 255·scale): still a ReLU,
    // bounded where the 8-bit model saturates (V3-Large minimalistic).
    if (lo === 0 && hi !== null && hi > 0 && hi !== 6)
      return { activation: "relu", output: only.output[0] };
    if (lo !== 0 || hi !== 6) return { activation: "linear", output: convOut };
    // TF's hard sigmoid in SE: relu6(x + 3) / 6, the +3 folded into the bias; the /6 is a Mul
    // (TFLite stores 1/6 as 0.16667, hence the tolerance).
    const after = skipIdentities(g, only.output[0]);
    const scale = onlyConsumer(g, after);
    const factor =
      scale?.opType === "Mul" ? scalarValue(g.initializers.get(scale.input[1] ?? "")) : null;
    if (scale?.output[0] && factor !== null && Math.abs(factor - 1 / 6) < 1e-4)
      return { activation: "hsigmoid", output: scale.output[0] };
    return { activation: "relu6", output: only.output[0] };
  }
  return { activation: "linear", output: convOut };
}

/** The graph output a classifier's result reaches through Reshape/Slice/Identity, if any. */
function graphOutputAfter(g: GraphIndex, tensor: string): string | null {
  let t = tensor;
  for (let hops = 0; hops < 8; hops++) {
    if (g.outputs.has(t)) return t;
    const only = onlyConsumer(g, t);
    if (!only || !["Identity", "Reshape", "Slice", "Flatten"].includes(only.opType)) return null;
    t = only.output[0] ?? t;
  }
  return null;
}

function intAttr(node: OnnxNode, name: string, fallback: number): number {
  const a = node.attribute.find((x) => x.name === name);
  return a?.i ?? fallback;
}

function intsAttr(node: OnnxNode, name: string): readonly number[] {
  return node.attribute.find((x) => x.name === name)?.ints ?? [];
}

/** Checks one node's weights, groups and stride against the engine layer; throws where they differ. */
function checkNode(g: GraphIndex, node: OnnxNode, layer: LayerCost, isLast: boolean): void {
  const w = g.initializers.get(node.input[1] ?? "");
  const where = `ONNX node ${node.name} vs engine layer ${layer.path}`;
  if (!w) throw new LayerMappingError(`${where}: the weights are not an initializer.`);
  const dims = [...w.dims];
  // A TF-slim classifier stores 1001 outputs (class 0 = "background", sliced off at run time).
  const outOk = (o: number | undefined) =>
    o === layer.output.c || (isLast && o === layer.output.c + 1);
  if (node.opType === "Gemm") {
    const transB = intAttr(node, "transB", 0) === 1;
    const [o, i] = transB ? dims : [dims[1], dims[0]];
    if (!outOk(o) || i !== layer.input.c)
      throw new LayerMappingError(
        `${where}: weights ${dims.join("×")} do not fit ${layer.input.c}→${layer.output.c}.`,
      );
    return;
  }
  const group = intAttr(node, "group", 1);
  const stride = intsAttr(node, "strides")[0] ?? 1;
  const expected = [layer.output.c, layer.input.c / layer.groups, layer.kernel, layer.kernel];
  const same = outOk(dims[0]) && dims.slice(1).every((d, k) => d === expected[k + 1]);
  if (!same || group !== layer.groups || stride !== layer.stride)
    throw new LayerMappingError(
      `${where}: weights ${dims.join("×")}, group ${group}, stride ${stride}; the engine expects ${expected.join("×")}, group ${layer.groups}, stride ${layer.stride}.`,
    );
}

/**
 * Pairs the model's Conv/Gemm nodes with the engine's layers, in order. Throws LayerMappingError
 * with one sentence when the counts, weight shapes, groups or strides disagree.
 */
export function mapLayers(model: OnnxModel, net: ResolvedNetwork): readonly LayerTap[] {
  const g = indexGraph(model);
  const convs = model.graph.node.filter((n) => n.opType === "Conv" || n.opType === "Gemm");
  if (convs.length !== net.layers.length)
    throw new LayerMappingError(
      `This graph has ${convs.length} convolution/fully connected nodes, the engine's ${net.model} has ${net.layers.length} layers, so its layers cannot be matched.`,
    );
  return convs.map((node, index) => {
    const layer = net.layers[index] as LayerCost;
    const isLast = index === convs.length - 1;
    checkNode(g, node, layer, isLast);
    const convOut = node.output[0] ?? "";
    const act = findActivation(g, convOut);
    const logits = isLast ? graphOutputAfter(g, act.output) : null;
    const output = logits ?? act.output;
    return {
      index,
      layer,
      nodeName: node.name,
      weightName: node.input[1] ?? "",
      biasName: node.input[2] ?? null,
      input: traceInput(g, node.input[0] ?? ""),
      // A linear layer's raw output is its output (for the classifier: the logits, background sliced off).
      preActivation: act.activation === "linear" ? output : convOut,
      output,
      activation: act.activation,
    };
  });
}
