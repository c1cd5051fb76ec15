import type { MobileNetVersion } from "../arch/types";

/** Channel counts of V2–V4 are multiples of this (TF `make_divisible(·, 8)`). */
export const CHANNEL_DIVISOR = 8;

/**
 * TF `make_divisible` (official/vision/modeling/layers/nn_layers.py; slim `_make_divisible`):
 * round to the nearest multiple of `divisor`, at least `minValue`, and never below 90 % of `value`.
 */
export function makeDivisible(
  value: number,
  divisor = CHANNEL_DIVISOR,
  minValue = divisor,
): number {
  const rounded = Math.max(minValue, Math.floor((value + divisor / 2) / divisor) * divisor);
  // "Make sure that round down does not go down by more than 10%."
  return rounded < 0.9 * value ? rounded + divisor : rounded;
}

/** V1 (TF-slim `depth`): `max(int(c·α), 8)`; "divisible is not used in MobileNetV1". */
export function scaleV1Channels(channels: number, alpha: number): number {
  return Math.max(Math.floor(channels * alpha), 8);
}

/** Width of an ordinary layer at α, with the rounding rule of the given MobileNet version. */
export function scaleChannels(version: MobileNetVersion, channels: number, alpha: number): number {
  return version === 1 ? scaleV1Channels(channels, alpha) : makeDivisible(channels * alpha);
}

/**
 * Width of the very last conv (V2+: 1280, or V3-Small's 1024): kept for α < 1 (V2 §5.1,
 * TF `finegrain_classification_mode`), scaled for α > 1 (1.4 → 1792).
 */
export function scaleLastConv(version: MobileNetVersion, channels: number, alpha: number): number {
  if (version === 1 || alpha > 1) return scaleChannels(version, channels, alpha);
  return channels;
}

/** Expansion width from an already-scaled input and a ratio (TF: make_divisible(c_in · t, 8)). */
export function expandChannels(inChannels: number, ratio: number): number {
  return makeDivisible(inChannels * ratio);
}
