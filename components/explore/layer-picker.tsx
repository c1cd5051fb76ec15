"use client";

import { useId } from "react";
import type { LayerCost } from "@/lib/arch/types";
import { formatCount } from "@/lib/cost/format";
import { operationText } from "@/lib/explorer/layer-text";

const BUTTON =
  "inline-flex h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 px-3 text-sm hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800";

/**
 * The layers as a list a thumb can use: a native select (the phone's own picker) with previous and
 * next buttons of a full fingertip's size, driving the same selection as the bars.
 */
export function LayerPicker({
  layers,
  selected,
  onSelect,
}: {
  readonly layers: readonly LayerCost[];
  readonly selected: string | null;
  readonly onSelect: (path: string) => void;
}) {
  const id = useId();
  const index = layers.findIndex((l) => l.path === selected);
  const go = (i: number) => {
    const layer = layers[i];
    if (layer) onSelect(layer.path);
  };
  return (
    <div className="mt-4 flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block text-sm font-medium">
          Layer
        </label>
        <select
          id={id}
          value={selected ?? ""}
          onChange={(e) => e.currentTarget.value && onSelect(e.currentTarget.value)}
          data-testid="layer-select"
          className="mt-1 h-11 w-full rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-900"
        >
          <option value="">Choose a layer…</option>
          {layers.map((l, i) => (
            <option key={l.path} value={l.path}>
              {i + 1}. {l.path} · {operationText(l)} · {formatCount(l.macs)} MACs
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className={BUTTON}
        aria-label="Previous layer"
        onClick={() => go(index - 1)}
        disabled={index <= 0}
      >
        <span aria-hidden="true">◀︎</span>
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label="Next layer"
        onClick={() => go(index + 1)}
        disabled={index >= layers.length - 1}
      >
        <span aria-hidden="true">▶︎</span>
      </button>
    </div>
  );
}
