/** One entry point from an engine block to its animation: stages, diagram and standard counterpart. */
import type { ResolvedBlock } from "@/lib/arch/types";
import { invertedResidualAnimation } from "./inverted-residual-stages";
import { mqaAnimation } from "./mqa-stages";
import { separableAnimation } from "./separable-stages";
import type { BlockAnimation, Stage } from "./types";
import { uibAnimation } from "./uib-stages";

/** The animation of a block, or null for block kinds that have none (stems, heads, pooling, FC, FusedIB). */
export function blockAnimation(block: ResolvedBlock): BlockAnimation | null {
  const { spec } = block;
  switch (spec.kind) {
    case "depthwiseSeparable":
      return separableAnimation(block, spec);
    case "invertedResidual":
      return invertedResidualAnimation(block, spec);
    case "uib":
      return uibAnimation(block, spec);
    case "mqa":
      return mqaAnimation(block, spec);
    default:
      return null;
  }
}

/** The stages of a block; their last cumulative MACs and params equal `block.totals`. */
export function blockStages(block: ResolvedBlock): readonly Stage[] {
  return blockAnimation(block)?.stages ?? [];
}
