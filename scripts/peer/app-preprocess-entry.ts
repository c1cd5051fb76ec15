/**
 * Bundled (esbuild, IIFE) for the TF.js classify page's worker, so the TF.js side decodes and
 * preprocesses a photo with exactly the app's code (lib/inference): same crop, same tensor, same top-5.
 */
import { decodeImage } from "@/lib/inference/decode-image";
import { softmax, topK } from "@/lib/inference/postprocess";
import { preprocessRgba } from "@/lib/inference/preprocess";
import type { ModelSpec } from "@/lib/inference/protocol";

const api = {
  async preprocess(blob: Blob, pre: ModelSpec["preprocessing"]): Promise<Float32Array> {
    const img = await decodeImage(blob);
    return preprocessRgba(img.rgba, img.width, img.height, pre).tensor;
  },
  top5: (logits: ArrayLike<number>) => topK(softmax(logits), 5),
};

(globalThis as unknown as { appPreprocess: typeof api }).appPreprocess = api;
