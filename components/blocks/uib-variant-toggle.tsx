"use client";

import { MODEL_TITLES } from "@/lib/arch/models";
import type { ModelId } from "@/lib/arch/types";
import {
  UIB_VARIANTS,
  UIB_VARIANT_HINTS,
  uibExample,
  uibVariantOf,
} from "@/lib/blocks/uib-examples";

/**
 * "One block, four shapes": one button per UIB shape, each opening a real layer of a V4 model that
 * has it (the model on screen when it does). The pressed button is the shape of the block on screen.
 */
export function UibVariantToggle({
  model,
  block,
  onPick,
}: {
  readonly model: ModelId;
  readonly block: number;
  readonly onPick: (model: ModelId, block: number) => void;
}) {
  const current = uibVariantOf(model, block);
  return (
    <div role="group" aria-label="UIB shape" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {UIB_VARIANTS.map((variant) => {
        const ex = uibExample(variant, model);
        if (!ex) return null;
        const pressed = variant === current;
        const where = `${MODEL_TITLES[ex.model].replace("MobileNet", "")} block ${ex.block}`;
        return (
          <button
            key={variant}
            type="button"
            aria-pressed={pressed}
            data-testid={`uib-${variant}`}
            onClick={() => onPick(ex.model, ex.block)}
            className={`rounded-md border px-2 py-1.5 text-left text-sm ${
              pressed
                ? "border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900"
                : "border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            }`}
          >
            <span className="block font-semibold">{variant}</span>
            <span className="block text-xs opacity-80">{UIB_VARIANT_HINTS[variant]}</span>
            <span className="block text-xs opacity-80">{pressed ? "on screen" : where}</span>
          </button>
        );
      })}
    </div>
  );
}
