import type { InvertedResidualSpec, LayerCost } from "../arch/types";
import type { BlockContext, BlockResult } from "./block-context";
import { hasResidual } from "./block-context";
import { depthwiseLayer, pointwiseLayer } from "./conv-layer";
import { expandChannels, scaleChannels } from "./scale-channels";
import { squeezeExciteLayers } from "./squeeze-excite";

/**
 * V2 bottleneck (V2 Table 1) and V3 bneck (V3 Fig. 4): 1×1 expand (skipped when the expansion equals the
 * input width, e.g. V2's t = 1 block) → k×k depthwise with the stride → optional SE → linear 1×1 project.
 * The expansion width at α is make_divisible(C_in(α) · exp/C_in(1), 8), as TF-slim's `expand_input_by_factor`.
 */
export function resolveInvertedResidual(
  spec: InvertedResidualSpec,
  ctx: BlockContext,
): BlockResult {
  const out = scaleChannels(ctx.version, spec.out, ctx.alpha);
  const expanded = expandChannels(ctx.input.c, spec.expanded / ctx.inAtOne);
  const layers: LayerCost[] = [];
  let x = ctx.input;
  if (expanded !== ctx.input.c) {
    const expand = pointwiseLayer(`${ctx.name}/expand`, ctx.index, x, expanded);
    layers.push(expand);
    x = expand.output;
  }
  const dw = depthwiseLayer(`${ctx.name}/depthwise`, ctx.index, x, spec.kernel, spec.stride);
  layers.push(dw);
  if (spec.se) layers.push(...squeezeExciteLayers(ctx.name, ctx.index, dw.output));
  const project = pointwiseLayer(`${ctx.name}/project`, ctx.index, dw.output, out);
  layers.push(project);
  return {
    spec: { ...spec, expanded, out },
    layers,
    output: project.output,
    residual: hasResidual(ctx.input, project.output, spec.stride),
  };
}
