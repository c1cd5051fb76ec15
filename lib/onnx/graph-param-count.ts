import type { ResolvedNetwork } from "@/lib/arch/types";

/**
 * The learned floats a spec-built graph holds, from the engine's counts: every BN's γ folds into the
 * conv weights and its β becomes the conv bias (so half of each BN's bnParams survive), while V4
 * layer-scale γ and the MQA input norm's γ/β (also booked in bnParams) stay as their own tensors.
 */
export function graphParamCount(net: ResolvedNetwork): number {
  let count = net.totals.params + net.totals.bnParams / 2;
  for (const block of net.blocks) {
    const { spec } = block;
    if ((spec.kind === "uib" || spec.kind === "mqa") && spec.layerScale)
      count += block.output.c / 2;
    if (spec.kind === "mqa") count += block.input.c;
  }
  return count;
}
