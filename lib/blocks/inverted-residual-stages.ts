/**
 * V2 inverted residual with linear bottleneck (V2 Table 1, Fig. 3b) and V3 bneck with optional
 * squeeze-and-excite and h-swish (V3 Fig. 4): expand → depthwise → [SE] → linear project → [+ input].
 */
import type { InvertedResidualSpec, ResolvedBlock } from "@/lib/arch/types";
import { projectResidualStages } from "./project-residual-stages";
import { seStages } from "./se-stages";
import type { StageDraft } from "./stage-builder";
import {
  accumulateStages,
  activationName,
  findLayer,
  inputStage,
  kernelLabel,
  layerStep,
  requireLayer,
  shapeLabel,
  strideClause,
} from "./stage-builder";
import type { BlockAnimation, DiagramEdge, DiagramNode } from "./types";

/** Stages and diagram of an inverted residual (V2) or bneck (V3) block. */
export function invertedResidualAnimation(
  block: ResolvedBlock,
  spec: InvertedResidualSpec,
): BlockAnimation {
  const expand = findLayer(block, "expand");
  const dw = requireLayer(block, "depthwise");
  const project = requireLayer(block, "project");
  const act = activationName(spec.act);
  const k = kernelLabel(spec.kernel);
  const nodes: DiagramNode[] = [
    { kind: "tensor", id: "in", column: 0, lane: 0, shape: block.input, role: "input", stage: 0 },
  ];
  const edges: DiagramEdge[] = [];
  const drafts: StageDraft[] = [];
  const inLabel = shapeLabel(block.input);
  drafts.push(
    inputStage(
      block.input,
      expand
        ? `A narrow ${inLabel} bottleneck tensor enters the block.`
        : `A narrow ${inLabel} tensor enters; this block's expansion factor is 1, so it has no 1×1 expand conv.`,
    ),
  );

  let column = 1;
  let last = "in";
  if (expand) {
    const stage = drafts.length;
    const ratio = expand.output.c / expand.input.c;
    nodes.push({
      kind: "tensor",
      id: "exp",
      column,
      lane: 0,
      shape: expand.output,
      role: "expanded",
      stage,
    });
    edges.push({
      id: "e-exp",
      from: last,
      to: "exp",
      op: "pointwise",
      label: "1×1 expand",
      sublabel: act,
      style: "flow",
      stage,
    });
    drafts.push({
      id: "expand",
      title: "1×1 expand",
      caption: `A 1×1 convolution expands ${expand.input.c} → ${expand.output.c} channels (×${Number(ratio.toFixed(2))}), followed by ${act}.`,
      op: "pointwise",
      motion: "mix",
      ...layerStep(expand, "in", "exp", "e-exp"),
    });
    column += 1;
    last = "exp";
  }

  const dwStage = drafts.length;
  nodes.push({
    kind: "tensor",
    id: "dw",
    column,
    lane: 0,
    shape: dw.output,
    role: "filtered",
    stage: dwStage,
  });
  edges.push({
    id: "e-dw",
    from: last,
    to: "dw",
    op: "depthwise",
    label: `dw ${k}`,
    sublabel: `s${spec.stride} · ${act}`,
    style: "flow",
    stage: dwStage,
  });
  drafts.push({
    id: "depthwise",
    title: `depthwise ${k}`,
    caption: `A ${k} depthwise filter slides over each of the ${dw.input.c} channels on its own${strideClause(dw)}, followed by ${act}.`,
    op: "depthwise",
    motion: "slide",
    ...layerStep(dw, last, "dw", "e-dw"),
  });
  column += 1;
  last = "dw";

  if (spec.se) {
    const se = seStages(block, dw.output, column, drafts.length, last);
    nodes.push(...se.nodes);
    edges.push(...se.edges);
    drafts.push(...se.drafts);
    column = se.nextColumn;
    last = se.last;
  }

  const tail = projectResidualStages(
    block,
    project,
    spec.stride,
    column,
    drafts.length,
    last,
    ", so the narrow output loses no information to a ReLU",
  );
  nodes.push(...tail.nodes);
  edges.push(...tail.edges);
  drafts.push(...tail.drafts);
  return { stages: accumulateStages(block, drafts), diagram: { nodes, edges }, standard: null };
}
