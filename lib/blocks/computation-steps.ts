/**
 * The arithmetic inside one depthwise or pointwise layer, as steps a learner can walk through: a k×k
 * window sliding over ONE channel (depthwise), or a weighted sum ACROSS every channel at one pixel
 * (pointwise), with the multiply-adds counted as they happen. A small patch stands for the whole
 * map; the last line scales the count up to the engine's number for the real layer.
 */
import type { LayerCost } from "@/lib/arch/types";

/** Output positions per side of the toy patch a depthwise window walks over. */
export const TOY_OUTPUT_SIDE = 4;
/** Channels drawn one by one in the pointwise sum; the rest are summed in the last step. */
export const TOY_CHANNELS = 8;

export interface DepthwisePlan {
  readonly kind: "depthwise";
  readonly kernel: number;
  readonly stride: number;
  /** Input patch side: (O − 1)·s + k, so the window visits O×O positions without padding. */
  readonly patch: number;
  readonly outSide: number;
  readonly steps: number;
  /** Multiply-adds per window: k² (one channel, no mixing). */
  readonly perStep: number;
  readonly layer: LayerCost;
}

export interface PointwisePlan {
  readonly kind: "pointwise";
  readonly inChannels: number;
  /** Channels drawn individually (the last step adds all the others). */
  readonly shown: number;
  readonly steps: number;
  readonly layer: LayerCost;
}

export type ComputationPlan = DepthwisePlan | PointwisePlan;

/** The plan for a layer, or null for ops this view does not draw. */
export function computationPlan(layer: LayerCost): ComputationPlan | null {
  if (layer.op === "depthwise") {
    const outSide = TOY_OUTPUT_SIDE;
    return {
      kind: "depthwise",
      kernel: layer.kernel,
      stride: layer.stride,
      patch: (outSide - 1) * layer.stride + layer.kernel,
      outSide,
      steps: outSide * outSide,
      perStep: layer.kernel * layer.kernel,
      layer,
    };
  }
  if (layer.op === "pointwise") {
    const shown = Math.min(TOY_CHANNELS, layer.input.c);
    return { kind: "pointwise", inChannels: layer.input.c, shown, steps: shown, layer };
  }
  return null;
}

/** Where a depthwise window is at step t: output cell (row, col) and its input patch's top-left. */
export function windowAt(plan: DepthwisePlan, t: number) {
  const i = clampStep(plan, t);
  const row = Math.floor(i / plan.outSide);
  const col = i % plan.outSide;
  return { row, col, top: row * plan.stride, left: col * plan.stride };
}

/** Multiply-adds done after step t (0-based, inclusive) in the toy: windows × k², or channels summed. */
export function macsAfter(plan: ComputationPlan, t: number): number {
  const i = clampStep(plan, t);
  if (plan.kind === "depthwise") return (i + 1) * plan.perStep;
  return i === plan.steps - 1 ? plan.inChannels : i + 1;
}

/**
 * The real layer's count as the product the toy repeats, e.g. "112·112 positions × 32 channels × 9",
 * whose value is exactly the engine's MACs for the layer.
 */
export function wholeLayer(plan: ComputationPlan): {
  readonly factors: string;
  readonly macs: number;
} {
  const { output: o } = plan.layer;
  if (plan.kind === "depthwise") {
    return {
      factors: `${o.h}×${o.w} positions × ${o.c} channels × ${plan.perStep}`,
      macs: o.h * o.w * o.c * plan.perStep,
    };
  }
  return {
    factors: `${o.h}×${o.w} pixels × ${o.c} filters × ${plan.inChannels}`,
    macs: o.h * o.w * o.c * plan.inChannels,
  };
}

function clampStep(plan: ComputationPlan, t: number): number {
  return Math.max(0, Math.min(plan.steps - 1, Math.floor(t)));
}
