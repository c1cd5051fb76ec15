"use client";

import { useId } from "react";
import type { Stage } from "@/lib/blocks/types";
import { parseSpeed, SPEEDS } from "@/lib/viz/motion";
import type { Playback } from "./use-playback";

const BUTTON =
  "inline-flex h-9 min-w-9 items-center justify-center rounded-md border border-slate-300 px-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800";

/** Previous / play-pause / next buttons, a stage scrubber (arrow keys move it) and a speed menu. */
export function PlaybackControls({
  playback,
  stages,
}: {
  readonly playback: Playback;
  readonly stages: readonly Stage[];
}) {
  const scrubId = useId();
  const speedId = useId();
  const { step, playing } = playback;
  const stage = stages[step];
  const last = stages.length - 1;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={BUTTON}
        aria-label="Previous stage"
        onClick={playback.prev}
        disabled={step <= 0}
      >
        <span aria-hidden="true">◀︎</span>
      </button>
      <button
        type="button"
        className={`${BUTTON} w-20`}
        aria-label={playing ? "Pause" : "Play"}
        onClick={playback.toggle}
      >
        {playing ? "Pause" : "Play"}
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label="Next stage"
        onClick={playback.next}
        disabled={step >= last}
      >
        <span aria-hidden="true">▶︎</span>
      </button>
      <div className="flex min-w-40 flex-1 items-center gap-2">
        <label htmlFor={scrubId} className="text-sm font-medium text-slate-700 dark:text-slate-300">
          Stage
        </label>
        <input
          id={scrubId}
          type="range"
          min={0}
          max={last}
          step={1}
          value={step}
          aria-valuetext={`Stage ${step + 1} of ${stages.length}: ${stage?.title ?? ""}`}
          onChange={(e) => playback.setStep(Number(e.currentTarget.value))}
          className="w-full accent-slate-900 dark:accent-slate-100"
        />
        <span className="font-mono text-sm whitespace-nowrap tabular-nums" aria-hidden="true">
          {step + 1}/{stages.length}
        </span>
      </div>
      <label htmlFor={speedId} className="sr-only">
        Speed
      </label>
      <select
        id={speedId}
        value={playback.speed}
        onChange={(e) => playback.setSpeed(parseSpeed(e.currentTarget.value))}
        className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-900"
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}× speed
          </option>
        ))}
      </select>
    </div>
  );
}
