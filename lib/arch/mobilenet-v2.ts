import type { InvertedResidualSpec, ModelSpec } from "./types";

/** One Table 2 bottleneck at α = 1: `expanded` = t · c_in (the engine re-derives t = expanded / c_in). */
function bottleneck(inChannels: number, t: number, out: number, stride: number) {
  return {
    kind: "invertedResidual",
    kernel: 3,
    stride,
    expanded: inChannels * t,
    out,
    act: "relu6",
    se: false,
  } as const satisfies InvertedResidualSpec;
}

/**
 * MobileNetV2 (Sandler et al. 2018, arXiv 1801.04381), Table 2 at α = 1: 17 bottlenecks (t, c, n, s).
 * The first block has t = 1, so it has no expansion conv (expanded = c_in). The 1280-wide last conv is kept
 * for α < 1 ("we apply width multiplier to all layers except the very last convolutional layer").
 */
export const MOBILENET_V2 = {
  id: "v2",
  version: 2,
  title: "MobileNetV2",
  defaultResolution: 224,
  classes: 1000,
  blocks: [
    { kind: "conv", kernel: 3, stride: 2, out: 32, act: "relu6", bn: true },
    bottleneck(32, 1, 16, 1),
    bottleneck(16, 6, 24, 2),
    bottleneck(24, 6, 24, 1),
    bottleneck(24, 6, 32, 2),
    bottleneck(32, 6, 32, 1),
    bottleneck(32, 6, 32, 1),
    bottleneck(32, 6, 64, 2),
    bottleneck(64, 6, 64, 1),
    bottleneck(64, 6, 64, 1),
    bottleneck(64, 6, 64, 1),
    bottleneck(64, 6, 96, 1),
    bottleneck(96, 6, 96, 1),
    bottleneck(96, 6, 96, 1),
    bottleneck(96, 6, 160, 2),
    bottleneck(160, 6, 160, 1),
    bottleneck(160, 6, 160, 1),
    bottleneck(160, 6, 320, 1),
    { kind: "conv", kernel: 1, stride: 1, out: 1280, act: "relu6", bn: true },
    { kind: "globalPool" },
    { kind: "fc", out: 1000, act: "linear" },
  ],
} as const satisfies ModelSpec;
