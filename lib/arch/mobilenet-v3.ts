import type { Activation, BlockSpec, InvertedResidualSpec, ModelSpec } from "./types";

/** One "bneck" row of V3 Tables 1/2 at α = 1: kernel, exp size, #out, SE, NL, stride. */
function bneck(
  kernel: number,
  expanded: number,
  out: number,
  se: boolean,
  act: Activation,
  stride: number,
) {
  return {
    kind: "invertedResidual",
    kernel,
    stride,
    expanded,
    out,
    act,
    se,
  } as const satisfies InvertedResidualSpec;
}

/**
 * MobileNetV3-Large (Howard et al. 2019, arXiv 1905.02244), Table 1 (identical in all arXiv versions and
 * in TF `MNV3Large_BLOCK_SPECS`). SE squeeze = make_divisible(exp/4, 8). The 1280 conv after pooling has
 * no BN ("NBN"), hence a bias.
 */
export const MOBILENET_V3_LARGE = {
  id: "v3-large",
  version: 3,
  title: "MobileNetV3-Large",
  defaultResolution: 224,
  classes: 1000,
  blocks: [
    { kind: "conv", kernel: 3, stride: 2, out: 16, act: "hswish", bn: true },
    bneck(3, 16, 16, false, "relu", 1),
    bneck(3, 64, 24, false, "relu", 2),
    bneck(3, 72, 24, false, "relu", 1),
    bneck(5, 72, 40, true, "relu", 2),
    bneck(5, 120, 40, true, "relu", 1),
    bneck(5, 120, 40, true, "relu", 1),
    bneck(3, 240, 80, false, "hswish", 2),
    bneck(3, 200, 80, false, "hswish", 1),
    bneck(3, 184, 80, false, "hswish", 1),
    bneck(3, 184, 80, false, "hswish", 1),
    bneck(3, 480, 112, true, "hswish", 1),
    bneck(3, 672, 112, true, "hswish", 1),
    bneck(5, 672, 160, true, "hswish", 2),
    bneck(5, 960, 160, true, "hswish", 1),
    bneck(5, 960, 160, true, "hswish", 1),
    { kind: "conv", kernel: 1, stride: 1, out: 960, act: "hswish", bn: true },
    { kind: "globalPool" },
    { kind: "conv", kernel: 1, stride: 1, out: 1280, act: "hswish", bn: false },
    { kind: "fc", out: 1000, act: "linear" },
  ],
} as const satisfies ModelSpec;

/**
 * MobileNetV3-Large minimalistic (TF-slim `V3_LARGE_MINIMALISTIC`, facts §B.1): V3-Large's channels and
 * expansions with none of its "advanced blocks (squeeze-and-excite units, hard-swish, and 5x5
 * convolutions)" — every depthwise 3×3, ReLU everywhere, no SE. Checked layer by layer against
 * mobilenet-v3-large-minimalistic-1.0-224.onnx (lib/cost/real-models.test.ts).
 */
export const MOBILENET_V3_LARGE_MINIMALISTIC = {
  id: "v3-large-minimalistic",
  version: 3,
  title: "MobileNetV3-Large minimalistic",
  defaultResolution: 224,
  classes: 1000,
  blocks: MOBILENET_V3_LARGE.blocks.map((b): BlockSpec => {
    if (b.kind === "invertedResidual") return bneck(3, b.expanded, b.out, false, "relu", b.stride);
    if (b.kind === "conv") return { ...b, act: "relu" };
    return b;
  }),
} as const satisfies ModelSpec;

/**
 * V3-Small body, Table 2 up to global pooling. Table 2 marks SE on the final 1×1 576 conv, but neither the
 * official TF spec (`MNV3Small_BLOCK_SPECS`: plain `convbn`) nor the published 2.5 M params include one,
 * so it is omitted here.
 */
const V3_SMALL_BODY = [
  { kind: "conv", kernel: 3, stride: 2, out: 16, act: "hswish", bn: true },
  bneck(3, 16, 16, true, "relu", 2),
  bneck(3, 72, 24, false, "relu", 2),
  bneck(3, 88, 24, false, "relu", 1),
  bneck(5, 96, 40, true, "hswish", 2),
  bneck(5, 240, 40, true, "hswish", 1),
  bneck(5, 240, 40, true, "hswish", 1),
  bneck(5, 120, 48, true, "hswish", 1),
  bneck(5, 144, 48, true, "hswish", 1),
  bneck(5, 288, 96, true, "hswish", 2),
  bneck(5, 576, 96, true, "hswish", 1),
  bneck(5, 576, 96, true, "hswish", 1),
  { kind: "conv", kernel: 1, stride: 1, out: 576, act: "hswish", bn: true },
  { kind: "globalPool" },
] as const satisfies readonly BlockSpec[];

/** Width of V3-Small's last (NBN) conv: 1024 in the final paper and TF code, 1280 in earlier arXiv versions. */
export type V3SmallHead = 1024 | 1280;

/**
 * MobileNetV3-Small with the chosen last-conv width. The final paper (Table 2, Table 3: 56 M MAdds / 2.5 M)
 * and TF `MNV3Small_BLOCK_SPECS` use 1024; earlier arXiv versions used 1280 (their 2.9 M params).
 */
export function mobileNetV3Small(head: V3SmallHead = 1024) {
  return {
    id: "v3-small",
    version: 3,
    title: "MobileNetV3-Small",
    defaultResolution: 224,
    classes: 1000,
    blocks: [
      ...V3_SMALL_BODY,
      { kind: "conv", kernel: 1, stride: 1, out: head, act: "hswish", bn: false },
      { kind: "fc", out: 1000, act: "linear" },
    ],
  } as const satisfies ModelSpec;
}

/** The final-paper V3-Small (1024-wide last conv). */
export const MOBILENET_V3_SMALL = mobileNetV3Small(1024);

/** The earlier-arXiv V3-Small (1280-wide last conv), documented for the "2.9 M params" figures. */
export const MOBILENET_V3_SMALL_1280 = mobileNetV3Small(1280);
