/**
 * Which of the engine's op kinds (lib/arch/types OP_KINDS) a counted ONNX node is, from the graph alone:
 * depthwise = groups equal to input channels; pointwise = 1×1, one group, on a spatial map; full conv =
 * any other conv; a conv on a 1×1 map is squeeze-and-excite when its result gates a bigger map through
 * a Mul, else fully connected; convs that feed (or read) a MatMul of two activations are attention, as
 * are depthwise convs feeding only those (Mobile MQA's K/V downsampling).
 */
import type { OpKind } from "@/lib/arch/types";
import type { OnnxNode } from "@/lib/onnx/onnx-proto";
import type { Dims } from "./broadcast";
import { product } from "./broadcast";
import type { GraphIndex } from "./graph-index";
import type { TensorFacts } from "./shape-rules";

/** Ops between a projection and the attention product: layout changes and scalings. */
const LAYOUT_OPS: ReadonlySet<string> = new Set([
  "Reshape",
  "Transpose",
  "Mul",
  "Div",
  "Identity",
  "Squeeze",
  "Unsqueeze",
  "Flatten",
  "Cast",
  "Split",
  "Slice",
]);

export const CONV_OPS: ReadonlySet<string> = new Set(["Conv", "ConvInteger", "QLinearConv"]);
export const MATMUL_OPS: ReadonlySet<string> = new Set([
  "MatMul",
  "MatMulInteger",
  "QLinearMatMul",
]);

/** The two operand inputs of a MatMul-like node (QLinearMatMul interleaves scales and zero points). */
export function matmulOperands(node: OnnxNode): [string, string] {
  return node.opType === "QLinearMatMul"
    ? [node.input[0] ?? "", node.input[3] ?? ""]
    : [node.input[0] ?? "", node.input[1] ?? ""];
}

/** A MatMul of two computed tensors (QKᵀ, attention·V): the engine books these apart, never as MACs. */
export function isActivationMatmul(node: OnnxNode, graph: GraphIndex): boolean {
  if (!MATMUL_OPS.has(node.opType)) return false;
  const [a, b] = matmulOperands(node);
  return graph.isActivation(a) && graph.isActivation(b);
}

function reachesForward(graph: GraphIndex, start: OnnxNode, hit: (n: OnnxNode) => boolean) {
  const queue = [...start.output];
  for (let steps = 0; queue.length > 0 && steps < 32; steps++) {
    const tensor = queue.shift() as string;
    for (const next of graph.consumersOf(tensor)) {
      if (hit(next)) return true;
      if (LAYOUT_OPS.has(next.opType)) queue.push(...next.output);
    }
  }
  return false;
}

function readsAttention(graph: GraphIndex, node: OnnxNode): boolean {
  let p = graph.producerOf(node.input[0] ?? "");
  for (let hops = 0; p && hops < 8; hops++) {
    if (isActivationMatmul(p, graph)) return true;
    if (!LAYOUT_OPS.has(p.opType)) return false;
    p = graph.producerOf(p.input[0] ?? "");
  }
  return false;
}

/** True when the node's result, within a few ops, multiplies a tensor with a bigger spatial map. */
function gatesBiggerMap(
  graph: GraphIndex,
  node: OnnxNode,
  facts: ReadonlyMap<string, TensorFacts>,
) {
  const spatial = (d: Dims | undefined) => (d && d.length === 4 ? product(d.slice(2)) : 0);
  let frontier = [...node.output];
  for (let depth = 0; depth < 8 && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const tensor of frontier) {
      for (const c of graph.consumersOf(tensor)) {
        if (c.opType === "Mul" && c.input.some((i) => spatial(facts.get(i)?.shape) > 1))
          return true;
        if (!CONV_OPS.has(c.opType) || spatial(facts.get(c.output[0] ?? "")?.shape) <= 1)
          next.push(...c.output);
      }
    }
    frontier = next;
  }
  return false;
}

export interface ConvGeometry {
  readonly input: Dims;
  readonly output: Dims;
  readonly kernel: number;
  readonly groups: number;
}

export function convKind(
  node: OnnxNode,
  geo: ConvGeometry,
  graph: GraphIndex,
  facts: ReadonlyMap<string, TensorFacts>,
): OpKind {
  const feedsAttention = (n: OnnxNode) =>
    reachesForward(graph, n, (m) => isActivationMatmul(m, graph));
  if (feedsAttention(node) || readsAttention(graph, node)) return "attention";
  const channels = geo.input[1] ?? 0;
  const depthwise = geo.groups > 1 && geo.groups === channels;
  if (depthwise) {
    const users = graph.consumersOf(node.output[0] ?? "");
    const allAttention =
      users.length > 0 && users.every((u) => CONV_OPS.has(u.opType) && feedsAttention(u));
    return allAttention ? "attention" : "depthwise";
  }
  const spatialIn = product(geo.input.slice(2));
  if (spatialIn === 1 && geo.kernel === 1) return gatesBiggerMap(graph, node, facts) ? "se" : "fc";
  return geo.kernel === 1 && geo.groups === 1 ? "pointwise" : "conv";
}
