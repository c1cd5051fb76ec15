import type { LayerCost, TensorShape } from "../arch/types";
import { convLayer } from "./conv-layer";
import { makeDivisible } from "./scale-channels";

/** V3 §5.3: the SE bottleneck is "fixed to be 1/4 of the number of channels in expansion layer" (make_divisible 8). */
export const SE_SQUEEZE_FACTOR = 4;

/**
 * Squeeze-and-excite on a feature map (V3 Fig. 4): pool → 1×1 reduce (bias, ReLU) → 1×1 expand
 * (bias, hard-sigmoid) → channel-wise scale. The two 1×1 convs act on a 1×1 vector, so their MACs are
 * tiny; the channel-wise scaling (H·W·C multiplies) is not a MAC and goes to `otherOps`.
 */
export function squeezeExciteLayers(
  name: string,
  blockIndex: number,
  features: TensorShape,
): LayerCost[] {
  const squeeze = makeDivisible(features.c / SE_SQUEEZE_FACTOR);
  const pooled = { h: 1, w: 1, c: features.c };
  const reduce = convLayer({
    path: `${name}/se/reduce`,
    blockIndex,
    op: "se",
    input: pooled,
    out: squeeze,
    kernel: 1,
    stride: 1,
    groups: 1,
    bn: false,
  });
  const expand = convLayer({
    path: `${name}/se/expand`,
    blockIndex,
    op: "se",
    input: reduce.output,
    out: features.c,
    kernel: 1,
    stride: 1,
    groups: 1,
    bn: false,
    otherOps: features.h * features.w * features.c,
  });
  return [reduce, expand];
}
