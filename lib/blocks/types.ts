/**
 * What an animated block is made of: a diagram (tensors as boxes, ops as edges) and an ordered list of
 * stages, each completing some of the block's costed layers. Built from one ResolvedBlock of the cost
 * engine, so every shape and count on screen is the engine's.
 */
import type { LayerCost, OpKind, TensorShape } from "@/lib/arch/types";

/** The kind of motion the player draws for a stage (React draws the frame, d3 only the motion). */
export type StageMotion =
  | "enter" // the input appears
  | "slide" // k×k filters sliding over their own channel (depthwise)
  | "mix" // 1×1 filters mixing all channels at each pixel (pointwise, full conv)
  | "squeeze" // global pooling to 1×1×C
  | "fc" // a small fully connected layer on a vector
  | "scale" // channel-wise multiplication by SE gates
  | "add" // residual addition
  | "attend" // attention: queries against the shared key/value
  | "none";

/** A tensor that is active during a stage, labelled `H×W×C` from the engine's shapes. */
export interface StageTensor {
  readonly id: string;
  readonly shape: TensorShape;
  readonly label: string;
}

/** One step of an animation. `macs`/`params` are cumulative up to and including this stage. */
export interface Stage {
  readonly id: string;
  /** Short name for the scrubber and the stage list, e.g. "depthwise 3×3". */
  readonly title: string;
  /** Exactly one sentence explaining what happens. */
  readonly caption: string;
  /** The operation whose colour marks this stage (null: no op, e.g. the input or a skipped step). */
  readonly op: OpKind | null;
  readonly motion: StageMotion;
  /** Tensors in play (inputs and outputs of this stage). */
  readonly tensors: readonly StageTensor[];
  /** Diagram node and edge ids to highlight. */
  readonly focus: readonly string[];
  /** Engine layers completed in this stage (possibly none). */
  readonly layers: readonly LayerCost[];
  readonly stageMacs: number;
  readonly stageParams: number;
  readonly macs: number;
  readonly params: number;
}

/** A tensor box in the diagram; `stage` is the first stage at which it is visible. */
export interface DiagramTensor {
  readonly kind: "tensor";
  readonly id: string;
  readonly column: number;
  /** Perpendicular offset from the main line: −1 above/left, 0 main, 1 below/right. */
  readonly lane: number;
  readonly shape: TensorShape;
  /** Role under the shape label, e.g. "input", "expanded". */
  readonly role: string;
  /** Override of the `H×W×C` label for non-image tensors (attention scores). */
  readonly label?: string;
  readonly stage: number;
}

/** A placeholder for an optional op that this block does not have (UIB's absent depthwise convs). */
export interface DiagramGhost {
  readonly kind: "ghost";
  readonly id: string;
  readonly column: number;
  readonly lane: number;
  readonly label: string;
  readonly stage: number;
}

export type DiagramNode = DiagramTensor | DiagramGhost;

/** An operation drawn as an arrow between two nodes, with a chip naming it. */
export interface DiagramEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly op: OpKind | null;
  readonly label: string;
  readonly sublabel?: string;
  /** flow: main data path; skip: residual arc; absent: a residual that is not there (dashed). */
  readonly style: "flow" | "skip" | "absent";
  /**
   * "alternative": an op that replaces the main path rather than following it (V1's standard conv).
   * It leaves its source sideways, runs along the target's own lane and never crosses the main path.
   */
  readonly route?: "alternative";
  readonly stage: number;
}

export interface BlockDiagram {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

/** What the same job would cost with one standard convolution (V1's teaching point). */
export interface StandardCounterpart {
  readonly label: string;
  readonly macs: number;
  readonly params: number;
}

export interface BlockAnimation {
  readonly stages: readonly Stage[];
  readonly diagram: BlockDiagram;
  readonly standard: StandardCounterpart | null;
}
