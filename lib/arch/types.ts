/**
 * The shared vocabulary of MobileNet architectures: readonly specs as a discriminated union on `kind`,
 * and the resolved (α- and resolution-specific) network that the cost engine, lessons, animations and
 * the ONNX graph builder all consume. Shapes are derived by the engine, never stored in a spec.
 */

/** Every network the engine knows. */
export type ModelId =
  | "v1"
  | "v2"
  | "v3-large"
  | "v3-small"
  | "v3-large-minimalistic"
  | "v4-conv-s"
  | "v4-conv-m"
  | "v4-conv-l"
  | "v4-hybrid-m"
  | "v4-hybrid-l";

export type MobileNetVersion = 1 | 2 | 3 | 4;

export type Activation = "relu" | "relu6" | "hswish" | "gelu" | "linear";

/** Height × width × channels of one activation tensor (batch 1, NHWC-style reading order). */
export interface TensorShape {
  readonly h: number;
  readonly w: number;
  readonly c: number;
}

/** k×k full convolution + BN + activation (stems, V4 conv blocks). `bn: false` = "NBN" in V3 tables (has bias). */
export interface ConvBlockSpec {
  readonly kind: "conv";
  readonly kernel: number;
  readonly stride: number;
  readonly out: number;
  readonly act: Activation;
  readonly bn: boolean;
}

/** V1: 3×3 depthwise (BN, ReLU) then 1×1 pointwise (BN, ReLU). */
export interface DepthwiseSeparableSpec {
  readonly kind: "depthwiseSeparable";
  readonly kernel: number;
  readonly stride: number;
  readonly out: number;
  readonly act: Activation;
}

/**
 * V2 inverted residual with linear bottleneck, and the V3 "bneck" (optionally with squeeze-and-excite).
 * `expanded` is the absolute expansion width at α = 1 (V3 tables list "exp size"; V2's t·c_in).
 */
export interface InvertedResidualSpec {
  readonly kind: "invertedResidual";
  readonly kernel: number;
  readonly stride: number;
  readonly expanded: number;
  readonly out: number;
  readonly act: Activation;
  readonly se: boolean;
}

/**
 * V4 universal inverted bottleneck. startDw/midDw are kernel sizes, 0 = absent:
 * IB (0,k), ConvNext-like (k,0), ExtraDW (k,k), FFN (0,0). `expand` is a ratio of input channels.
 */
export interface UibSpec {
  readonly kind: "uib";
  readonly startDw: number;
  readonly midDw: number;
  readonly stride: number;
  readonly out: number;
  readonly expand: number;
  readonly act: Activation;
  /** V4 hybrids: a learned per-channel scale γ on the block output (TF `use_layer_scale`). Default false. */
  readonly layerScale?: boolean;
}

/** V4 fused inverted bottleneck: k×k full conv expanding, then 1×1 projection. */
export interface FusedIbSpec {
  readonly kind: "fusedIb";
  readonly kernel: number;
  readonly stride: number;
  readonly out: number;
  readonly expand: number;
  readonly act: Activation;
}

/** V4 Mobile multi-query attention: `heads` query heads sharing one key and one value head of `keyDim`. */
export interface MobileMqaSpec {
  readonly kind: "mqa";
  readonly heads: number;
  readonly keyDim: number;
  readonly valueDim: number;
  /** Spatial stride of the depthwise conv that downsamples K and V (1 = none). */
  readonly kvStride: number;
  readonly out: number;
  /** A learned per-channel scale γ on the attention output (TF `use_layer_scale`). Default false. */
  readonly layerScale?: boolean;
}

/** Global average pooling to 1×1×C. */
export interface GlobalPoolSpec {
  readonly kind: "globalPool";
}

/** Fully connected classifier (V1's FC, or a 1×1 conv on a 1×1 map without BN). */
export interface FullyConnectedSpec {
  readonly kind: "fc";
  readonly out: number;
  readonly act: Activation;
}

export type BlockSpec =
  | ConvBlockSpec
  | DepthwiseSeparableSpec
  | InvertedResidualSpec
  | UibSpec
  | FusedIbSpec
  | MobileMqaSpec
  | GlobalPoolSpec
  | FullyConnectedSpec;

export type BlockKind = BlockSpec["kind"];

/** A whole network as published: name, paper, blocks in order (widths at α = 1). */
export interface ModelSpec {
  readonly id: ModelId;
  readonly version: MobileNetVersion;
  readonly title: string;
  readonly defaultResolution: number;
  readonly classes: number;
  readonly blocks: readonly BlockSpec[];
}

/**
 * The operation kinds a user sees in charts and colours (one hue each, see lib/viz/theme), in display
 * (legend, table and CSV column) order. The single source of truth for `OpKind`.
 */
export const OP_KINDS = ["conv", "pointwise", "depthwise", "fc", "se", "attention"] as const;

export type OpKind = (typeof OP_KINDS)[number];

/** One costed layer of a resolved network. */
export interface LayerCost {
  /** Unique path such as "block5/expand" or "stem/conv". */
  readonly path: string;
  /** Index into ResolvedNetwork.blocks. */
  readonly blockIndex: number;
  readonly op: OpKind;
  readonly input: TensorShape;
  readonly output: TensorShape;
  readonly kernel: number;
  readonly stride: number;
  readonly groups: number;
  /** Conv/FC weights + biases (the papers' convention, BN excluded). */
  readonly params: number;
  /** BN γ and β for this layer (0 when no BN). */
  readonly bnParams: number;
  /** Multiply-accumulates of conv/FC work only (the papers' convention). */
  readonly macs: number;
  /** Elements of the output activation (h·w·c). */
  readonly activationSize: number;
  /** Other multiplies not counted as MACs (attention QKᵀ and ·V products, SE scaling, h-swish…). */
  readonly otherOps: number;
}

export interface CostTotals {
  readonly params: number;
  readonly bnParams: number;
  readonly macs: number;
  readonly otherOps: number;
}

/** One block of the network at a given α and resolution, with its costed layers. */
export interface ResolvedBlock {
  readonly index: number;
  readonly name: string;
  /** The block spec with widths already scaled by α (and rounded by the version's rule). */
  readonly spec: BlockSpec;
  readonly input: TensorShape;
  readonly output: TensorShape;
  /** True when the block adds its input to its output. */
  readonly residual: boolean;
  readonly layers: readonly LayerCost[];
  readonly totals: CostTotals;
}

export interface ResolvedNetwork {
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
  readonly blocks: readonly ResolvedBlock[];
  readonly layers: readonly LayerCost[];
  readonly totals: CostTotals;
}
