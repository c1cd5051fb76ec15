/**
 * Any one depthwise separable layer (the lesson-2 calculator's D_K, M, N, D_F, stride) as a resolved
 * V1 block, so the animated block player can show the layer the learner typed, with the engine's costs.
 */
import type { ResolvedBlock } from "../arch/types";
import type { SeparableInput } from "./separable";
import { compareSeparable } from "./separable";
import { resolveSeparableBlock } from "./resolve-separable-block";
import { sumCosts } from "./sum-costs";

export function separableLayerBlock(input: SeparableInput): ResolvedBlock {
  compareSeparable(input); // same validation, same CostInputError messages
  const stride = input.stride ?? 1;
  const shape = { h: input.featureSize, w: input.featureSize, c: input.inChannels };
  const spec = {
    kind: "depthwiseSeparable",
    kernel: input.kernel,
    stride,
    out: input.outChannels,
    act: "relu",
  } as const;
  const result = resolveSeparableBlock(spec, {
    version: 1,
    alpha: 1,
    index: 0,
    name: "layer",
    input: shape,
    inAtOne: input.inChannels,
    pooled: false,
    isLastConv: false,
  });
  return {
    index: 0,
    name: "layer",
    spec: result.spec,
    input: shape,
    output: result.output,
    residual: result.residual,
    layers: result.layers,
    totals: sumCosts(result.layers),
  };
}
