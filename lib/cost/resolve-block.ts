import type { BlockSpec } from "../arch/types";
import type { BlockContext, BlockResult } from "./block-context";
import { resolveConvBlock, resolveFcBlock, resolvePoolBlock } from "./resolve-conv-block";
import { resolveFusedIb } from "./resolve-fused-ib";
import { resolveInvertedResidual } from "./resolve-inverted-residual";
import { resolveMqa } from "./resolve-mqa";
import { resolveSeparableBlock } from "./resolve-separable-block";
import { resolveUib } from "./resolve-uib";

function assertNever(value: never): never {
  throw new Error(`Unhandled block kind: ${JSON.stringify(value)}`);
}

/** Dispatches one block spec to its resolver. */
export function resolveBlock(spec: BlockSpec, ctx: BlockContext): BlockResult {
  switch (spec.kind) {
    case "conv":
      return resolveConvBlock(spec, ctx);
    case "depthwiseSeparable":
      return resolveSeparableBlock(spec, ctx);
    case "invertedResidual":
      return resolveInvertedResidual(spec, ctx);
    case "uib":
      return resolveUib(spec, ctx);
    case "fusedIb":
      return resolveFusedIb(spec, ctx);
    case "mqa":
      return resolveMqa(spec, ctx);
    case "globalPool":
      return resolvePoolBlock(ctx);
    case "fc":
      return resolveFcBlock(spec, ctx);
    default:
      return assertNever(spec);
  }
}
