"use client";

import { useId } from "react";
import { ModelOptions } from "@/components/ui/model-options";
import type { ModelId } from "@/lib/arch/types";
import { LabeledSlider } from "@/components/ui/labeled-slider";
import { ExactNumberInput } from "./exact-number-input";

/** Slider ranges. The exact inputs accept the engine's full range (α ∈ (0, 4], 32–1024 px). */
export const ALPHA_SLIDER = { min: 0.1, max: 2, step: 0.05 } as const;
/** 96–384 so every model's published resolution (V4-L: 384) has a slider position. */
export const RES_SLIDER = { min: 96, max: 384, step: 1 } as const;

export interface ExplorerControlsProps {
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
  /** Live value text for the sliders, e.g. "α 0.5: 149 M MACs (multiply-adds), 1.3 M params". */
  readonly costText: string;
  readonly onModel: (model: ModelId) => void;
  readonly onAlpha: (alpha: number) => void;
  readonly onResolution: (resolution: number) => void;
  readonly validateAlpha: (alpha: number) => string | null;
  readonly validateResolution: (resolution: number) => string | null;
}

export function ExplorerControls(props: ExplorerControlsProps) {
  const modelId = useId();
  const { alpha, resolution } = props;
  return (
    <div className="grid gap-5 md:grid-cols-3">
      <div>
        <label htmlFor={modelId} className="text-sm font-medium text-slate-700 dark:text-slate-300">
          Model
        </label>
        <select
          id={modelId}
          value={props.model}
          onChange={(e) => props.onModel(e.currentTarget.value as ModelId)}
          data-testid="model-select"
          className="mt-2 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
        >
          <ModelOptions />
        </select>
      </div>
      <div className="flex items-end gap-3">
        <LabeledSlider
          className="flex-1"
          label="Width multiplier α"
          value={Math.min(Math.max(alpha, ALPHA_SLIDER.min), ALPHA_SLIDER.max)}
          {...ALPHA_SLIDER}
          format={() => alpha.toFixed(2)}
          valueText={`α ${alpha}: ${props.costText}`}
          onChange={(v) => props.onAlpha(Math.round(v * 100) / 100)}
        />
        <ExactNumberInput
          label="Width multiplier α, exact value"
          value={alpha}
          step="any"
          validate={props.validateAlpha}
          onCommit={props.onAlpha}
          testId="alpha-input"
        />
      </div>
      <div className="flex items-end gap-3">
        <LabeledSlider
          className="flex-1"
          label="Input resolution (px)"
          value={Math.min(Math.max(resolution, RES_SLIDER.min), RES_SLIDER.max)}
          {...RES_SLIDER}
          format={() => `${resolution}×${resolution}`}
          valueText={`${resolution} pixels: ${props.costText}`}
          onChange={props.onResolution}
        />
        <ExactNumberInput
          label="Input resolution in pixels, exact value"
          value={resolution}
          step={1}
          validate={props.validateResolution}
          onCommit={props.onResolution}
          testId="res-input"
        />
      </div>
    </div>
  );
}
