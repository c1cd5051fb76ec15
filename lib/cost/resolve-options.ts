import type { ModelId } from "../arch/types";
import { CostInputError } from "./cost-input-error";

/** What a caller may ask for; every field has a default. */
export interface ResolveOptions {
  /** Width multiplier α; default 1. */
  readonly alpha?: number;
  /** Square input size in pixels; default: the model's published resolution. */
  readonly resolution?: number;
  /** V3-Small only: width of the last (NBN) conv, 1024 (final paper, default) or 1280 (earlier arXiv versions). */
  readonly v3SmallHead?: 1024 | 1280;
}

/** Validated options with defaults filled in. */
export interface CheckedOptions {
  readonly alpha: number;
  readonly resolution: number;
  readonly v3SmallHead: 1024 | 1280;
}

/**
 * Bounds. α ∈ (0, 4]: the papers sweep 0.25–1.4; 4 leaves room for exploration while keeping
 * every count far below 2^53. Resolution ∈ [32, 1024] integer px: 32 is the total stride of every
 * MobileNet (so the last map is still ≥ 1×1), 1024 is beyond any published setting (max 384 for V4-L).
 */
export const ALPHA_MAX = 4;
export const RESOLUTION_MIN = 32;
export const RESOLUTION_MAX = 1024;

function checkAlpha(alpha: number): number {
  if (typeof alpha !== "number" || !Number.isFinite(alpha) || alpha <= 0 || alpha > ALPHA_MAX) {
    throw new CostInputError(
      "invalid-alpha",
      `Width multiplier α must be a number in (0, ${ALPHA_MAX}], got ${String(alpha)}.`,
    );
  }
  return alpha;
}

function checkResolution(resolution: number): number {
  if (
    typeof resolution !== "number" ||
    !Number.isInteger(resolution) ||
    resolution < RESOLUTION_MIN ||
    resolution > RESOLUTION_MAX
  ) {
    throw new CostInputError(
      "invalid-resolution",
      `Resolution must be an integer number of pixels in [${RESOLUTION_MIN}, ${RESOLUTION_MAX}], got ${String(resolution)}.`,
    );
  }
  return resolution;
}

function checkSmallHead(model: ModelId, head: number | undefined): 1024 | 1280 {
  if (head === undefined) return 1024;
  if (head !== 1024 && head !== 1280) {
    throw new CostInputError(
      "invalid-option",
      `v3SmallHead must be 1024 or 1280, got ${String(head)}.`,
    );
  }
  if (model !== "v3-small") {
    throw new CostInputError(
      "invalid-option",
      `v3SmallHead only applies to v3-small, not ${model}.`,
    );
  }
  return head;
}

/** Fills defaults and rejects out-of-range values with a CostInputError (never lets NaN through). */
export function checkOptions(
  model: ModelId,
  defaultResolution: number,
  opts: ResolveOptions = {},
): CheckedOptions {
  return {
    alpha: checkAlpha(opts.alpha ?? 1),
    resolution: checkResolution(opts.resolution ?? defaultResolution),
    v3SmallHead: checkSmallHead(model, opts.v3SmallHead),
  };
}
