"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId } from "react";
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
import { BlockPlayer } from "./block-player";
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
export function BlockExplorer({ kind }: { readonly kind: BlockKindSlug }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = parseBlockState(kind, params);
  const update = (next: BlockPageState) =>
    router.replace(`${pathname}?${serializeBlockState(next)}`, { scroll: false });
  const specs = MODEL_SPECS[state.model].blocks;

  return (
    <div className="grid gap-4">
      <form
        className="grid grid-cols-2 gap-3 sm:grid-cols-4"
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
      <BlockPlayer
        kind={kind}
        model={state.model}
        blockIndex={state.block}
        alpha={state.alpha}
        resolution={state.resolution}
      />
    </div>
  );
}
