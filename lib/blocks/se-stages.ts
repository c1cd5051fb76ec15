/**
 * Squeeze-and-excite inside a V3 bneck (V3 §5.3, Fig. 4): global pool → FC (ReLU) → FC (h-sigmoid) →
 * channel scaling. The two FCs are the engine's "se/reduce" and "se/expand" layers; pooling and scaling
 * are not MACs by the papers' convention.
 */
import type { ResolvedBlock, TensorShape } from "@/lib/arch/types";
import type { StageDraft } from "./stage-builder";
import { layerStep, requireLayer, shapeLabel, tensorOf } from "./stage-builder";
import type { DiagramEdge, DiagramNode } from "./types";

export interface SePart {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly drafts: readonly StageDraft[];
  readonly nextColumn: number;
  /** Id of the node holding the re-weighted features. */
  readonly last: string;
}

/** The SE branch on `features` (the depthwise output), starting at `column` and stage `firstStage`. */
export function seStages(
  block: ResolvedBlock,
  features: TensorShape,
  column: number,
  firstStage: number,
  from: string,
): SePart {
  const reduce = requireLayer(block, "se/reduce");
  const expand = requireLayer(block, "se/expand");
  const pooled = reduce.input;
  const s = firstStage;
  const nodes: DiagramNode[] = [
    { kind: "tensor", id: "se-pool", column, lane: 1, shape: pooled, role: "squeezed", stage: s },
    {
      kind: "tensor",
      id: "se-mid",
      column: column + 1,
      lane: 1,
      shape: reduce.output,
      role: "FC ReLU",
      stage: s + 1,
    },
    {
      kind: "tensor",
      id: "se-gate",
      column: column + 2,
      lane: 1,
      shape: expand.output,
      role: "gates",
      stage: s + 2,
    },
    {
      kind: "tensor",
      id: "se-out",
      column: column + 3,
      lane: 0,
      shape: features,
      role: "re-weighted",
      stage: s + 3,
    },
  ];
  const edges: DiagramEdge[] = [
    {
      id: "e-se-pool",
      from,
      to: "se-pool",
      op: "se",
      label: "pool",
      sublabel: "average",
      style: "flow",
      stage: s,
    },
    {
      id: "e-se-reduce",
      from: "se-pool",
      to: "se-mid",
      op: "se",
      label: "FC",
      sublabel: "ReLU",
      style: "flow",
      stage: s + 1,
    },
    {
      id: "e-se-expand",
      from: "se-mid",
      to: "se-gate",
      op: "se",
      label: "FC",
      sublabel: "h-sigmoid",
      style: "flow",
      stage: s + 2,
    },
    {
      id: "e-se-scale",
      from,
      to: "se-out",
      op: "se",
      label: "× gates",
      sublabel: "per channel",
      style: "flow",
      stage: s + 3,
    },
    {
      id: "e-se-gate",
      from: "se-gate",
      to: "se-out",
      op: "se",
      label: "",
      style: "flow",
      stage: s + 3,
    },
  ];
  const drafts: StageDraft[] = [
    {
      id: "se-pool",
      title: "SE: global pool",
      caption: `Squeeze: global average pooling turns each of the ${features.c} channels into one number, ${shapeLabel(features)} → ${shapeLabel(pooled)}.`,
      op: "se",
      motion: "squeeze",
      tensors: [tensorOf(from, features), tensorOf("se-pool", pooled)],
      focus: ["e-se-pool", "se-pool"],
      layers: [],
    },
    {
      id: "se-reduce",
      title: "SE: FC + ReLU",
      caption: `A small fully connected layer squeezes ${reduce.input.c} → ${reduce.output.c} values, followed by ReLU; ${reduce.output.c} is a quarter of ${reduce.input.c} (${reduce.input.c / 4}) made a multiple of 8 by make_divisible, which rounds up whenever rounding down would lose more than 10 %.`,
      op: "se",
      motion: "fc",
      ...layerStep(reduce, "se-pool", "se-mid", "e-se-reduce"),
    },
    {
      id: "se-expand",
      title: "SE: FC + h-sigmoid",
      caption: `A second fully connected layer restores ${expand.input.c} → ${expand.output.c} values and h-sigmoid squashes each into a gate between 0 and 1, one per channel.`,
      op: "se",
      motion: "fc",
      ...layerStep(expand, "se-mid", "se-gate", "e-se-expand"),
    },
    {
      id: "se-scale",
      title: "SE: scale channels",
      caption: `Excite: every channel of the ${shapeLabel(features)} map is multiplied by its gate, ${features.h * features.w * features.c} multiplies that the papers do not count as MACs.`,
      op: "se",
      motion: "scale",
      tensors: [
        tensorOf(from, features),
        tensorOf("se-gate", expand.output),
        tensorOf("se-out", features),
      ],
      focus: ["e-se-scale", "e-se-gate", "se-out"],
      layers: [],
    },
  ];
  return { nodes, edges, drafts, nextColumn: column + 4, last: "se-out" };
}
