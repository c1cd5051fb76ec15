import type { LayerCost, UibSpec } from "../arch/types";
import type { BlockContext, BlockResult } from "./block-context";
import { hasResidual } from "./block-context";
import { depthwiseLayer, pointwiseLayer } from "./conv-layer";
import { expandChannels, scaleChannels } from "./scale-channels";

/** Adds a V4-hybrid layer-scale γ (one per output channel) to a row's per-channel (BN-like) params. */
export function withLayerScale(layer: LayerCost, enabled: boolean | undefined): LayerCost {
  return enabled ? { ...layer, bnParams: layer.bnParams + layer.output.c } : layer;
}

/**
 * V4 universal inverted bottleneck (TF `UniversalInvertedBottleneckBlock`, read in nn_blocks.py):
 * optional start dw (BN, no act) → 1×1 expand to make_divisible(C_in·e, 8) (BN, act) → optional middle dw
 * (BN, act) → 1×1 project (BN). The stride sits on the middle dw when present (`middle_dw_downsample`),
 * otherwise on the start dw. Residual when stride 1 and C_in = C_out.
 */
export function resolveUib(spec: UibSpec, ctx: BlockContext): BlockResult {
  const out = scaleChannels(ctx.version, spec.out, ctx.alpha);
  const expanded = expandChannels(ctx.input.c, spec.expand);
  const layers: LayerCost[] = [];
  let x = ctx.input;
  if (spec.startDw > 0) {
    const stride = spec.midDw > 0 ? 1 : spec.stride;
    const start = depthwiseLayer(`${ctx.name}/start-depthwise`, ctx.index, x, spec.startDw, stride);
    layers.push(start);
    x = start.output;
  }
  const expand = pointwiseLayer(`${ctx.name}/expand`, ctx.index, x, expanded);
  layers.push(expand);
  x = expand.output;
  if (spec.midDw > 0) {
    const mid = depthwiseLayer(`${ctx.name}/depthwise`, ctx.index, x, spec.midDw, spec.stride);
    layers.push(mid);
    x = mid.output;
  }
  const project = pointwiseLayer(`${ctx.name}/project`, ctx.index, x, out);
  layers.push(withLayerScale(project, spec.layerScale));
  return {
    spec: { ...spec, out },
    layers,
    output: project.output,
    residual: hasResidual(ctx.input, project.output, spec.stride),
  };
}
