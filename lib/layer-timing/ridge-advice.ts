/**
 * The lesson's reading of a measured ridge point: where it sits beside the chips of MobileNetV4's
 * Tab. 16 (values from shared/reference/mobilenet-facts.md), and which of a network's layer kinds
 * fall on the memory side of it, with each kind's typical intensity computed from the cost engine's
 * exact shapes using the same fp32 bytes formula as the timing table.
 */
import type { OpKind, ResolvedNetwork } from "@/lib/arch/types";
import { quantile } from "@/lib/stats/spread";
import { BYTES_PER_FLOAT } from "./layer-bytes";

/** MobileNetV4 paper, Tab. 16: measured ridge points, MACs per byte. */
export const PAPER_RIDGE_POINTS: readonly { readonly chip: string; readonly ridge: number }[] = [
  { chip: "Pixel 6 CPU", ridge: 31.2 },
  { chip: "Samsung S23 CPU", ridge: 39.7 },
  { chip: "Pixel 4 DSP", ridge: 347.3 },
  { chip: "Pixel 8 EdgeTPU", ridge: 433.8 },
];

/** One engine layer's intensity: MACs ÷ 4 × (params + input + output elements). */
export function engineIntensity(l: ResolvedNetwork["layers"][number]): number {
  const elements = (s: { h: number; w: number; c: number }) => s.h * s.w * s.c;
  return l.macs / (BYTES_PER_FLOAT * (l.params + elements(l.input) + elements(l.output)));
}

/** Median intensity per layer kind of a network (kinds it has only). */
export function medianIntensityByKind(
  net: ResolvedNetwork,
): { readonly kind: OpKind; readonly intensity: number }[] {
  const kinds = [...new Set(net.layers.map((l) => l.op))];
  return kinds.map((kind) => ({
    kind,
    intensity: quantile(net.layers.filter((l) => l.op === kind).map(engineIntensity), 0.5),
  }));
}

/** Which kinds of layer wait on memory (intensity below the ridge) on a device. */
export function memoryBoundKinds(
  kinds: readonly { readonly kind: OpKind; readonly intensity: number }[],
  ridge: number,
): OpKind[] {
  return kinds.filter((k) => k.intensity < ridge).map((k) => k.kind);
}

export type RidgeRegime = "compute" | "split" | "memory";

/**
 * Where a ridge point falls against V2's layers (the lesson's reference network): below every
 * kind's typical intensity (MACs predict time), between depthwise and 1×1 (depthwise waits on
 * memory), or above the 1×1 layers too (bytes, not MACs, predict time). The classifier (one FC
 * layer, ~0.25 MACs per byte) is left out: it is memory bound nearly everywhere and small.
 */
export function ridgeRegime(
  kinds: readonly { readonly kind: OpKind; readonly intensity: number }[],
  ridge: number,
): RidgeRegime {
  const at = (k: OpKind) => kinds.find((x) => x.kind === k)?.intensity ?? NaN;
  if (ridge <= at("depthwise")) return "compute";
  if (ridge <= at("pointwise")) return "split";
  return "memory";
}
