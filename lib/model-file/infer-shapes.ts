/**
 * Shapes of every tensor of a graph at batch 1: the graph inputs' dynamic dims fixed from a chosen input
 * size, the graph's own value_info used where it is fully static, and our rules (shape-rules.ts) for the
 * rest, node by node in the graph's (topological) order.
 */
import type { OnnxModel, OnnxValueInfo } from "@/lib/onnx/onnx-proto";
import type { Dims } from "./broadcast";
import { defaultOpset } from "./read-model";
import type { TensorFacts } from "./shape-rules";
import { SHAPE_RULES } from "./shape-rules";
import { tensorValues } from "./tensor-values";

/** One graph input that is not a weight: its declared dims (null = dynamic) and the dims used. */
export interface GraphInput {
  readonly name: string;
  readonly elemType: number;
  readonly declared: readonly (number | string | null)[];
  readonly dims: Dims;
  /** True when a spatial dim was dynamic and took the chosen input size. */
  readonly sizeFromUser: boolean;
}

export interface ShapeResult {
  readonly facts: ReadonlyMap<string, TensorFacts>;
  readonly inputs: readonly GraphInput[];
  /** Output names of nodes whose shapes neither value_info nor a rule gave, by node index. */
  readonly unknownNodes: readonly number[];
}

function declaredDims(v: OnnxValueInfo): (number | string | null)[] | undefined {
  const shape = v.type?.tensorType?.shape;
  if (!shape) return undefined;
  return shape.dim.map((d) => (d.dimValue && d.dimValue > 0 ? d.dimValue : (d.dimParam ?? null)));
}

/** Static dims of a value_info, or undefined when any dim is symbolic or unknown. */
function staticDims(v: OnnxValueInfo): Dims | undefined {
  const dims = declaredDims(v);
  return dims?.every((d) => typeof d === "number") ? (dims as number[]) : undefined;
}

/**
 * Dims of an image-like input: dynamic batch → 1, dynamic channels of a rank-4 NCHW input → 3, dynamic
 * spatial dims → the chosen size; other dynamic dims → 1.
 */
function fixInput(v: OnnxValueInfo, inputSize: number): GraphInput {
  const declared = declaredDims(v) ?? [];
  let sizeFromUser = false;
  const dims = declared.map((d, i) => {
    if (typeof d === "number") return d;
    if (i === 0) return 1;
    if (declared.length === 4 && i === 1) return 3;
    if (declared.length >= 3 && i >= declared.length - 2) {
      sizeFromUser = true;
      return inputSize;
    }
    return 1;
  });
  return {
    name: v.name,
    elemType: v.type?.tensorType?.elemType ?? 0,
    declared,
    dims,
    sizeFromUser,
  };
}

export function inferShapes(model: OnnxModel, inputSize: number): ShapeResult {
  const { graph } = model;
  const facts = new Map<string, TensorFacts>();
  for (const t of graph.initializer) facts.set(t.name, { shape: t.dims, value: tensorValues(t) });
  const inputs = graph.input.filter((v) => !facts.has(v.name)).map((v) => fixInput(v, inputSize));
  for (const input of inputs) facts.set(input.name, { shape: input.dims });
  const recorded = new Map<string, Dims>();
  const anyDynamic = inputs.some((i) => i.sizeFromUser);
  // A file's recorded shapes hold for the size it was exported at; with a user-chosen size, our own
  // inference decides and value_info only fills what the rules cannot.
  for (const v of [...(graph.valueInfo ?? []), ...graph.output]) {
    const dims = staticDims(v);
    if (dims) recorded.set(v.name, dims);
  }
  const opset = defaultOpset(model) ?? 0;
  const unknownNodes: number[] = [];
  graph.node.forEach((node, index) => {
    const rule = node.domain && node.domain !== "ai.onnx" ? undefined : SHAPE_RULES[node.opType];
    const own = rule?.({
      node,
      inputs: node.input.map((name) => (name ? facts.get(name) : undefined)),
      opset,
    });
    let known = true;
    node.output.forEach((name, i) => {
      if (!name) return;
      const mine = own?.[i];
      const fromFile = recorded.get(name);
      const chosen = anyDynamic
        ? (mine ?? shape(fromFile))
        : fromFile
          ? { shape: fromFile, value: mine?.value }
          : mine;
      if (chosen) facts.set(name, chosen);
      else if (i === 0) known = false;
    });
    if (!known) unknownNodes.push(index);
  });
  return { facts, inputs, unknownNodes };
}

function shape(dims: Dims | undefined): TensorFacts | undefined {
  return dims ? { shape: dims } : undefined;
}
