import type { DepthwiseSeparableSpec } from "../arch/types";
import type { BlockContext, BlockResult } from "./block-context";
import { depthwiseLayer, pointwiseLayer } from "./conv-layer";
import { scaleChannels } from "./scale-channels";

/** V1 depthwise separable block (V1 Fig. 3): 3×3 dw + BN + ReLU, then 1×1 pw + BN + ReLU; no residual. */
export function resolveSeparableBlock(
  spec: DepthwiseSeparableSpec,
  ctx: BlockContext,
): BlockResult {
  const out = scaleChannels(ctx.version, spec.out, ctx.alpha);
  const dw = depthwiseLayer(
    `${ctx.name}/depthwise`,
    ctx.index,
    ctx.input,
    spec.kernel,
    spec.stride,
  );
  const pw = pointwiseLayer(`${ctx.name}/pointwise`, ctx.index, dw.output, out);
  return { spec: { ...spec, out }, layers: [dw, pw], output: pw.output, residual: false };
}
