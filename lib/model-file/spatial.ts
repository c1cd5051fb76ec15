import type { OnnxNode } from "@/lib/onnx/onnx-proto";
import { intAttr, intsAttr, stringAttr } from "./attributes";
import type { Dims } from "./broadcast";

/** Output size of one spatial axis of Conv / pooling (ONNX operator spec, incl. auto_pad and ceil_mode). */
function outSize(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  pads: number,
  autoPad: string,
  ceil: boolean,
): number {
  const span = dilation * (kernel - 1) + 1;
  if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") return Math.ceil(input / stride);
  if (autoPad === "VALID") return Math.floor((input - span) / stride) + 1;
  const round = ceil ? Math.ceil : Math.floor;
  return round((input + pads - span) / stride) + 1;
}

/**
 * Output spatial dims of a Conv-like or pooling node on an [N, C, …spatial] input with the given kernel
 * (weights' trailing dims for Conv, `kernel_shape` for pools); undefined for malformed attributes.
 */
export function spatialOutput(node: OnnxNode, input: Dims, kernel: Dims): number[] | undefined {
  const spatial = input.slice(2);
  const n = spatial.length;
  if (kernel.length !== n) return undefined;
  const strides = intsAttr(node, "strides") ?? [];
  const dilations = intsAttr(node, "dilations") ?? [];
  const pads = intsAttr(node, "pads") ?? [];
  const autoPad = stringAttr(node, "auto_pad", "NOTSET");
  const ceil = intAttr(node, "ceil_mode", 0) === 1;
  const out = spatial.map((size, i) =>
    outSize(
      size,
      kernel[i] ?? 1,
      strides[i] || 1,
      dilations[i] || 1,
      (pads[i] ?? 0) + (pads[i + n] ?? 0),
      autoPad,
      ceil,
    ),
  );
  return out.every((d) => Number.isInteger(d) && d > 0) ? out : undefined;
}
