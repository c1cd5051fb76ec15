/**
 * What squeeze-and-excite, h-swish and 5×5 kernels cost, from the engine: V3-Large, the same network
 * without them (TF-slim's "minimalistic" variant, facts §B.1) and V3-Small, which keeps them. Lessons 5
 * and 6 show these rows beside each model's published float top-1. Pure: specs in, numbers out.
 */
import { MODEL_SPECS, MODEL_TITLES } from "@/lib/arch/models";
import type { ModelId } from "@/lib/arch/types";
import { resolveNetwork } from "@/lib/cost/resolve-network";

export const V3_VARIANTS = [
  "v3-large",
  "v3-large-minimalistic",
  "v3-small",
] as const satisfies readonly ModelId[];

export interface V3VariantRow {
  readonly model: (typeof V3_VARIANTS)[number];
  readonly title: string;
  readonly macs: number;
  readonly params: number;
  /** Blocks with a squeeze-and-excite branch, and the MACs and params of its two 1×1 layers. */
  readonly seBlocks: number;
  readonly seMacs: number;
  readonly seParams: number;
  /** Layers (stem, blocks, head convs) whose activation is h-swish. */
  readonly hswishBlocks: number;
  /** Depthwise convolutions with a 5×5 kernel. */
  readonly depthwise5x5: number;
}

/** One row per V3 variant at α = 1, 224 px. */
export function v3VariantRows(): readonly V3VariantRow[] {
  return V3_VARIANTS.map((model) => {
    const net = resolveNetwork(model);
    const se = net.layers.filter((l) => l.op === "se");
    const blocks = MODEL_SPECS[model].blocks;
    return {
      model,
      title: MODEL_TITLES[model],
      macs: net.totals.macs,
      params: net.totals.params,
      seBlocks: blocks.filter((b) => b.kind === "invertedResidual" && b.se).length,
      seMacs: se.reduce((s, l) => s + l.macs, 0),
      seParams: se.reduce((s, l) => s + l.params, 0),
      hswishBlocks: blocks.filter((b) => "act" in b && b.act === "hswish").length,
      depthwise5x5: net.layers.filter((l) => l.op === "depthwise" && l.kernel === 5).length,
    };
  });
}
