"use client";

import { MODEL_IDS, MODEL_TITLES } from "@/lib/arch/models";
import type { LabBackend, LabGrid } from "@/lib/lab/lab-grid";
import {
  ALPHA_CHOICES,
  LAB_BACKENDS,
  RESOLUTION_CHOICES,
  RUN_CHOICES,
  expandGrid,
  toggle,
} from "@/lib/lab/lab-grid";
import type { LabEnv } from "@/lib/lab/lab-protocol";
import { CheckboxLabel } from "@/components/ui/checkbox-label";

export interface GridControlsProps {
  readonly grid: LabGrid;
  readonly onChange: (grid: LabGrid) => void;
  readonly profile: boolean;
  readonly onProfileChange: (on: boolean) => void;
  readonly env: LabEnv | null;
  readonly disabled: boolean;
}

const legendClass = "text-sm font-semibold text-slate-800 dark:text-slate-200";
/** The lab's checkboxes: 16 px, ticked in the page's ink. */
const BOX = "size-4 accent-slate-900 dark:accent-slate-100";

function Chip({
  pressed,
  label,
  onClick,
  disabled,
}: {
  pressed: boolean;
  label: string;
  onClick: () => void;
  disabled: boolean;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      className={`min-w-11 rounded-full border px-3 py-1 font-mono text-sm tabular-nums disabled:opacity-50 ${
        pressed
          ? "border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900"
          : "border-slate-300 text-slate-700 hover:border-slate-500 dark:border-slate-600 dark:text-slate-300"
      }`}
    >
      {label}
    </button>
  );
}

function backendNote(backend: LabBackend, env: LabEnv | null): string {
  if (backend === "wasm") return env ? `${env.threads} thread${env.threads === 1 ? "" : "s"}` : "";
  if (!env) return "checking…";
  if (!env.webgpu.available) return `unavailable: ${env.webgpu.description}; runs on WASM instead`;
  return env.webgpu.software
    ? `software adapter (${env.webgpu.description}): runs on the CPU, very slow`
    : env.webgpu.description;
}

/** The grid to measure: models (checkboxes), α and resolution (chips), backends, timed runs. */
export function GridControls({
  grid,
  onChange,
  profile,
  onProfileChange,
  env,
  disabled,
}: GridControlsProps) {
  const points = expandGrid(grid).length;
  return (
    <div className="grid gap-5 md:grid-cols-2">
      <fieldset disabled={disabled}>
        <legend className={legendClass}>Models</legend>
        <div className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
          {MODEL_IDS.map((id) => (
            <CheckboxLabel
              key={id}
              checked={grid.models.includes(id)}
              onChange={() => onChange({ ...grid, models: toggle(grid.models, id, MODEL_IDS) })}
              inputClassName={BOX}
            >
              {MODEL_TITLES[id]}
            </CheckboxLabel>
          ))}
        </div>
      </fieldset>
      <div className="space-y-4">
        <fieldset>
          <legend className={legendClass}>Width multiplier α</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {ALPHA_CHOICES.map((a) => (
              <Chip
                key={a}
                label={a === 1 ? "1.0" : String(a)}
                pressed={grid.alphas.includes(a)}
                disabled={disabled}
                onClick={() => onChange({ ...grid, alphas: toggle(grid.alphas, a, ALPHA_CHOICES) })}
              />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className={legendClass}>Input resolution (px)</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {RESOLUTION_CHOICES.map((r) => (
              <Chip
                key={r}
                label={String(r)}
                pressed={grid.resolutions.includes(r)}
                disabled={disabled}
                onClick={() =>
                  onChange({
                    ...grid,
                    resolutions: toggle(grid.resolutions, r, RESOLUTION_CHOICES),
                  })
                }
              />
            ))}
          </div>
        </fieldset>
        <fieldset disabled={disabled}>
          <legend className={legendClass}>Backends</legend>
          <div className="mt-2 space-y-1">
            {LAB_BACKENDS.map((b) => (
              <CheckboxLabel
                key={b}
                checked={grid.backends.includes(b)}
                onChange={() =>
                  onChange({ ...grid, backends: toggle(grid.backends, b, LAB_BACKENDS) })
                }
                className="flex items-start gap-2 text-sm"
                inputClassName={`mt-0.5 ${BOX}`}
              >
                <span>
                  {b === "wasm" ? "WASM (CPU)" : "WebGPU"}{" "}
                  <span className="text-slate-600 dark:text-slate-400">{backendNote(b, env)}</span>
                </span>
              </CheckboxLabel>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <label className="flex items-center gap-2 text-sm">
            Timed runs per point
            <select
              value={grid.runs}
              disabled={disabled}
              onChange={(e) => onChange({ ...grid, runs: Number(e.currentTarget.value) })}
              className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
            >
              {RUN_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <CheckboxLabel
            checked={profile}
            disabled={disabled}
            onChange={onProfileChange}
            inputClassName={BOX}
          >
            Time split per op kind (WASM; one extra profiled run)
          </CheckboxLabel>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="grid-size">
          {points} point{points === 1 ? "" : "s"} to measure
        </p>
      </div>
    </div>
  );
}
