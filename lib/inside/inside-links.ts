/**
 * Where other pages send a reader who wants to see a block on real activations: a layer of one of
 * the installed real models (manifest ids) that shows the idea best.
 */
import { insideHref } from "./inside-state";

export const REAL_V1 = "mobilenet-v1-1.0-224";
export const REAL_V2 = "mobilenet-v2-1.0-224";
export const REAL_V3 = "mobilenet-v3-small-1.0-224";
/** V3-Large without SE, h-swish or 5×5 kernels: the other half of the lessons' SE/h-swish pair. */
export const REAL_V3_MINIMALISTIC = "mobilenet-v3-large-minimalistic-1.0-224";

export interface InsideTarget {
  readonly href: string;
  readonly text: string;
}

/** The /inside view for a block page's kind (V4 kinds: the nearest real block, said plainly). */
export function insideTargetForBlock(slug: string): InsideTarget {
  switch (slug) {
    case "v1-separable":
      return {
        href: insideHref(REAL_V1, "block2/depthwise"),
        text: "This block in a real MobileNetV1, with your photo",
      };
    case "v2-inverted-residual":
      return {
        href: insideHref(REAL_V2, "block3/depthwise"),
        text: "This block in a real MobileNetV2, with your photo",
      };
    case "v3-bneck":
      return {
        href: insideHref(REAL_V3, "block4/se/expand"),
        text: "This block in a real MobileNetV3-Small, with your photo",
      };
    default:
      return {
        href: insideHref(REAL_V2, "block3/depthwise"),
        text: "No installed real model has this V4 block; see a real V2 inverted residual with your photo",
      };
  }
}
