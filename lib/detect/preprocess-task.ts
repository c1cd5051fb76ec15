/**
 * The detection and segmentation models' input: the whole photo stretched to size×size (aspect ratio
 * not kept, no crop, as the TFLite examples feed them), then (pixel/255 − mean)/std in NCHW. The
 * resize is lib/inference's PIL-style bilinear filter, so the numbers match the manifest's references.
 */
import { resizeBilinearRgba, toNchwFloat32 } from "@/lib/inference/preprocess";
import type { TaskModel } from "./task-models";

export function stretchToTensor(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  pre: TaskModel["preprocessing"],
): Float32Array {
  const resized =
    width === pre.size && height === pre.size
      ? rgba
      : resizeBilinearRgba(rgba, width, height, pre.size, pre.size);
  return toNchwFloat32(resized, pre.size, pre.size, pre);
}
