import type { CostTotals, LayerCost } from "../arch/types";

/** Totals are always sums of rows, so a chart and a table can never disagree. */
export function sumCosts(items: readonly (LayerCost | CostTotals)[]): CostTotals {
  let params = 0;
  let bnParams = 0;
  let macs = 0;
  let otherOps = 0;
  for (const item of items) {
    params += item.params;
    bnParams += item.bnParams;
    macs += item.macs;
    otherOps += item.otherOps;
  }
  return { params, bnParams, macs, otherOps };
}
