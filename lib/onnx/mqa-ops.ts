import type { MobileMqaSpec, ResolvedBlock } from "@/lib/arch/types";
import { emitChannelScale, emitConv } from "./conv-ops";
import type { GraphBuilder } from "./graph-builder";
import { attributes } from "./graph-builder";
import type { LayerCursor } from "./layer-cursor";

/** Layer-scale γ starts small (TF initialises it to 1e-5); 0.1 keeps the residual stream bounded. */
export const LAYER_SCALE_INIT = 0.1;

/**
 * Mobile MQA (MobileNetV4 §3.3, TF `OptimizedMultiQueryAttentionLayerWithDownSampling`) from standard ops,
 * on x = [1, C, H, W] with L = H·W queries and P = H'·W' keys (H' = ⌈H / kvStride⌉):
 *   n = γ·x + β (input BN)
 *   Q = Conv1×1(n) → [1, heads·dk, H, W] → [1, heads, L, dk], pre-scaled by 1/√dk
 *   Kᵀ = Conv1×1(dwConv_s(n)) → [1, 1, dk, P]  (one key head shared by all query heads)
 *   V = Conv1×1(dwConv_s(n)) → [1, 1, P, dv]
 *   O = Softmax(Q·Kᵀ)·V → [1, heads, L, dv] → [1, heads·dv, H, W] → Conv1×1 → [1, C, H, W]
 *   y = x + γ_ls·O
 * Q·Kᵀ and ·V broadcast the single K/V head over the query heads, as MQA does.
 */
export function emitMqa(
  b: GraphBuilder,
  x: string,
  block: ResolvedBlock,
  spec: MobileMqaSpec,
  rows: LayerCursor,
): string {
  const { name, input } = block;
  const category = "attention";
  const { heads, keyDim, valueDim, kvStride } = spec;
  const L = input.h * input.w;
  /** [1, heads, a, b] → [1, heads, b, a]. */
  const swapLastAxes = (t: string, step: string) =>
    b.node("Transpose", `${name}/mqa/${step}`, [t], category, attributes({ perm: [0, 1, 3, 2] }));
  const norm = emitChannelScale(b, x, {
    name: `${name}/mqa/norm`,
    channels: input.c,
    gamma: 1,
    shift: true,
    category,
  });

  const queryRow = rows.take("attention");
  const qConv = emitConv(b, norm, queryRow, { act: "linear", bias: false });
  const qShape = b.constInt64(`const/${name}/q-shape`, [1, heads, keyDim, L]);
  const q4 = b.node("Reshape", `${name}/mqa/q-reshape`, [qConv, qShape], category);
  const qT = swapLastAxes(q4, "q-transpose");
  const invSqrt = b.constFloat(`const/inv-sqrt-${keyDim}`, [], [1 / Math.sqrt(keyDim)]);
  const q = b.node("Mul", `${name}/mqa/q-scale`, [qT, invSqrt], category);

  const kvInput = (): string => {
    if (kvStride <= 1) return norm;
    // The downsampling dw conv has its own BN in TF; here it is folded into a bias.
    return emitConv(b, norm, rows.take("attention"), { act: "linear", bias: true });
  };
  const kIn = kvInput();
  const keyRow = rows.take("attention");
  const kConv = emitConv(b, kIn, keyRow, { act: "linear", bias: false });
  const P = keyRow.output.h * keyRow.output.w;
  const kShape = b.constInt64(`const/${name}/k-shape`, [1, 1, keyDim, P]);
  const kT = b.node("Reshape", `${name}/mqa/k-reshape`, [kConv, kShape], category);

  const vIn = kvInput();
  const valueRow = rows.take("attention");
  const vConv = emitConv(b, vIn, valueRow, { act: "linear", bias: false });
  const vShape = b.constInt64(`const/${name}/v-shape`, [1, 1, valueDim, P]);
  const v4 = b.node("Reshape", `${name}/mqa/v-reshape`, [vConv, vShape], category);
  const v = swapLastAxes(v4, "v-transpose");

  const scores = b.node("MatMul", `${name}/mqa/scores`, [q, kT], category); // [1, heads, L, P]
  const attn = b.node(
    "Softmax",
    `${name}/mqa/softmax`,
    [scores],
    category,
    attributes({ axis: -1 }),
  );
  const o = b.node("MatMul", `${name}/mqa/attend`, [attn, v], category); // [1, heads, L, dv]
  const oT = swapLastAxes(o, "o-transpose");
  const oShape = b.constInt64(`const/${name}/o-shape`, [1, heads * valueDim, input.h, input.w]);
  const o4 = b.node("Reshape", `${name}/mqa/o-reshape`, [oT, oShape], category);

  const outRow = rows.take("attention");
  let y = emitConv(b, o4, outRow, { act: "linear", bias: false, weightScale: 0.5 });
  if (spec.layerScale) {
    y = emitChannelScale(b, y, {
      name: `${name}/layer-scale`,
      channels: outRow.output.c,
      gamma: LAYER_SCALE_INIT,
      shift: false,
      category: "other",
    });
  }
  return b.node("Add", `${name}/residual`, [x, y], "other");
}
