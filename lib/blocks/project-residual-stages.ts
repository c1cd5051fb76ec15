/**
 * The tail shared by the V2/V3 inverted residual and the V4 UIB: a linear 1×1 projection down to the
 * narrow output (V2 §3.2: no activation on the bottleneck), then the residual add from the input, or
 * an "absent" skip edge saying why there is none.
 */
import type { LayerCost, ResolvedBlock } from "@/lib/arch/types";
import type { StageDraft } from "./stage-builder";
import { layerStep, residualCaption, tensorOf } from "./stage-builder";
import type { DiagramEdge, DiagramNode } from "./types";

export interface ProjectResidualPart {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly drafts: readonly StageDraft[];
}

/**
 * The "project" and "residual" stages: the output node at `column`, fed from node `from`, starting at
 * stage `firstStage`. `whyLinear` ends the projection caption (e.g. ", so … loses no information").
 */
export function projectResidualStages(
  block: ResolvedBlock,
  project: LayerCost,
  stride: number,
  column: number,
  firstStage: number,
  from: string,
  whyLinear = "",
): ProjectResidualPart {
  const nodes: DiagramNode[] = [
    {
      kind: "tensor",
      id: "out",
      column,
      lane: 0,
      shape: project.output,
      role: block.residual ? "output (+ input)" : "output",
      stage: firstStage,
    },
  ];
  const edges: DiagramEdge[] = [
    {
      id: "e-proj",
      from,
      to: "out",
      op: "pointwise",
      label: "1×1 project",
      sublabel: "linear",
      style: "flow",
      stage: firstStage,
    },
    {
      id: "e-res",
      from: "in",
      to: "out",
      op: null,
      label: block.residual ? "+ input" : "no residual",
      style: block.residual ? "skip" : "absent",
      stage: firstStage + 1,
    },
  ];
  const drafts: StageDraft[] = [
    {
      id: "project",
      title: "1×1 linear project",
      caption: `A linear 1×1 convolution projects ${project.input.c} → ${project.output.c} channels with no activation${whyLinear}.`,
      op: "pointwise",
      motion: "mix",
      ...layerStep(project, from, "out", "e-proj"),
    },
    {
      id: "residual",
      title: block.residual ? "residual add" : "no residual",
      caption: residualCaption(block, stride),
      op: null,
      motion: block.residual ? "add" : "none",
      tensors: [tensorOf("in", block.input), tensorOf("out", block.output)],
      focus: ["e-res", "in", "out"],
      layers: [],
    },
  ];
  return { nodes, edges, drafts };
}
