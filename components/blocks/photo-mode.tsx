"use client";

import Link from "next/link";
import { ImagePicker } from "@/components/classify/image-picker";
import { SampleGallery } from "@/components/classify/sample-gallery";
import { useSamplePick } from "@/components/hooks/use-sample-pick";
import { CheckboxLabel } from "@/components/ui/checkbox-label";
import { MODEL_TITLES, isModelId } from "@/lib/arch/models";
import type { ModelId } from "@/lib/arch/types";
import type { BlockPageState } from "@/lib/blocks/block-state";
import { defaultBlockState } from "@/lib/blocks/block-state";
import type { BlockKindSlug } from "@/lib/blocks/catalog";
import { qualifyingBlocks } from "@/lib/blocks/catalog";
import type { SamplePhoto } from "@/lib/inference/installed-assets";
import { findModel } from "@/lib/inference/model-catalog";
import type { BlockPhotoState } from "./use-block-photo";

export interface RealModelChoice {
  readonly id: string;
  readonly state: BlockPageState;
  readonly text: string;
}

/** The installed real models that have this kind of block, as block-page settings. */
export function realChoices(
  kind: BlockKindSlug,
  installed: readonly string[],
  current: BlockPageState,
): RealModelChoice[] {
  return installed.flatMap((id) => {
    const e = findModel(id)?.engine;
    if (!e || !isModelId(e.model)) return [];
    const model: ModelId = e.model;
    const blocks = qualifyingBlocks(kind, model);
    if (blocks.length === 0) return [];
    const block =
      model === current.model && blocks.includes(current.block)
        ? current.block
        : defaultBlockState(kind, model).block;
    return [
      {
        id,
        state: { model, block, alpha: e.alpha, resolution: e.resolution },
        text: `${MODEL_TITLES[model]}, α = ${e.alpha}, ${e.resolution}×${e.resolution} px`,
      },
    ];
  });
}

/**
 * The "with your photo" toggle: a photo (file, drop, paste, webcam or a sample, as on /classify)
 * through the real model, or which settings have real weights.
 */
export function PhotoMode({
  on,
  onToggle,
  match,
  choices,
  hrefFor,
  samples,
  onPhoto,
  photo,
}: {
  readonly on: boolean;
  readonly onToggle: (on: boolean) => void;
  readonly match: RealModelChoice | null;
  readonly choices: readonly RealModelChoice[];
  readonly hrefFor: (s: BlockPageState) => string;
  readonly samples: readonly SamplePhoto[];
  readonly onPhoto: (blob: Blob) => void;
  readonly photo: BlockPhotoState;
}) {
  const sample = useSamplePick(onPhoto);
  return (
    <section
      aria-label="With your photo"
      data-testid="photo-mode"
      className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <CheckboxLabel
        checked={on}
        onChange={onToggle}
        className="flex items-center gap-2 text-sm font-medium"
        inputClassName="h-4 w-4"
      >
        With your photo: real activations of this block in the tensor list
      </CheckboxLabel>
      {on && !match && (
        <p
          className="mt-2 text-sm text-slate-700 dark:text-slate-300"
          data-testid="photo-mode-hint"
        >
          {choices.length === 0
            ? "No installed real model has this kind of block, so there are no real activations to show."
            : "Real weights exist only for these settings: "}
          {choices.map((c, i) => (
            <span key={c.id}>
              {i > 0 && "; "}
              <Link
                href={hrefFor(c.state)}
                scroll={false}
                className="text-blue-700 underline dark:text-blue-300"
              >
                {c.text}
              </Link>
            </span>
          ))}
          {choices.length > 0 && "."}
        </p>
      )}
      {on && match && (
        <div className="mt-3 space-y-2">
          <ImagePicker
            onImage={(blob) => {
              sample.clearError();
              onPhoto(blob);
            }}
            disabled={photo.status === "running"}
          />
          <SampleGallery
            samples={samples}
            onPick={(s) => void sample.pick(s)}
            disabled={photo.status === "running"}
          />
          <p
            role="status"
            className="text-sm text-slate-700 dark:text-slate-300"
            data-testid="photo-mode-status"
            data-worker={photo.status === "done" ? photo.worker : undefined}
            data-run-number={photo.status === "done" ? photo.runNumber : undefined}
            data-layers={photo.status === "done" ? photo.layers : undefined}
          >
            {photo.status === "idle" &&
              "Pick a photo: each stage's tensors show their first channels."}
            {photo.status === "running" && photo.what}
            {photo.status === "done" &&
              `Real tensors of ${match.text} for your photo: see the stage's tensor list below.`}
          </p>
          {(sample.error ?? (photo.status === "error" ? photo.message : null)) && (
            <p role="alert" className="text-sm text-red-800 dark:text-red-300">
              {sample.error ?? (photo.status === "error" ? photo.message : "")}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
