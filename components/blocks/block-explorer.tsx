"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useId, useMemo, useState } from "react";
import { MODEL_SPECS, MODEL_TITLES, isModelId } from "@/lib/arch/models";
import type { BlockPageState } from "@/lib/blocks/block-state";
import {
  ALPHA_CHOICES,
  RESOLUTION_CHOICES,
  defaultBlockState,
  parseBlockState,
  serializeBlockState,
} from "@/lib/blocks/block-state";
import type { BlockKindSlug } from "@/lib/blocks/catalog";
import { blockLabel, modelsWithKind, qualifyingBlocks } from "@/lib/blocks/catalog";
import { resolveNetwork } from "@/lib/cost/resolve-network";
import type { SamplePhoto } from "@/lib/inference/installed-assets";
import { BlockPlayer } from "./block-player";
import { PhotoMode, realChoices } from "./photo-mode";
import { blockPhotoMemory } from "./shared-block-worker";
import { useBlockPhoto } from "./use-block-photo";
import { UibVariantToggle } from "./uib-variant-toggle";

const SELECT =
  "mt-1 h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-900";

function withCurrent(choices: readonly number[], current: number): number[] {
  return [...new Set([...choices, current])].sort((a, b) => a - b);
}

function Picker({
  label,
  value,
  onChange,
  options,
  className,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly className?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        className={SELECT}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Model / block / α / resolution pickers kept in the URL, driving one BlockPlayer. */
export function BlockExplorer({
  kind,
  realModels = [],
  samples = [],
}: {
  readonly kind: BlockKindSlug;
  /** Installed real models (manifest ids) for the "with your photo" mode. */
  readonly realModels?: readonly string[];
  readonly samples?: readonly SamplePhoto[];
}) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = parseBlockState(kind, params);
  const hrefFor = (next: BlockPageState) => `${pathname}?${serializeBlockState(next)}`;
  const update = (next: BlockPageState) => router.replace(hrefFor(next), { scroll: false });
  // Seeded from the tab's last block page, so the next block shows the same photo straight away.
  const [photoOn, setPhotoOnState] = useState(() => blockPhotoMemory.on);
  const [photo, setPhotoState] = useState<Blob | null>(() => blockPhotoMemory.photo);
  const setPhotoOn = (on: boolean) => {
    blockPhotoMemory.on = on;
    setPhotoOnState(on);
  };
  const setPhoto = (blob: Blob) => {
    blockPhotoMemory.photo = blob;
    setPhotoState(blob);
  };
  const choices = realChoices(kind, realModels, state);
  const match =
    choices.find(
      (c) =>
        c.state.model === state.model &&
        c.state.alpha === state.alpha &&
        c.state.resolution === state.resolution,
    ) ?? null;
  const paths = useMemo(() => {
    if (!match) return [];
    const net = resolveNetwork(state.model, { alpha: state.alpha, resolution: state.resolution });
    return net.blocks[state.block]?.layers.map((l) => l.path) ?? [];
  }, [match, state.model, state.alpha, state.resolution, state.block]);
  const real = useBlockPhoto(photoOn && match ? match.id : null, paths, photo);
  const specs = MODEL_SPECS[state.model].blocks;
  // `?stage=N` (1-based, as the player counts) opens the player at stage N; stepping keeps it there.
  const stageParam = Number(params.get("stage"));
  const initialStage = Number.isInteger(stageParam) && stageParam >= 1 ? stageParam - 1 : 0;
  const keepStage = useCallback((stage: number) => {
    const query = new URLSearchParams(window.location.search);
    if (query.get("stage") === String(stage + 1)) return;
    query.set("stage", String(stage + 1));
    window.history.replaceState(null, "", `${window.location.pathname}?${query}`);
  }, []);

  return (
    <div className="grid gap-4">
      <form
        // The block's label ("block 4 · 5×5 · stride 2 · SE · → 40 ch") needs twice a picker's room.
        className="grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Choose a layer"
      >
        <Picker
          label="Model"
          value={state.model}
          className="col-span-2 sm:col-span-1"
          options={modelsWithKind(kind).map((m) => ({ value: m, label: MODEL_TITLES[m] }))}
          onChange={(v) => {
            if (!isModelId(v)) return;
            const d = defaultBlockState(kind, v);
            update({ ...d, alpha: state.alpha });
          }}
        />
        <Picker
          label="Block"
          value={String(state.block)}
          className="col-span-2 sm:col-span-1"
          options={qualifyingBlocks(kind, state.model).map((i) => {
            const spec = specs[i];
            return { value: String(i), label: spec ? blockLabel(spec, i) : `block ${i}` };
          })}
          onChange={(v) => update({ ...state, block: Number(v) })}
        />
        <Picker
          label="Width α"
          value={String(state.alpha)}
          options={withCurrent(ALPHA_CHOICES, state.alpha).map((a) => ({
            value: String(a),
            label: `α = ${a}`,
          }))}
          onChange={(v) => update({ ...state, alpha: Number(v) })}
        />
        <Picker
          label="Resolution"
          value={String(state.resolution)}
          options={withCurrent(RESOLUTION_CHOICES, state.resolution).map((r) => ({
            value: String(r),
            label: `${r}×${r} px`,
          }))}
          onChange={(v) => update({ ...state, resolution: Number(v) })}
        />
      </form>
      {kind === "v4-uib" && (
        <UibVariantToggle
          model={state.model}
          block={state.block}
          onPick={(model, block) =>
            update({
              model,
              block,
              alpha: state.alpha,
              resolution:
                model === state.model ? state.resolution : MODEL_SPECS[model].defaultResolution,
            })
          }
        />
      )}
      <PhotoMode
        on={photoOn}
        onToggle={setPhotoOn}
        match={match}
        choices={choices}
        hrefFor={hrefFor}
        samples={samples}
        onPhoto={setPhoto}
        photo={real}
      />
      <BlockPlayer
        real={
          photoOn && match && real.status === "done" && real.layers === paths.join(",")
            ? real.tensors
            : undefined
        }
        kind={kind}
        model={state.model}
        blockIndex={state.block}
        alpha={state.alpha}
        resolution={state.resolution}
        initialStage={initialStage}
        onStage={keepStage}
      />
    </div>
  );
}
