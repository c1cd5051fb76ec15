import type { LayerCost, OpKind, TensorShape } from "../arch/types";

/** One convolution (or FC, as a 1×1 conv on a 1×1 map) to cost. */
export interface ConvLayerArgs {
  readonly path: string;
  readonly blockIndex: number;
  readonly op: OpKind;
  readonly input: TensorShape;
  readonly out: number;
  readonly kernel: number;
  readonly stride: number;
  /** 1 for ordinary convs; `input.c` for depthwise. */
  readonly groups: number;
  /** Convs followed by BN have no bias; NBN convs and FC layers do. */
  readonly bn: boolean;
  /** Overrides the bias rule above (V4 attention projections have neither BN nor bias). */
  readonly bias?: boolean;
  readonly otherOps?: number;
}

/** "SAME" padding: out = ceil(in / stride) (TF; resolution ρ then scales cost by ≈ρ²). */
export function sameOutputSize(size: number, stride: number): number {
  return Math.ceil(size / stride);
}

/**
 * Cost of one conv, V1 Eq. 2/4: weights k·k·(C_in/g)·C_out (+ C_out bias without BN),
 * MACs = weights·H_out·W_out; BN adds γ and β per output channel (kept apart from params).
 */
export function convLayer(args: ConvLayerArgs): LayerCost {
  const { input, out, kernel, stride, groups, bn } = args;
  const bias = args.bias ?? !bn;
  const output = {
    h: sameOutputSize(input.h, stride),
    w: sameOutputSize(input.w, stride),
    c: out,
  };
  const weights = kernel * kernel * (input.c / groups) * out;
  return {
    path: args.path,
    blockIndex: args.blockIndex,
    op: args.op,
    input,
    output,
    kernel,
    stride,
    groups,
    params: weights + (bias ? out : 0),
    bnParams: bn ? 2 * out : 0,
    macs: weights * output.h * output.w,
    activationSize: output.h * output.w * output.c,
    otherOps: args.otherOps ?? 0,
  };
}

/** Depthwise k×k conv + BN over all input channels (groups = C). */
export function depthwiseLayer(
  path: string,
  blockIndex: number,
  input: TensorShape,
  kernel: number,
  stride: number,
): LayerCost {
  return convLayer({
    path,
    blockIndex,
    op: "depthwise",
    input,
    out: input.c,
    kernel,
    stride,
    groups: input.c,
    bn: true,
  });
}

/** 1×1 conv + BN on a spatial map. */
export function pointwiseLayer(
  path: string,
  blockIndex: number,
  input: TensorShape,
  out: number,
): LayerCost {
  return convLayer({
    path,
    blockIndex,
    op: "pointwise",
    input,
    out,
    kernel: 1,
    stride: 1,
    groups: 1,
    bn: true,
  });
}
