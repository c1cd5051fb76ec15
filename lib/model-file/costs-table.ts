/** The counted rows as CSV and as the explorer's split by op kind (pure, for the page and its tests). */
import { OP_KINDS, type OpKind } from "@/lib/arch/types";
import type { OpShare } from "@/lib/cost/op-split";
import type { ModelTotals } from "./analyze-model";
import type { NodeCost } from "./count-costs";
import { csvText, type CsvValue } from "@/lib/table/csv";

const HEADER = [
  "node",
  "op_type",
  "kind",
  "input_shape",
  "output_shape",
  "kernel",
  "stride",
  "groups",
  "weights",
  "biases",
  "macs",
  "attention_ops",
] as const;

/** One node's fields in HEADER order: exact integers, shapes as 1x3x224x224. */
function costFields(r: NodeCost): CsvValue[] {
  return [
    r.name,
    r.opType,
    r.kind,
    r.input.join("x"),
    r.output.join("x"),
    r.kernel,
    r.stride,
    r.groups,
    r.weights,
    r.biases,
    r.macs,
    r.attentionOps,
  ];
}

/** One line per counted node. */
export function costsCsv(rows: readonly NodeCost[]): string {
  return csvText(HEADER, rows.map(costFields));
}

/** MACs and conv/FC params (weights + biases) per op kind, as the explorer's OpSplitChart takes them. */
export function splitRowsByKind(
  rows: readonly NodeCost[],
  totals: ModelTotals,
): Readonly<Record<OpKind, OpShare>> {
  const layerParams = totals.weights + totals.biases;
  const entries = OP_KINDS.map((op) => {
    const mine = rows.filter((r) => r.kind === op);
    const macs = mine.reduce((s, r) => s + r.macs, 0);
    const params = mine.reduce((s, r) => s + r.weights + r.biases, 0);
    const share: OpShare = {
      macs,
      params,
      macsShare: totals.macs > 0 ? macs / totals.macs : 0,
      paramsShare: layerParams > 0 ? params / layerParams : 0,
    };
    return [op, share] as const;
  });
  return Object.fromEntries(entries) as Record<OpKind, OpShare>;
}
