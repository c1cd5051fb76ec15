/** Shared pieces of the per-kind stage builders: labels, layer lookup, and the running cost counter. */
import type { Activation, LayerCost, ResolvedBlock, TensorShape } from "@/lib/arch/types";
import type { Stage, StageTensor } from "./types";

/** A stage before its cumulative counters are filled in. */
export type StageDraft = Omit<Stage, "stageMacs" | "stageParams" | "macs" | "params">;

/** `H×W×C`, the one way tensors are labelled. */
export function shapeLabel(shape: TensorShape): string {
  return `${shape.h}×${shape.w}×${shape.c}`;
}

/** A stage tensor labelled from its shape. */
export function tensorOf(id: string, shape: TensorShape): StageTensor {
  return { id, shape, label: shapeLabel(shape) };
}

/** Every block's first stage: its input tensor (`in`) enters, nothing is computed yet. */
export function inputStage(input: TensorShape, caption: string): StageDraft {
  return {
    id: "input",
    title: "input",
    caption,
    op: null,
    motion: "enter",
    tensors: [tensorOf("in", input)],
    focus: ["in"],
    layers: [],
  };
}

/** What a stage running one layer shows: tensor `from` goes in, `to` comes out along the edge `edge`. */
export function layerStep(
  layer: LayerCost,
  from: string,
  to: string,
  edge: string,
): Pick<StageDraft, "tensors" | "focus" | "layers"> {
  return {
    tensors: [tensorOf(from, layer.input), tensorOf(to, layer.output)],
    focus: [edge, to],
    layers: [layer],
  };
}

const ACTIVATION_NAMES: Readonly<Record<Activation, string>> = {
  relu: "ReLU",
  relu6: "ReLU6",
  hswish: "h-swish",
  gelu: "GELU",
  linear: "no activation",
};

/** Human name of an activation ("h-swish"). */
export function activationName(act: Activation): string {
  return ACTIVATION_NAMES[act];
}

/** "k×k". */
export function kernelLabel(k: number): string {
  return `${k}×${k}`;
}

/** The layer at path `<block name>/<suffix>` (e.g. "block5/se/expand"), or undefined. */
export function findLayer(block: ResolvedBlock, suffix: string): LayerCost | undefined {
  return block.layers.find((l) => l.path === `${block.name}/${suffix}`);
}

/** Like findLayer, but a missing layer means the engine and this module disagree: fail loudly. */
export function requireLayer(block: ResolvedBlock, suffix: string): LayerCost {
  const layer = findLayer(block, suffix);
  if (!layer) throw new Error(`${block.name}: expected a layer "${block.name}/${suffix}"`);
  return layer;
}

/**
 * Fills in per-stage and cumulative MACs/params. Every layer of the block must be completed by exactly
 * one stage, so the last stage's counters are the block's totals (totals are sums of rows).
 */
export function accumulateStages(block: ResolvedBlock, drafts: readonly StageDraft[]): Stage[] {
  const used = drafts.flatMap((d) => d.layers);
  const missing = block.layers.filter((l) => !used.includes(l));
  if (missing.length > 0 || used.length !== block.layers.length) {
    throw new Error(
      `${block.name}: stages must complete each layer once (missing: ${missing.map((l) => l.path).join(", ") || "none"})`,
    );
  }
  let macs = 0;
  let params = 0;
  return drafts.map((d) => {
    const stageMacs = d.layers.reduce((s, l) => s + l.macs, 0);
    const stageParams = d.layers.reduce((s, l) => s + l.params, 0);
    macs += stageMacs;
    params += stageParams;
    return { ...d, stageMacs, stageParams, macs, params };
  });
}

/** " with stride 2, halving H and W to 28×28" when the layer downsamples, else "". */
export function strideClause(layer: LayerCost): string {
  if (layer.stride === 1) return "";
  return ` with stride ${layer.stride}, shrinking H×W from ${layer.input.h}×${layer.input.w} to ${layer.output.h}×${layer.output.w}`;
}

/** The caption of a block's residual stage: why the input is, or is not, added back. */
export function residualCaption(block: ResolvedBlock, stride: number): string {
  const { input, output } = block;
  if (block.residual) {
    return `Stride 1 and ${input.c} = ${output.c} channels, so the input is added back to the output: a residual connection between the narrow ends.`;
  }
  if (stride !== 1) {
    return `No residual here: stride ${stride} shrinks ${input.h}×${input.w} to ${output.h}×${output.w}, so the input cannot be added to the output.`;
  }
  return `No residual here: the width changes from ${input.c} to ${output.c} channels, so the input cannot be added to the output.`;
}
