/**
 * What one layer moves and how hard it works per byte, with the roofline's simplest model: every
 * float the layer touches is read or written once, in fp32 —
 *   bytes = 4 × (weights + biases + input elements + output elements)
 *   arithmetic intensity = MACs / bytes      achieved GMAC/s = MACs / time
 * (a residual that ORT fused into the conv, or re-reads that miss the cache, are not in it).
 */
import type { OpKind } from "@/lib/arch/types";
import type { NodeCost } from "@/lib/model-file/count-costs";

export const BYTES_PER_FLOAT = 4;

/** The formula, as the pages write it. */
export const BYTES_FORMULA =
  "bytes moved = 4 × (weights + biases + input activations + output activations), fp32; arithmetic intensity = MACs ÷ bytes moved; achieved GMAC/s = MACs ÷ measured time";

/** One conv or fully connected layer: the graph node it is, and what it costs. */
export interface LayerCostRow {
  /** The ONNX node's name (what ORT's profiler reports, fused or not). */
  readonly node: string;
  /** What the page calls it: the engine's path for the real models ("block3/depthwise"), else the node name. */
  readonly label: string;
  readonly kind: OpKind;
  readonly macs: number;
  readonly weights: number;
  readonly biases: number;
  readonly inputElements: number;
  readonly outputElements: number;
}

export function bytesMoved(row: LayerCostRow): number {
  return BYTES_PER_FLOAT * (row.weights + row.biases + row.inputElements + row.outputElements);
}

/** MACs per byte moved (0 for a layer that moves nothing, which no real layer does). */
export function arithmeticIntensity(row: LayerCostRow): number {
  const bytes = bytesMoved(row);
  return bytes > 0 ? row.macs / bytes : 0;
}

/** Billions of multiply-adds per second at `ms` (NaN when no time was measured). */
export function achievedGmacs(macs: number, ms: number): number {
  return ms > 0 ? macs / (ms * 1e6) : NaN;
}

const count = (dims: readonly number[]) => dims.reduce((a, b) => a * b, 1);

/**
 * The layers of any .onnx file as lib/model-file counted them (nodes with multiply-adds; attention
 * products and uncounted ops are not layers here and their time goes to the remainder). `labels`
 * renames nodes (the /inside layer map's engine paths).
 */
export function layerRowsOf(
  rows: readonly NodeCost[],
  labels: ReadonlyMap<string, string> = new Map(),
): LayerCostRow[] {
  return rows
    .filter((r) => r.macs > 0)
    .map((r) => ({
      node: r.name,
      label: labels.get(r.name) ?? r.name,
      kind: r.kind,
      macs: r.macs,
      weights: r.weights,
      biases: r.biases,
      inputElements: count(r.input),
      outputElements: count(r.output),
    }));
}
