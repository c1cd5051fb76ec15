/**
 * The real tensors of one block for the block pages' "with your photo" mode: a few channels of each
 * layer's activated output from one exposed-outputs run of the inside worker, keyed by the engine's
 * layer path ("input" for the block's input, the previous layer's output).
 */
import type { ResolvedBlock, TensorShape } from "@/lib/arch/types";
import type { BlockAnimation, Stage, StageTensor } from "./types";

/** Channels shown per tensor: enough to see that they differ, small enough for a phone. */
export const THUMB_CHANNELS = 4;

export interface RealTensor {
  /** The first THUMB_CHANNELS planes (NCHW order), h × w each. */
  readonly planes: Float32Array;
  readonly h: number;
  readonly w: number;
  readonly channels: number;
  /** The layer's full value range, so thumbnails share the /inside page's scale. */
  readonly lo: number;
  readonly hi: number;
}

export type RealTensors = ReadonlyMap<string, RealTensor>;

export const INPUT_KEY = "input";

const same = (a: TensorShape, b: TensorShape) => a.h === b.h && a.w === b.w && a.c === b.c;

/**
 * The real tensor a diagram box stands for: the output of a layer of the stage whose edge draws the
 * box (two boxes of one shape, like V2's expanded and filtered, stay apart), or the block's input for
 * a box no edge draws. Sums and SE products come from stages without a layer: none, no guessing.
 */
export function realTensorFor(
  animation: BlockAnimation,
  stage: Stage,
  tensor: StageTensor,
  block: ResolvedBlock,
  real: RealTensors,
): RealTensor | null {
  // On the residual stage the skip's target box is the sum, which the graph does not expose.
  const summed = animation.diagram.edges.some((e) => e.to === tensor.id && e.style === "skip");
  if (summed && stage.motion === "add") return null;
  const edge = animation.diagram.edges.find((e) => e.to === tensor.id && e.style === "flow");
  if (!edge) {
    const first = block.layers[0];
    return first && same(first.input, tensor.shape) ? (real.get(INPUT_KEY) ?? null) : null;
  }
  const layers = animation.stages[edge.stage]?.layers ?? [];
  const own = [...layers].reverse().find((l) => same(l.output, tensor.shape));
  return own ? (real.get(own.path) ?? null) : null;
}
