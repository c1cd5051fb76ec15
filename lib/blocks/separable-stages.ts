/** V1 depthwise separable block beside the standard convolution it replaces (V1 §3.1, Fig. 2–3). */
import type { DepthwiseSeparableSpec, ResolvedBlock } from "@/lib/arch/types";
import type { StageDraft } from "./stage-builder";
import {
  accumulateStages,
  activationName,
  inputStage,
  kernelLabel,
  layerStep,
  requireLayer,
  strideClause,
  tensorOf,
} from "./stage-builder";
import type { BlockAnimation, DiagramEdge, DiagramNode, StandardCounterpart } from "./types";

/**
 * The standard k×k conv with the same input, output and stride: V1 Eq. 1–2, params k²·M·N (no bias: BN
 * follows), MACs k²·M·N·H_out·W_out.
 */
export function standardCounterpart(block: ResolvedBlock, kernel: number): StandardCounterpart {
  const params = kernel * kernel * block.input.c * block.output.c;
  return {
    label: `Standard ${kernelLabel(kernel)} conv`,
    params,
    macs: params * block.output.h * block.output.w,
  };
}

/** Stages and diagram of a V1 depthwise separable block. */
export function separableAnimation(
  block: ResolvedBlock,
  spec: DepthwiseSeparableSpec,
): BlockAnimation {
  const dw = requireLayer(block, "depthwise");
  const pw = requireLayer(block, "pointwise");
  const k = kernelLabel(spec.kernel);
  const act = activationName(spec.act);
  const m = block.input.c;
  const n = block.output.c;
  const standard = standardCounterpart(block, spec.kernel);
  const ratio = standard.macs / (dw.macs + pw.macs);
  const identity = 1 / n + 1 / (spec.kernel * spec.kernel);

  const nodes: DiagramNode[] = [
    { kind: "tensor", id: "in", column: 0, lane: 0, shape: block.input, role: "input", stage: 0 },
    {
      kind: "tensor",
      id: "std",
      column: 2,
      lane: -1,
      shape: block.output,
      role: "standard conv",
      stage: 1,
    },
    {
      kind: "tensor",
      id: "dw",
      column: 1,
      lane: 0,
      shape: dw.output,
      role: "after depthwise",
      stage: 2,
    },
    { kind: "tensor", id: "out", column: 2, lane: 0, shape: pw.output, role: "output", stage: 3 },
  ];
  const edges: DiagramEdge[] = [
    {
      id: "e-std",
      from: "in",
      to: "std",
      op: "conv",
      label: `${k} conv`,
      sublabel: `${n} filters × ${m} ch`,
      style: "flow",
      route: "alternative",
      stage: 1,
    },
    {
      id: "e-dw",
      from: "in",
      to: "dw",
      op: "depthwise",
      label: `dw ${k}`,
      sublabel: `s${spec.stride} · ${act}`,
      style: "flow",
      stage: 2,
    },
    {
      id: "e-pw",
      from: "dw",
      to: "out",
      op: "pointwise",
      label: "1×1",
      sublabel: `${n} filters · ${act}`,
      style: "flow",
      stage: 3,
    },
  ];
  const drafts: StageDraft[] = [
    inputStage(
      block.input,
      `A ${tensorOf("in", block.input).label} tensor enters: M = ${m} channels, each ${block.input.h}×${block.input.w} pixels.`,
    ),
    {
      id: "standard",
      title: `standard ${k} (for comparison)`,
      caption: `A standard ${k} convolution would use N = ${n} filters, each spanning all M = ${m} channels, to make ${tensorOf("std", block.output).label} in one step.`,
      op: "conv",
      motion: "mix",
      tensors: [tensorOf("in", block.input), tensorOf("std", block.output)],
      focus: ["e-std", "std"],
      layers: [],
    },
    {
      id: "depthwise",
      title: `depthwise ${k}`,
      caption: `Depthwise: one ${k} filter per channel slides over its own channel only${strideClause(dw)}, so ${m} small filters and no mixing between channels (then BN and ${act}).`,
      op: "depthwise",
      motion: "slide",
      ...layerStep(dw, "in", "dw", "e-dw"),
    },
    {
      id: "pointwise",
      title: "pointwise 1×1",
      caption: `Pointwise: ${n} filters of size 1×1×${m} mix all channels at every pixel, giving ${tensorOf("out", pw.output).label} (then BN and ${act}).`,
      op: "pointwise",
      motion: "mix",
      ...layerStep(pw, "dw", "out", "e-pw"),
    },
    {
      id: "compare",
      title: "separable vs standard",
      caption: `Same output shape for ${ratio.toFixed(1)}× fewer multiply-adds than the standard conv, as V1's ratio 1/N + 1/k² = ${identity.toFixed(3)} predicts.`,
      op: null,
      motion: "none",
      tensors: [tensorOf("out", pw.output), tensorOf("std", block.output)],
      focus: ["out", "std"],
      layers: [],
    },
  ];
  return { stages: accumulateStages(block, drafts), diagram: { nodes, edges }, standard };
}
