/**
 * The two small benchmark graphs that measure this device's roofline ceilings, built with lib/onnx:
 * - peak compute: one large 1×1 convolution (256 → 256 channels on a 56×56 map, 205 M MACs at an
 *   intensity of ~31 MACs per byte, far right of any CPU's ridge point);
 * - memory bandwidth: one elementwise Add over 16 M floats (64 MB, bigger than CPU caches), each
 *   float read once and written once. Its big operand comes from ConstantOfShape, which ORT folds
 *   into a constant when the session starts, so the file stays tiny and no 64 MB input is copied in
 *   per run; a Slice of the first element keeps the output to one number.
 * Both graphs are timed unprofiled (a whole run is that one node, give or take a few microseconds),
 * before the profiled session starts: a profiled session can slow later sessions in its WASM instance.
 */
import { attributes, GraphBuilder } from "@/lib/onnx/graph-builder";
import { encodeModel } from "@/lib/onnx/onnx-proto";

export interface CeilingGraph {
  readonly bytes: Uint8Array;
  readonly inputName: string;
  readonly inputDims: readonly number[];
  /** The node whose kernel time is the measurement. */
  readonly node: string;
  /** MACs of that node (compute graph) … */
  readonly macs: number;
  /** … or bytes it reads and writes (bandwidth graph). */
  readonly movedBytes: number;
}

export const PEAK_CONV = { channels: 256, size: 56 } as const;
export const BANDWIDTH_FLOATS = 16 * 1024 * 1024;

export function peakComputeGraph(): CeilingGraph {
  const { channels: c, size } = PEAK_CONV;
  const b = new GraphBuilder(7);
  const w = b.normal("peak_w", [c, c, 1, 1], 0.05);
  const bias = b.filled("peak_b", [c], 0);
  const out = b.node("Conv", "peak_conv", ["x", w, bias], "pointwise", attributes({}));
  const dims = [1, c, size, size];
  const model = b.toModel(
    { name: "x", dims },
    { name: out, dims },
    "Roofline ceiling: one large 1x1 convolution.",
  );
  return {
    bytes: encodeModel(model),
    inputName: "x",
    inputDims: dims,
    node: "peak_conv",
    macs: c * c * size * size,
    movedBytes: 4 * (c * c + c + 2 * c * size * size),
  };
}

export function bandwidthGraph(): CeilingGraph {
  const n = BANDWIDTH_FLOATS;
  const b = new GraphBuilder(7);
  const shape = b.constInt64("bw_shape", [n]);
  const big = b.node("ConstantOfShape", "bw_fill", [shape], "other");
  const sum = b.node("Add", "bw_add", [big, "s"], "other");
  const first = [b.constInt64("bw_start", [0]), b.constInt64("bw_end", [1])];
  const out = b.node("Slice", "bw_first", [sum, ...first], "other");
  const model = b.toModel(
    { name: "s", dims: [1] },
    { name: out, dims: [1] },
    "Roofline ceiling: one elementwise add over 64 MB.",
  );
  return {
    bytes: encodeModel(model),
    inputName: "s",
    inputDims: [1],
    node: "bw_add",
    macs: 0,
    movedBytes: 2 * 4 * n,
  };
}
