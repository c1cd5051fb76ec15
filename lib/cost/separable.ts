import { CostInputError } from "./cost-input-error";

/** One layer to compare, V1 §3.1 notation: D_K kernel, M = inChannels, N = outChannels, D_F feature size. */
export interface SeparableInput {
  readonly kernel: number;
  readonly inChannels: number;
  readonly outChannels: number;
  /** Input feature map side D_F (square). */
  readonly featureSize: number;
  /** Default 1. With stride s the output side is ceil(D_F / s) ("SAME"), and every MAC count uses it. */
  readonly stride?: number;
}

export interface ParamsMacs {
  readonly params: number;
  readonly macs: number;
}

export interface SeparableComparison {
  /** Output side ceil(D_F / stride). */
  readonly outputSize: number;
  /** V1 Eq. 2: D_K²·M·N weights, D_K²·M·N·D_F² MACs. */
  readonly standard: ParamsMacs;
  /** V1 Eq. 4 (Eq. 3 defines the depthwise conv itself): D_K²·M weights, D_K²·M·D_F² MACs. */
  readonly depthwise: ParamsMacs;
  /** M·N weights, M·N·D_F² MACs. */
  readonly pointwise: ParamsMacs;
  /** V1 Eq. 5: depthwise + pointwise. */
  readonly separable: ParamsMacs;
  /** separable.macs / standard.macs (equals separable.params / standard.params). */
  readonly ratio: number;
  /** V1 §3.1's (unnumbered) closed form 1/N + 1/D_K²: equal to `ratio` exactly, with or without stride. */
  readonly closedForm: number;
}

function checkPositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new CostInputError(
      "invalid-layer",
      `${name} must be a positive integer, got ${String(value)}.`,
    );
  }
}

/**
 * Standard vs depthwise separable cost of one layer (MobileNetV1 §3.1, Table 3). Weights only, no bias or BN,
 * as in Table 3 (2.36 M params for the 3×3, 512→512 layer).
 */
export function compareSeparable(input: SeparableInput): SeparableComparison {
  const { kernel: k, inChannels: m, outChannels: n, featureSize, stride = 1 } = input;
  checkPositiveInteger("kernel", k);
  checkPositiveInteger("inChannels", m);
  checkPositiveInteger("outChannels", n);
  checkPositiveInteger("featureSize", featureSize);
  checkPositiveInteger("stride", stride);
  const outputSize = Math.ceil(featureSize / stride);
  const positions = outputSize * outputSize;
  const standard = { params: k * k * m * n, macs: k * k * m * n * positions };
  const depthwise = { params: k * k * m, macs: k * k * m * positions };
  const pointwise = { params: m * n, macs: m * n * positions };
  const separable = {
    params: depthwise.params + pointwise.params,
    macs: depthwise.macs + pointwise.macs,
  };
  return {
    outputSize,
    standard,
    depthwise,
    pointwise,
    separable,
    ratio: separable.macs / standard.macs,
    closedForm: 1 / n + 1 / (k * k),
  };
}
