import type { ModelId, OpKind } from "../arch/types";
import { OP_KINDS } from "../arch/types";
import { splitByOp } from "./op-split";
import { resolveNetwork } from "./resolve-network";

/** One op kind's multiply-adds at width α against the α² prediction from the α = 1 network. */
export interface AlphaGapRow {
  readonly op: OpKind;
  /** MACs at α = 1. */
  readonly fullMacs: number;
  /** MACs at α. */
  readonly macs: number;
  /** α² × fullMacs: what a pure α² scaling would give. */
  readonly predictedMacs: number;
  /** macs − predictedMacs: how far this kind is above the α² prediction. */
  readonly extraMacs: number;
}

export interface AlphaGap {
  readonly alpha: number;
  readonly fullMacs: number;
  readonly macs: number;
  readonly predictedMacs: number;
  readonly extraMacs: number;
  /** Only the kinds present in the network, in OP_KINDS order. */
  readonly rows: readonly AlphaGapRow[];
}

/**
 * Why a network at width α costs more than α² of the α = 1 network, split by op kind (lesson 3). For V1
 * at α = 0.5 every width halves exactly, so the 1×1 convs scale by exactly α² and the whole gap comes
 * from the kinds that scale with α only: depthwise (one filter per channel), the first conv (3 input
 * channels fixed) and the classifier (1000 outputs fixed).
 */
export function alphaSquaredGap(model: ModelId, alpha: number, resolution?: number): AlphaGap {
  const res = resolution === undefined ? {} : { resolution };
  const full = splitByOp(resolveNetwork(model, { alpha: 1, ...res }));
  const scaledNet = resolveNetwork(model, { alpha, ...res });
  const scaled = splitByOp(scaledNet);
  const rows = OP_KINDS.filter((op) => full[op].macs > 0 || scaled[op].macs > 0).map(
    (op): AlphaGapRow => {
      const predictedMacs = alpha * alpha * full[op].macs;
      return {
        op,
        fullMacs: full[op].macs,
        macs: scaled[op].macs,
        predictedMacs,
        extraMacs: scaled[op].macs - predictedMacs,
      };
    },
  );
  const fullMacs = rows.reduce((s, r) => s + r.fullMacs, 0);
  const predictedMacs = alpha * alpha * fullMacs;
  return {
    alpha,
    fullMacs,
    macs: scaledNet.totals.macs,
    predictedMacs,
    extraMacs: scaledNet.totals.macs - predictedMacs,
    rows,
  };
}
