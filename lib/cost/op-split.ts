import { OP_KINDS, type OpKind, type ResolvedNetwork } from "../arch/types";

export interface OpShare {
  readonly macs: number;
  readonly params: number;
  /** Fractions of the network totals in [0, 1]. */
  readonly macsShare: number;
  readonly paramsShare: number;
}

/**
 * MACs and params per op kind (V1 Table 2: 1×1 convs take 94.86 % of Mult-Adds). V1's 1×1 convs are
 * "pointwise", its 3×3 stem is "conv", its classifier is "fc". Kinds absent from the network get zeros.
 */
export function splitByOp(network: ResolvedNetwork): Readonly<Record<OpKind, OpShare>> {
  const sums = new Map<OpKind, { macs: number; params: number }>(
    OP_KINDS.map((op) => [op, { macs: 0, params: 0 }]),
  );
  for (const layer of network.layers) {
    const sum = sums.get(layer.op);
    if (sum) {
      sum.macs += layer.macs;
      sum.params += layer.params;
    }
  }
  const { macs, params } = network.totals;
  const share = (op: OpKind): OpShare => {
    const sum = sums.get(op) ?? { macs: 0, params: 0 };
    return {
      macs: sum.macs,
      params: sum.params,
      macsShare: macs > 0 ? sum.macs / macs : 0,
      paramsShare: params > 0 ? sum.params / params : 0,
    };
  };
  return {
    conv: share("conv"),
    depthwise: share("depthwise"),
    pointwise: share("pointwise"),
    fc: share("fc"),
    se: share("se"),
    attention: share("attention"),
  };
}
