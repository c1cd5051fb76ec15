/**
 * A real layer for each of the universal inverted bottleneck's four shapes, so /blocks/v4-uib can
 * show all of them. Prefers the model on screen; a shape that model lacks (Conv-S has no FFN, Conv-M
 * no IB) comes from the first MobileNetV4 that has it.
 */
import { MODEL_IDS, MODEL_SPECS } from "@/lib/arch/models";
import type { ModelId } from "@/lib/arch/types";
import { qualifyingBlocks } from "./catalog";
import type { UibVariant } from "./uib-variant";
import { uibVariant } from "./uib-variant";

/** The order V4 §3.2 introduces them in. */
export const UIB_VARIANTS: readonly UibVariant[] = ["IB", "ConvNext-like", "ExtraDW", "FFN"];

/** Which optional depthwise convs each shape has, for the toggle's second line. */
export const UIB_VARIANT_HINTS: Readonly<Record<UibVariant, string>> = {
  IB: "middle dw only",
  "ConvNext-like": "start dw only",
  ExtraDW: "start and middle dw",
  FFN: "no dw: two 1×1s",
};

export interface UibExample {
  readonly model: ModelId;
  readonly block: number;
}

/** The variant of block `block` of `model`, or null when it is not a UIB. */
export function uibVariantOf(model: ModelId, block: number): UibVariant | null {
  const spec = MODEL_SPECS[model].blocks[block];
  return spec?.kind === "uib" ? uibVariant(spec) : null;
}

function blocksOf(model: ModelId, variant: UibVariant): number[] {
  return qualifyingBlocks("v4-uib", model).filter((i) => uibVariantOf(model, i) === variant);
}

/** A stride-1 block if there is one (its residual is drawn), else the first. */
function pick(model: ModelId, blocks: readonly number[]): number | undefined {
  const specs = MODEL_SPECS[model].blocks;
  return (
    blocks.find((i) => {
      const s = specs[i];
      return s?.kind === "uib" && s.stride === 1;
    }) ?? blocks[0]
  );
}

/** A block of this shape: in `prefer` when it has one, else in the first V4 model that does. */
export function uibExample(variant: UibVariant, prefer: ModelId): UibExample | null {
  const models = [prefer, ...MODEL_IDS.filter((m) => m !== prefer)];
  for (const model of models) {
    const block = pick(model, blocksOf(model, variant));
    if (block !== undefined) return { model, block };
  }
  return null;
}
