import type { ConvBlockSpec, FullyConnectedSpec, OpKind } from "../arch/types";
import type { BlockContext, BlockResult } from "./block-context";
import { convLayer } from "./conv-layer";
import { scaleChannels, scaleLastConv } from "./scale-channels";

function convOp(kernel: number, pooled: boolean): OpKind {
  if (pooled) return "fc";
  return kernel === 1 ? "pointwise" : "conv";
}

/** Stem, head and V4 "convbn" blocks: one full conv (+BN unless NBN). A 1×1 conv after pooling is an FC. */
export function resolveConvBlock(spec: ConvBlockSpec, ctx: BlockContext): BlockResult {
  const out = ctx.isLastConv
    ? scaleLastConv(ctx.version, spec.out, ctx.alpha)
    : scaleChannels(ctx.version, spec.out, ctx.alpha);
  const layer = convLayer({
    path: `${ctx.name}/conv`,
    blockIndex: ctx.index,
    op: convOp(spec.kernel, ctx.pooled),
    input: ctx.input,
    out,
    kernel: spec.kernel,
    stride: spec.stride,
    groups: 1,
    bn: spec.bn,
  });
  return { spec: { ...spec, out }, layers: [layer], output: layer.output, residual: false };
}

/** The classifier: weights C_in·classes + bias; the class count is never scaled by α. */
export function resolveFcBlock(spec: FullyConnectedSpec, ctx: BlockContext): BlockResult {
  const layer = convLayer({
    path: `${ctx.name}/fc`,
    blockIndex: ctx.index,
    op: "fc",
    input: ctx.input,
    out: spec.out,
    kernel: 1,
    stride: 1,
    groups: 1,
    bn: false,
  });
  return { spec, layers: [layer], output: layer.output, residual: false };
}

/** Global average pooling: no weights and, by the papers' convention, no MACs. */
export function resolvePoolBlock(ctx: BlockContext): BlockResult {
  return {
    spec: { kind: "globalPool" },
    layers: [],
    output: { h: 1, w: 1, c: ctx.input.c },
    residual: false,
  };
}
