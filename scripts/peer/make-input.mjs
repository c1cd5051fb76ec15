// The shared benchmark input: a sample photo run through the app's own preprocessing
// (lib/inference/preprocess.ts, loaded with tsx) so both engines see the exact tensor the
// classify path would feed. Node-side, so preprocessing stays out of every timed region.
import { readFileSync } from "node:fs";
import { tsImport } from "tsx/esm/api";
import jpeg from "jpeg-js";

/**
 * @param {string} jpgPath
 * @param {{ resize_shorter_side: number, center_crop: number, mean: number[], std: number[] }} pre
 * @returns {Promise<Float32Array>} NCHW [1, 3, crop, crop]
 */
export async function makeInput(jpgPath, pre) {
  const { preprocessRgba } = await tsImport("../../lib/inference/preprocess.ts", import.meta.url);
  const img = jpeg.decode(readFileSync(jpgPath), { useTArray: true, formatAsRGBA: true });
  return preprocessRgba(img.data, img.width, img.height, pre).tensor;
}
