import type {
  Activation,
  ConvBlockSpec,
  FusedIbSpec,
  MobileMqaSpec,
  ModelSpec,
  UibSpec,
} from "./types";

/*
 * MobileNetV4 (Qin et al. 2024, arXiv 2404.10518). The paper's footnote points to the official code, which is
 * the authority for these lists: tensorflow/models official/vision/modeling/backbones/mobilenet.py
 * (`MNV4ConvSmall_BLOCK_SPECS`, `_mnv4_conv_medium_block_specs`, `MNV4ConvLarge_BLOCK_SPECS`,
 * `_mnv4_hybrid_medium_block_specs`, `_mnv4_hybrid_large_block_specs`). Every block list below was read
 * in that file [verified]. UIB(start_dw, middle_dw, stride, filters, expand): IB = (0,k), ConvNext = (k,0),
 * ExtraDW = (k,k), FFN = (0,0); the stride sits on the middle dw when there is one (`middle_dw_downsample`).
 */

function convbn(kernel: number, stride: number, out: number, act: Activation) {
  return { kind: "conv", kernel, stride, out, act, bn: true } as const satisfies ConvBlockSpec;
}

function fusedIb(kernel: number, stride: number, out: number, act: Activation) {
  // TF `fused_ib(...)` helpers always use expand_ratio 4.0.
  return { kind: "fusedIb", kernel, stride, out, expand: 4, act } as const satisfies FusedIbSpec;
}

function uib(
  startDw: number,
  midDw: number,
  stride: number,
  out: number,
  expand: number,
  act: Activation,
) {
  return { kind: "uib", startDw, midDw, stride, out, expand, act } as const satisfies UibSpec;
}

/** Hybrid models' UIBs: TF `uib(...)` helpers there set `use_layer_scale=True`. */
function uibLs(
  startDw: number,
  midDw: number,
  stride: number,
  out: number,
  expand: number,
  act: Activation,
) {
  return { ...uib(startDw, midDw, stride, out, expand, act), layerScale: true } as const;
}

/** TF `mhsa_24px` / `mhsa_12px`: multi-query attention; K and V are downsampled when kvStride = 2. */
function mqa(heads: number, dim: number, kvStride: number, out: number) {
  return {
    kind: "mqa",
    heads,
    keyDim: dim,
    valueDim: dim,
    kvStride,
    out,
    layerScale: true,
  } as const satisfies MobileMqaSpec;
}

/** Every MNv4 ends with conv1×1 → 960, global pool, conv1×1 → 1280 (with BN, TF `convbn`), classifier. */
function head(act: Activation) {
  return [
    convbn(1, 1, 960, act),
    { kind: "globalPool" },
    convbn(1, 1, 1280, act),
    { kind: "fc", out: 1000, act: "linear" },
  ] as const;
}

export const MOBILENET_V4_CONV_S = {
  id: "v4-conv-s",
  version: 4,
  title: "MobileNetV4-Conv-S",
  defaultResolution: 224,
  classes: 1000,
  blocks: [
    convbn(3, 2, 32, "relu"),
    convbn(3, 2, 32, "relu"),
    convbn(1, 1, 32, "relu"),
    convbn(3, 2, 96, "relu"),
    convbn(1, 1, 64, "relu"),
    uib(5, 5, 2, 96, 3, "relu"),
    uib(0, 3, 1, 96, 2, "relu"),
    uib(0, 3, 1, 96, 2, "relu"),
    uib(0, 3, 1, 96, 2, "relu"),
    uib(0, 3, 1, 96, 2, "relu"),
    uib(3, 0, 1, 96, 4, "relu"),
    uib(3, 3, 2, 128, 6, "relu"),
    uib(5, 5, 1, 128, 4, "relu"),
    uib(0, 5, 1, 128, 4, "relu"),
    uib(0, 5, 1, 128, 3, "relu"),
    uib(0, 3, 1, 128, 4, "relu"),
    uib(0, 3, 1, 128, 4, "relu"),
    ...head("relu"),
  ],
} as const satisfies ModelSpec;

export const MOBILENET_V4_CONV_M = {
  id: "v4-conv-m",
  version: 4,
  title: "MobileNetV4-Conv-M",
  defaultResolution: 256,
  classes: 1000,
  blocks: [
    convbn(3, 2, 32, "relu"),
    fusedIb(3, 2, 48, "relu"),
    uib(3, 5, 2, 80, 4, "relu"),
    uib(3, 3, 1, 80, 2, "relu"),
    uib(3, 5, 2, 160, 6, "relu"),
    uib(3, 3, 1, 160, 4, "relu"),
    uib(3, 3, 1, 160, 4, "relu"),
    uib(3, 5, 1, 160, 4, "relu"),
    uib(3, 3, 1, 160, 4, "relu"),
    uib(3, 0, 1, 160, 4, "relu"),
    uib(0, 0, 1, 160, 2, "relu"),
    uib(3, 0, 1, 160, 4, "relu"),
    uib(5, 5, 2, 256, 6, "relu"),
    uib(5, 5, 1, 256, 4, "relu"),
    uib(3, 5, 1, 256, 4, "relu"),
    uib(3, 5, 1, 256, 4, "relu"),
    uib(0, 0, 1, 256, 4, "relu"),
    uib(3, 0, 1, 256, 4, "relu"),
    uib(3, 5, 1, 256, 2, "relu"),
    uib(5, 5, 1, 256, 4, "relu"),
    uib(0, 0, 1, 256, 4, "relu"),
    uib(0, 0, 1, 256, 4, "relu"),
    uib(5, 0, 1, 256, 2, "relu"),
    ...head("relu"),
  ],
} as const satisfies ModelSpec;

export const MOBILENET_V4_CONV_L = {
  id: "v4-conv-l",
  version: 4,
  title: "MobileNetV4-Conv-L",
  defaultResolution: 384,
  classes: 1000,
  blocks: [
    convbn(3, 2, 24, "relu"),
    fusedIb(3, 2, 48, "relu"),
    uib(3, 5, 2, 96, 4, "relu"),
    uib(3, 3, 1, 96, 4, "relu"),
    uib(3, 5, 2, 192, 4, "relu"),
    uib(3, 3, 1, 192, 4, "relu"),
    uib(3, 3, 1, 192, 4, "relu"),
    uib(3, 3, 1, 192, 4, "relu"),
    uib(3, 5, 1, 192, 4, "relu"),
    uib(5, 3, 1, 192, 4, "relu"),
    uib(5, 3, 1, 192, 4, "relu"),
    uib(5, 3, 1, 192, 4, "relu"),
    uib(5, 3, 1, 192, 4, "relu"),
    uib(5, 3, 1, 192, 4, "relu"),
    uib(3, 0, 1, 192, 4, "relu"),
    uib(5, 5, 2, 512, 4, "relu"),
    uib(5, 5, 1, 512, 4, "relu"),
    uib(5, 5, 1, 512, 4, "relu"),
    uib(5, 5, 1, 512, 4, "relu"),
    uib(5, 0, 1, 512, 4, "relu"),
    uib(5, 3, 1, 512, 4, "relu"),
    uib(5, 0, 1, 512, 4, "relu"),
    uib(5, 0, 1, 512, 4, "relu"),
    uib(5, 3, 1, 512, 4, "relu"),
    uib(5, 5, 1, 512, 4, "relu"),
    uib(5, 0, 1, 512, 4, "relu"),
    uib(5, 0, 1, 512, 4, "relu"),
    uib(5, 0, 1, 512, 4, "relu"),
    ...head("relu"),
  ],
} as const satisfies ModelSpec;

/**
 * Hybrid-M: the Conv-M skeleton (stage 4 and 5 lists differ slightly) with four MQA blocks interleaved in each
 * of the last two stages. TF: `mhsa_24px` = 4 heads, key/value dim 64, kv_strides 2, 160 ch;
 * `mhsa_12px` = 4 heads, dim 64, kv_strides 1, 256 ch. Its UIB and MQA blocks use layer scale.
 */
const MQA_M_24PX = mqa(4, 64, 2, 160);
const MQA_M_12PX = mqa(4, 64, 1, 256);

export const MOBILENET_V4_HYBRID_M = {
  id: "v4-hybrid-m",
  version: 4,
  title: "MobileNetV4-Hybrid-M",
  defaultResolution: 256,
  classes: 1000,
  blocks: [
    convbn(3, 2, 32, "relu"),
    fusedIb(3, 2, 48, "relu"),
    uibLs(3, 5, 2, 80, 4, "relu"),
    uibLs(3, 3, 1, 80, 2, "relu"),
    uibLs(3, 5, 2, 160, 6, "relu"),
    uibLs(0, 0, 1, 160, 2, "relu"),
    uibLs(3, 3, 1, 160, 4, "relu"),
    uibLs(3, 5, 1, 160, 4, "relu"),
    MQA_M_24PX,
    uibLs(3, 3, 1, 160, 4, "relu"),
    MQA_M_24PX,
    uibLs(3, 0, 1, 160, 4, "relu"),
    MQA_M_24PX,
    uibLs(3, 3, 1, 160, 4, "relu"),
    MQA_M_24PX,
    uibLs(3, 0, 1, 160, 4, "relu"),
    uibLs(5, 5, 2, 256, 6, "relu"),
    uibLs(5, 5, 1, 256, 4, "relu"),
    uibLs(3, 5, 1, 256, 4, "relu"),
    uibLs(3, 5, 1, 256, 4, "relu"),
    uibLs(0, 0, 1, 256, 2, "relu"),
    uibLs(3, 5, 1, 256, 2, "relu"),
    uibLs(0, 0, 1, 256, 2, "relu"),
    uibLs(0, 0, 1, 256, 4, "relu"),
    MQA_M_12PX,
    uibLs(3, 0, 1, 256, 4, "relu"),
    MQA_M_12PX,
    uibLs(5, 5, 1, 256, 4, "relu"),
    MQA_M_12PX,
    uibLs(5, 0, 1, 256, 4, "relu"),
    MQA_M_12PX,
    uibLs(5, 0, 1, 256, 4, "relu"),
    ...head("relu"),
  ],
} as const satisfies ModelSpec;

/**
 * Hybrid-L: the Conv-L skeleton with GELU, and four MQA blocks before the last four UIBs of stages 4 and 5.
 * TF: `mhsa_24px` = 8 heads, dim 48, kv_strides 2, 192 ch; `mhsa_12px` = 8 heads, dim 64, kv_strides 1, 512 ch.
 */
const MQA_L_24PX = mqa(8, 48, 2, 192);
const MQA_L_12PX = mqa(8, 64, 1, 512);

export const MOBILENET_V4_HYBRID_L = {
  id: "v4-hybrid-l",
  version: 4,
  title: "MobileNetV4-Hybrid-L",
  defaultResolution: 384,
  classes: 1000,
  blocks: [
    convbn(3, 2, 24, "gelu"),
    fusedIb(3, 2, 48, "gelu"),
    uibLs(3, 5, 2, 96, 4, "gelu"),
    uibLs(3, 3, 1, 96, 4, "gelu"),
    uibLs(3, 5, 2, 192, 4, "gelu"),
    uibLs(3, 3, 1, 192, 4, "gelu"),
    uibLs(3, 3, 1, 192, 4, "gelu"),
    uibLs(3, 3, 1, 192, 4, "gelu"),
    uibLs(3, 5, 1, 192, 4, "gelu"),
    uibLs(5, 3, 1, 192, 4, "gelu"),
    uibLs(5, 3, 1, 192, 4, "gelu"),
    MQA_L_24PX,
    uibLs(5, 3, 1, 192, 4, "gelu"),
    MQA_L_24PX,
    uibLs(5, 3, 1, 192, 4, "gelu"),
    MQA_L_24PX,
    uibLs(5, 3, 1, 192, 4, "gelu"),
    MQA_L_24PX,
    uibLs(3, 0, 1, 192, 4, "gelu"),
    uibLs(5, 5, 2, 512, 4, "gelu"),
    uibLs(5, 5, 1, 512, 4, "gelu"),
    uibLs(5, 5, 1, 512, 4, "gelu"),
    uibLs(5, 5, 1, 512, 4, "gelu"),
    uibLs(5, 0, 1, 512, 4, "gelu"),
    uibLs(5, 3, 1, 512, 4, "gelu"),
    uibLs(5, 0, 1, 512, 4, "gelu"),
    uibLs(5, 0, 1, 512, 4, "gelu"),
    uibLs(5, 3, 1, 512, 4, "gelu"),
    uibLs(5, 5, 1, 512, 4, "gelu"),
    MQA_L_12PX,
    uibLs(5, 0, 1, 512, 4, "gelu"),
    MQA_L_12PX,
    uibLs(5, 0, 1, 512, 4, "gelu"),
    MQA_L_12PX,
    uibLs(5, 0, 1, 512, 4, "gelu"),
    MQA_L_12PX,
    uibLs(5, 0, 1, 512, 4, "gelu"),
    ...head("gelu"),
  ],
} as const satisfies ModelSpec;
