import type { LayerCost, MobileMqaSpec, TensorShape } from "../arch/types";
import type { BlockContext, BlockResult } from "./block-context";
import { convLayer } from "./conv-layer";
import { withLayerScale } from "./resolve-uib";
import { scaleChannels } from "./scale-channels";

/** TF `downsampling_dw_kernel_size` default for the K/V depthwise downsampling. */
export const KV_DOWNSAMPLE_KERNEL = 3;

function projection(path: string, ctx: BlockContext, input: TensorShape, out: number): LayerCost {
  // Attention projections are 1×1 Conv2D with use_bias=False and no BN of their own.
  return convLayer({
    path,
    blockIndex: ctx.index,
    op: "attention",
    input,
    out,
    kernel: 1,
    stride: 1,
    groups: 1,
    bn: false,
    bias: false,
  });
}

function kvDownsample(path: string, ctx: BlockContext, kvStride: number): LayerCost {
  return convLayer({
    path,
    blockIndex: ctx.index,
    op: "attention",
    input: ctx.input,
    out: ctx.input.c,
    kernel: KV_DOWNSAMPLE_KERNEL,
    stride: kvStride,
    groups: ctx.input.c,
    bn: true,
  });
}

/** K or V branch: optional strided dw 3×3 + BN on the block input, then a 1×1 projection to `dim`. */
function kvBranch(ctx: BlockContext, which: "key" | "value", dim: number, kvStride: number) {
  const layers: LayerCost[] = [];
  let x = ctx.input;
  if (kvStride > 1) {
    const down = kvDownsample(`${ctx.name}/mqa/${which}-downsample`, ctx, kvStride);
    layers.push(down);
    x = down.output;
  }
  const proj = projection(`${ctx.name}/mqa/${which}`, ctx, x, dim);
  return { layers, proj };
}

/**
 * V4 Mobile MQA block (TF `MultiHeadSelfAttentionBlock` with `use_multi_query=True`, read in nn_blocks.py):
 * x + γ·MQA(BN(x)). Q = 1×1 conv C → heads·keyDim; one shared K (C → keyDim) and V (C → valueDim), each
 * downsampled first by its own stride-kvStride dw 3×3 + BN when kvStride > 1
 * (`OptimizedMultiQueryAttentionLayerWithDownSampling`); output 1×1 conv heads·valueDim → C. No biases.
 * [verified in code] the layer list, biases, BNs and shapes. [our reading] where the non-conv numbers are
 * booked: the input BN's γβ go on the query row, layer-scale γ on the output row (both in `bnParams`);
 * QKᵀ products (heads·L·P·keyDim, L = H·W queries, P = keys) go in the key row's `otherOps` and
 * attention·V products (heads·L·P·valueDim) in the value row's — never in `macs`. Softmax and the
 * 1/√d scaling are not counted. Heads and key/value dims are not scaled by α (TF scales only `filters`).
 */
export function resolveMqa(spec: MobileMqaSpec, ctx: BlockContext): BlockResult {
  const out = scaleChannels(ctx.version, spec.out, ctx.alpha);
  const { input } = ctx;
  const queries = input.h * input.w;
  const query = projection(`${ctx.name}/mqa/query`, ctx, input, spec.heads * spec.keyDim);
  const key = kvBranch(ctx, "key", spec.keyDim, spec.kvStride);
  const value = kvBranch(ctx, "value", spec.valueDim, spec.kvStride);
  const keys = key.proj.output.h * key.proj.output.w;
  const attended: TensorShape = { h: input.h, w: input.w, c: spec.heads * spec.valueDim };
  const output = projection(`${ctx.name}/mqa/output`, ctx, attended, input.c);
  const layers: LayerCost[] = [
    { ...query, bnParams: query.bnParams + 2 * input.c },
    ...key.layers,
    { ...key.proj, otherOps: spec.heads * queries * keys * spec.keyDim },
    ...value.layers,
    { ...value.proj, otherOps: spec.heads * queries * keys * spec.valueDim },
    withLayerScale(output, spec.layerScale),
  ];
  return { spec: { ...spec, out }, layers, output: output.output, residual: true };
}
