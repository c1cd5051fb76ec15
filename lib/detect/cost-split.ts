/**
 * What share of a detector or a segmenter is the MobileNet inside it, read from the real graph: its
 * nodes carry no telling names (Conv_212…), so the split follows structure alone.
 *
 * - The backbone ends at the last convolution fed by a depthwise convolution (the projection, or the
 *   pointwise, of the MobileNet's final separable block); the backbone is that node and everything it
 *   depends on.
 * - Predictors are the convolutions whose output reaches a graph output without passing another
 *   convolution: SSD's box and class predictors, DeepLab's 1×1 classifier.
 * - Every other convolution is the rest of the head: SSD's extra feature layers, DeepLab's ASPP.
 *
 * MACs and parameters are lib/model-file's per-node counts (the engine's conventions).
 */
import type { OnnxModel } from "@/lib/onnx/onnx-proto";
import type { NodeCost } from "@/lib/model-file/count-costs";
import { GraphIndex } from "@/lib/model-file/graph-index";

export type PartKey = "backbone" | "neck" | "predictors";

export interface CostPart {
  readonly key: PartKey;
  readonly label: string;
  readonly macs: number;
  readonly params: number;
  /** Counted convolutions in this part. */
  readonly convs: number;
}

export interface CostSplit {
  readonly parts: readonly CostPart[];
  readonly totalMacs: number;
  readonly totalParams: number;
  /** Name of the backbone's last node (where the head starts reading). */
  readonly backboneEnd: string;
}

/** Ops an activation passes through unchanged in shape between two convolutions. */
const PASS_THROUGH: ReadonlySet<string> = new Set(["Clip", "Relu", "Identity", "Sigmoid"]);

/** The counted conv whose output feeds `tensor`, through activations and identities. */
function convBehind(
  index: GraphIndex,
  tensor: string,
  rowOf: ReadonlyMap<string, NodeCost>,
): NodeCost | undefined {
  for (let name = tensor, hops = 0; hops < 8; hops++) {
    const p = index.producerOf(name);
    if (!p) return undefined;
    const row = rowOf.get(p.name);
    if (row) return row;
    if (!PASS_THROUGH.has(p.opType) || !p.input[0]) return undefined;
    name = p.input[0];
  }
  return undefined;
}

/** True when the node's outputs reach a graph output without passing another counted conv. */
function reachesOutput(
  index: GraphIndex,
  start: string,
  outputs: ReadonlySet<string>,
  rowOf: ReadonlyMap<string, NodeCost>,
): boolean {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const t = stack.pop() as string;
    if (outputs.has(t)) return true;
    if (seen.has(t)) continue;
    seen.add(t);
    for (const c of index.consumersOf(t)) {
      if (rowOf.has(c.name)) continue;
      stack.push(...c.output);
    }
  }
  return false;
}

/** Every node name `tensor` depends on (its producer and theirs, up to the graph input). */
function ancestors(index: GraphIndex, tensor: string): Set<string> {
  const names = new Set<string>();
  const stack = [tensor];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const t = stack.pop() as string;
    if (seen.has(t)) continue;
    seen.add(t);
    const p = index.producerOf(t);
    if (!p) continue;
    names.add(p.name);
    stack.push(...p.input.filter(Boolean));
  }
  return names;
}

export interface SplitLabels {
  readonly backbone: string;
  readonly neck: string;
  readonly predictors: string;
}

/** The first output tensor of a counted row's node. */
function outputOf(index: GraphIndex, row: NodeCost): string {
  return index.nodes[row.index]?.output[0] ?? "";
}

/** The backbone's last conv: the latest counted conv whose input comes from a depthwise conv. */
export function backboneEnd(model: OnnxModel, rows: readonly NodeCost[]): NodeCost {
  const index = new GraphIndex(model);
  const rowOf = new Map(rows.map((r) => [r.name, r]));
  let last: NodeCost | undefined;
  for (const r of rows) {
    const input = index.nodes[r.index]?.input[0];
    const from = input ? convBehind(index, input, rowOf) : undefined;
    if (from?.kind === "depthwise" && r.kind !== "depthwise" && (!last || r.index > last.index))
      last = r;
  }
  if (!last) throw new Error("no depthwise convolution found: not a MobileNet backbone");
  return last;
}

/** Splits the counted rows into backbone, the rest of the head, and the predictors. */
export function splitCosts(
  model: OnnxModel,
  rows: readonly NodeCost[],
  labels: SplitLabels,
): CostSplit {
  const index = new GraphIndex(model);
  const rowOf = new Map(rows.map((r) => [r.name, r]));
  const end = backboneEnd(model, rows);
  const backbone = ancestors(index, outputOf(index, end));
  const outputs = new Set(model.graph.output.map((o) => o.name));
  const partOf = (r: NodeCost): PartKey =>
    backbone.has(r.name)
      ? "backbone"
      : reachesOutput(index, outputOf(index, r), outputs, rowOf)
        ? "predictors"
        : "neck";
  const keys: readonly PartKey[] = ["backbone", "neck", "predictors"];
  const parts = keys.map((key): CostPart => {
    const mine = rows.filter((r) => partOf(r) === key);
    return {
      key,
      label: labels[key],
      macs: mine.reduce((a, r) => a + r.macs, 0),
      params: mine.reduce((a, r) => a + r.weights + r.biases, 0),
      convs: mine.length,
    };
  });
  return {
    parts,
    totalMacs: parts.reduce((a, p) => a + p.macs, 0),
    totalParams: parts.reduce((a, p) => a + p.params, 0),
    backboneEnd: end.name,
  };
}

/** One feature map SSD predicts boxes from. */
export interface FeatureTap {
  /** The conv whose output the predictors read. */
  readonly source: string;
  /** "Conv2d_11 pointwise" for a backbone layer (TF's naming: k separable blocks before it), "extra layer 2" otherwise. */
  readonly layer: string;
  readonly inBackbone: boolean;
  readonly size: number;
  readonly channels: number;
  /** Anchors per cell: the box predictor's output channels / 4. */
  readonly anchorsPerCell: number;
}

/** Which layers feed SSD's predictors, with their feature-map sizes, in order of size (largest first). */
export function ssdFeatureTaps(model: OnnxModel, rows: readonly NodeCost[]): FeatureTap[] {
  const index = new GraphIndex(model);
  const rowOf = new Map(rows.map((r) => [r.name, r]));
  const end = backboneEnd(model, rows);
  const backbone = ancestors(index, outputOf(index, end));
  const outputs = new Set(model.graph.output.map((o) => o.name));
  const predictors = rows.filter(
    (r) => !backbone.has(r.name) && reachesOutput(index, outputOf(index, r), outputs, rowOf),
  );
  const extras = rows.filter(
    (r) => !backbone.has(r.name) && !predictors.includes(r) && r.kernel > 1,
  );
  const bySource = new Map<string, { row: NodeCost; outChannels: number[] }>();
  for (const p of predictors) {
    const input = index.nodes[p.index]?.input[0];
    const src = input ? convBehind(index, input, rowOf) : undefined;
    if (!src) continue;
    const entry = bySource.get(src.name) ?? { row: src, outChannels: [] };
    entry.outChannels.push(p.output[1] ?? 0);
    bySource.set(src.name, entry);
  }
  return [...bySource.values()]
    .map(({ row, outChannels }): FeatureTap => {
      const inBackbone = backbone.has(row.name);
      const separableBefore = rows.filter(
        (r) => r.kind === "depthwise" && r.index < row.index && backbone.has(r.name),
      ).length;
      const extraIndex = extras.findIndex((e) => e.index >= row.index);
      return {
        source: row.name,
        layer: inBackbone
          ? `Conv2d_${separableBefore} pointwise`
          : `extra layer ${extraIndex < 0 ? extras.length : extraIndex + 1}`,
        inBackbone,
        size: row.output[2] ?? 0,
        channels: row.output[1] ?? 0,
        anchorsPerCell: Math.min(...outChannels) / 4,
      };
    })
    .sort((a, b) => b.size - a.size);
}
