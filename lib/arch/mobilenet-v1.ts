import type { DepthwiseSeparableSpec, ModelSpec } from "./types";

/** One row pair of Table 1: a 3×3 depthwise conv (with `stride`) then a 1×1 conv to `out` channels. */
function dwSep(stride: 1 | 2, out: number) {
  return {
    kind: "depthwiseSeparable",
    kernel: 3,
    stride,
    out,
    act: "relu",
  } as const satisfies DepthwiseSeparableSpec;
}

/**
 * MobileNetV1 (Howard et al. 2017, arXiv 1704.04861), Table 1 at α = 1.
 * Every depthwise and pointwise conv is followed by BN + ReLU; only the FC has a bias.
 * Row 17 of Table 1 says "Conv dw / s2" on a 7×7 input: an erratum. The official TF spec
 * (`MNV1_BLOCK_SPECS`: `('depsepconv', 3, 2, 1024)` then `('depsepconv', 3, 1, 1024)`) uses stride 1,
 * which is also what reproduces the paper's 569 M Mult-Adds.
 */
export const MOBILENET_V1 = {
  id: "v1",
  version: 1,
  title: "MobileNetV1",
  defaultResolution: 224,
  classes: 1000,
  blocks: [
    { kind: "conv", kernel: 3, stride: 2, out: 32, act: "relu", bn: true },
    dwSep(1, 64),
    dwSep(2, 128),
    dwSep(1, 128),
    dwSep(2, 256),
    dwSep(1, 256),
    dwSep(2, 512),
    // Table 1 row 14: "5×" the 14×14×512 dw/pw pair.
    ...Array.from({ length: 5 }, () => dwSep(1, 512)),
    dwSep(2, 1024),
    // Table 1 row 17 erratum: stride 1 (see above).
    dwSep(1, 1024),
    { kind: "globalPool" },
    { kind: "fc", out: 1000, act: "linear" },
  ],
} as const satisfies ModelSpec;
