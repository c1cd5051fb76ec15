"use client";

import { useEffect, useMemo, useRef } from "react";
import type { KeyboardEvent } from "react";
import { CheckboxLabel } from "@/components/ui/checkbox-label";
import { channelPlane } from "@/lib/inside/layer-weights";
import { channelsByStrength } from "@/lib/inside/tensor-stats";
import { paintChannel } from "@/lib/viz/activation-ramp";
import { formatStat } from "./format-stat";

export const CHANNELS_PER_PAGE = 48;

/**
 * A layer's channels as small images on one shared colour range, in channel order or strongest first,
 * paged for wide layers. Arrow keys move the selection (Up/Down by a row), Home/End to the ends; the
 * selected channel is the one focusable button (roving tabindex), so Tab leaves the grid in one step.
 */
export function ChannelGrid({
  data,
  h,
  w,
  channels,
  strengths,
  lo,
  hi,
  selected,
  onSelect,
  byStrength,
  onByStrength,
  layerName,
}: {
  readonly data: Float32Array;
  readonly h: number;
  readonly w: number;
  readonly channels: number;
  readonly strengths: Float32Array;
  readonly lo: number;
  readonly hi: number;
  readonly selected: number;
  readonly onSelect: (channel: number) => void;
  readonly byStrength: boolean;
  readonly onByStrength: (on: boolean) => void;
  readonly layerName: string;
}) {
  const grid = useRef<HTMLDivElement>(null);
  const order = useMemo(
    () =>
      byStrength ? channelsByStrength(strengths) : Array.from({ length: channels }, (_, i) => i),
    [byStrength, strengths, channels],
  );
  const pos = Math.max(0, order.indexOf(selected));
  const page = Math.floor(pos / CHANNELS_PER_PAGE);
  const pages = Math.ceil(channels / CHANNELS_PER_PAGE);
  const shown = useMemo(
    () => order.slice(page * CHANNELS_PER_PAGE, (page + 1) * CHANNELS_PER_PAGE),
    [order, page],
  );
  // Every cell of the page painted in one pass through one pixel buffer (not one effect and one
  // buffer per canvas); a new selection alone repaints nothing.
  useEffect(() => {
    const img = new ImageData(w, h);
    for (const canvas of grid.current?.querySelectorAll<HTMLCanvasElement>("canvas[data-cell]") ??
      []) {
      const ctx = canvas.getContext("2d");
      if (!ctx) continue;
      paintChannel(channelPlane(data, h * w, Number(canvas.dataset.cell)), lo, hi, img.data);
      ctx.putImageData(img, 0, 0);
    }
  }, [data, shown, h, w, lo, hi]);

  const move = (to: number) => {
    const next = order[Math.min(order.length - 1, Math.max(0, to))];
    if (next === undefined) return;
    onSelect(next);
    requestAnimationFrame(() =>
      grid.current?.querySelector<HTMLButtonElement>(`[data-channel="${next}"]`)?.focus(),
    );
  };
  const onKey = (e: KeyboardEvent) => {
    const cols = columnCount(grid.current);
    const step: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: cols,
      ArrowUp: -cols,
    };
    if (e.key in step) move(pos + (step[e.key] ?? 0));
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(order.length - 1);
    else if (e.key === "PageDown") move(pos + CHANNELS_PER_PAGE);
    else if (e.key === "PageUp") move(pos - CHANNELS_PER_PAGE);
    else return;
    e.preventDefault();
  };

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center gap-3 text-sm">
        <CheckboxLabel
          checked={byStrength}
          onChange={onByStrength}
          testId="sort-strength"
          className="flex items-center gap-2"
        >
          Strongest first (mean |activation|)
        </CheckboxLabel>
        {pages > 1 && (
          <span className="flex items-center gap-2" data-testid="channel-pages">
            <button
              type="button"
              className="rounded border border-slate-300 px-2 disabled:opacity-40 dark:border-slate-600"
              disabled={page === 0}
              onClick={() => move((page - 1) * CHANNELS_PER_PAGE)}
            >
              ← Previous
            </button>
            <span className="tabular-nums">
              page {page + 1} of {pages}
            </span>
            <button
              type="button"
              className="rounded border border-slate-300 px-2 disabled:opacity-40 dark:border-slate-600"
              disabled={page >= pages - 1}
              onClick={() => move((page + 1) * CHANNELS_PER_PAGE)}
            >
              Next →
            </button>
          </span>
        )}
      </div>
      <div
        ref={grid}
        role="group"
        aria-label={`${channels} channels of ${layerName}; arrow keys move between channels`}
        onKeyDown={onKey}
        className="grid grid-cols-6 gap-1 sm:grid-cols-8 lg:grid-cols-12"
        data-testid="channel-grid"
      >
        {shown.map((c) => (
          <button
            key={c}
            type="button"
            data-channel={c}
            tabIndex={c === selected ? 0 : -1}
            aria-pressed={c === selected}
            aria-label={`Channel ${c}, mean |activation| ${formatStat(strengths[c] ?? 0)}`}
            onClick={() => onSelect(c)}
            className={`rounded-sm p-0.5 outline-offset-1 focus-visible:outline-2 focus-visible:outline-(--color-accent) ${
              c === selected ? "ring-2 ring-slate-900 dark:ring-white" : ""
            }`}
          >
            <canvas
              data-cell={c}
              width={w}
              height={h}
              aria-hidden
              className="block aspect-square w-full [image-rendering:pixelated]"
            />
            <span className="block text-center text-[10px] text-slate-500 tabular-nums dark:text-slate-400">
              {c}
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}

/** How many columns the CSS grid lays out right now (it changes with the breakpoint). */
function columnCount(el: HTMLElement | null): number {
  if (!el) return 1;
  return Math.max(1, getComputedStyle(el).gridTemplateColumns.split(" ").filter(Boolean).length);
}
