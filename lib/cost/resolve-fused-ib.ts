import type { FusedIbSpec } from "../arch/types";
import type { BlockContext, BlockResult } from "./block-context";
import { hasResidual } from "./block-context";
import { convLayer, pointwiseLayer } from "./conv-layer";
import { expandChannels, scaleChannels } from "./scale-channels";

/**
 * V4 fused inverted bottleneck (TF `InvertedBottleneckBlock` with `use_depthwise=False`): a k×k full conv
 * expands to make_divisible(C_in·e, 8) with the stride (BN, act), then a linear 1×1 project (BN).
 */
export function resolveFusedIb(spec: FusedIbSpec, ctx: BlockContext): BlockResult {
  const out = scaleChannels(ctx.version, spec.out, ctx.alpha);
  const expand = convLayer({
    path: `${ctx.name}/fused-expand`,
    blockIndex: ctx.index,
    op: "conv",
    input: ctx.input,
    out: expandChannels(ctx.input.c, spec.expand),
    kernel: spec.kernel,
    stride: spec.stride,
    groups: 1,
    bn: true,
  });
  const project = pointwiseLayer(`${ctx.name}/project`, ctx.index, expand.output, out);
  return {
    spec: { ...spec, out },
    layers: [expand, project],
    output: project.output,
    residual: hasResidual(ctx.input, project.output, spec.stride),
  };
}
