/**
 * The sentence above "Where the cost goes" for any view but MobileNetV1 at α 1, 224 px: the split of
 * the model on screen, computed. V1 1.0-224 is the one view V1's Table 2 describes, so there the page
 * shows the paper's split beside our count instead (components/explore/v1-table2-note.tsx).
 */
import type { ModelId, OpKind, ResolvedNetwork } from "@/lib/arch/types";
import { splitByOp } from "@/lib/cost/op-split";

/** Whether this is the network V1's Table 2 describes (MobileNetV1 1.0-224). */
export function isV1Table2View(view: Pick<SplitView, "model" | "alpha" | "resolution">): boolean {
  return view.model === "v1" && view.alpha === 1 && view.resolution === 224;
}

const PLURAL: Readonly<Record<OpKind, string>> = {
  conv: "full convolutions",
  pointwise: "1×1 (pointwise) convolutions",
  depthwise: "depthwise convolutions",
  fc: "fully connected layers",
  se: "squeeze-and-excite layers",
  attention: "attention layers",
};

const SINGULAR: Readonly<Record<OpKind, string>> = {
  conv: "the one full convolution",
  pointwise: "the one 1×1 (pointwise) convolution",
  depthwise: "the one depthwise convolution",
  fc: "the fully connected layer",
  se: "the squeeze-and-excite layer",
  attention: "the attention layer",
};

function percent(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** The kind with the largest share of a metric (ties: the first in the split's order). */
function largest(
  split: ReturnType<typeof splitByOp>,
  key: "macsShare" | "paramsShare",
): [OpKind, number] {
  const entries = Object.entries(split) as [OpKind, { macsShare: number; paramsShare: number }][];
  let best: [OpKind, number] = ["pointwise", -1];
  for (const [op, s] of entries) if (s[key] > best[1]) best = [op, s[key]];
  return best;
}

export interface SplitView {
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
  /** "MobileNetV2 0.35 at 224×224". */
  readonly subject: string;
}

/** The computed sentence, or null for V1 1.0-224 (the paper's Table 2 note belongs there). */
export function costSplitIntro(view: SplitView, network: ResolvedNetwork): string | null {
  if (isV1Table2View(view)) return null;
  const split = splitByOp(network);
  const count = (op: OpKind) => network.layers.filter((l) => l.op === op).length;
  const name = (op: OpKind) => (count(op) === 1 ? SINGULAR[op] : PLURAL[op]);
  const [macsOp, macsShare] = largest(split, "macsShare");
  const [paramsOp, paramsShare] = largest(split, "paramsShare");
  const verb = (op: OpKind, one: string, many: string) => (count(op) === 1 ? one : many);
  const head = `In ${view.subject}, ${name(macsOp)} ${verb(macsOp, "does", "do")} ${percent(macsShare)} of the multiply-adds`;
  if (paramsOp === macsOp)
    return `${head} and ${verb(macsOp, "holds", "hold")} ${percent(paramsShare)} of the parameters.`;
  return `${head}, and ${name(paramsOp)} ${verb(paramsOp, "holds", "hold")} ${percent(paramsShare)} of the parameters.`;
}
