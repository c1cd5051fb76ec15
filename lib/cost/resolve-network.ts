import { MODEL_SPECS, isModelId } from "../arch/models";
import { mobileNetV3Small } from "../arch/mobilenet-v3";
import type {
  BlockSpec,
  ModelId,
  ModelSpec,
  ResolvedBlock,
  ResolvedNetwork,
  TensorShape,
} from "../arch/types";
import { blockNames, lastConvIndex } from "./block-names";
import { CostInputError } from "./cost-input-error";
import { resolveBlock } from "./resolve-block";
import type { ResolveOptions } from "./resolve-options";
import { checkOptions } from "./resolve-options";
import { sumCosts } from "./sum-costs";

/*
 * Counting rules (the papers' convention, see mobilenet-facts.md §A.0):
 * - macs: multiply-accumulates of conv and FC layers only (V1 Eq. 2–5). BN, activations, pooling,
 *   residual adds and softmax are free. Attention QKᵀ / A·V products and SE channel scaling go to
 *   `otherOps` instead.
 * - params: conv and FC weights, plus biases where a layer has no BN (FC, V3 "NBN" convs, SE convs).
 *   Convs followed by BN have no bias.
 * - bnParams: BN γ and β (2 per channel) — add them to get the Keras/torchvision "trainable" count.
 *   V4-hybrid layer-scale γ (1 per channel) is also booked here.
 * - Shapes: "SAME" padding, out = ceil(in / stride); any integer resolution within bounds.
 */

function specFor(model: ModelId, v3SmallHead: 1024 | 1280): ModelSpec {
  return model === "v3-small" ? mobileNetV3Small(v3SmallHead) : MODEL_SPECS[model];
}

/** Channels each block outputs at α = 1 (used to recover V2/V3 expansion ratios exp / c_in). */
function widthAtOne(block: BlockSpec, previous: number): number {
  return block.kind === "globalPool" ? previous : block.out;
}

/**
 * Resolves a model at a width multiplier α and input resolution into blocks and per-layer costs.
 * Throws CostInputError for an unknown model, α outside (0, 4], or resolution not an integer in [32, 1024].
 */
export function resolveNetwork(model: ModelId, opts?: ResolveOptions): ResolvedNetwork {
  if (!isModelId(model)) {
    throw new CostInputError("unknown-model", `Unknown model "${String(model)}".`);
  }
  const { alpha, resolution, v3SmallHead } = checkOptions(
    model,
    MODEL_SPECS[model].defaultResolution,
    opts,
  );
  const spec = specFor(model, v3SmallHead);
  const names = blockNames(spec.blocks);
  const lastConv = spec.version === 1 ? -1 : lastConvIndex(spec.blocks);
  const blocks: ResolvedBlock[] = [];
  let input: TensorShape = { h: resolution, w: resolution, c: 3 };
  let inAtOne = 3;
  let pooled = false;
  spec.blocks.forEach((blockSpec, index) => {
    const name = names[index] ?? `block${index}`;
    const result = resolveBlock(blockSpec, {
      version: spec.version,
      alpha,
      index,
      name,
      input,
      inAtOne,
      pooled,
      isLastConv: index === lastConv,
    });
    blocks.push({
      index,
      name,
      spec: result.spec,
      input,
      output: result.output,
      residual: result.residual,
      layers: result.layers,
      totals: sumCosts(result.layers),
    });
    input = result.output;
    inAtOne = widthAtOne(blockSpec, inAtOne);
    pooled ||= blockSpec.kind === "globalPool";
  });
  const layers = blocks.flatMap((b) => b.layers);
  return { model, alpha, resolution, blocks, layers, totals: sumCosts(layers) };
}
