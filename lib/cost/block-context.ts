import type { BlockSpec, LayerCost, MobileNetVersion, TensorShape } from "../arch/types";

/** Everything a block resolver needs to know about where the block sits. */
export interface BlockContext {
  readonly version: MobileNetVersion;
  readonly alpha: number;
  readonly index: number;
  /** Block name, the prefix of every layer path ("block5", "stem", "head"…). */
  readonly name: string;
  readonly input: TensorShape;
  /** Input channels at α = 1, to re-derive expansion ratios (exp / c_in) of V2/V3 tables. */
  readonly inAtOne: number;
  /** After global pooling a 1×1 conv is a fully connected layer (op "fc"). */
  readonly pooled: boolean;
  /** The network's very last conv keeps its width for α < 1 (V2+). */
  readonly isLastConv: boolean;
}

/** A resolved block before totals are attached. */
export interface BlockResult {
  readonly spec: BlockSpec;
  readonly layers: readonly LayerCost[];
  readonly output: TensorShape;
  readonly residual: boolean;
}

/** Output shape of a block = output of its last layer (or its input when it has none). */
export function lastOutput(input: TensorShape, layers: readonly LayerCost[]): TensorShape {
  return layers.at(-1)?.output ?? input;
}

/** Residual add rule of V2 (Table 1 text), V3 and V4 (TF `use_residual`): stride 1 and C_in = C_out. */
export function hasResidual(input: TensorShape, output: TensorShape, stride: number): boolean {
  return stride === 1 && input.c === output.c;
}
