import { V1_TABLE2 } from "../arch/published";
import type { V1Table2Row } from "../arch/published";
import { splitByOp } from "./op-split";
import { resolveNetwork } from "./resolve-network";

export interface V1Table2Check extends V1Table2Row {
  /** Our share of MACs for this kind, in %, for V1 1.0-224. */
  readonly ourMacsPercent: number;
  readonly ourParamsPercent: number;
}

export interface V1Table2Comparison {
  readonly rows: readonly V1Table2Check[];
  /** The paper's four MACs percentages added up (99.29, not 100). */
  readonly paperMacsSum: number;
  /** What the paper's other three MACs rows leave for the first conv: 100 − their sum. */
  readonly firstConvLeftover: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * V1 Table 2 beside our own split of V1 1.0-224. The first-conv row is the odd one out: the table
 * prints 1.19 % where the count (and what the other three rows leave over) gives 1.91 %.
 */
export function v1Table2Comparison(): V1Table2Comparison {
  const split = splitByOp(resolveNetwork("v1"));
  const rows = V1_TABLE2.map((r): V1Table2Check => ({
    ...r,
    ourMacsPercent: 100 * split[r.op].macsShare,
    ourParamsPercent: 100 * split[r.op].paramsShare,
  }));
  const paperMacsSum = round2(rows.reduce((s, r) => s + r.macsPercent, 0));
  const others = rows.filter((r) => r.op !== "conv").reduce((s, r) => s + r.macsPercent, 0);
  return { rows, paperMacsSum, firstConvLeftover: round2(100 - others) };
}
