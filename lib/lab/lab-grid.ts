import { MODEL_IDS, isModelId } from "@/lib/arch/models";
import type { ModelId } from "@/lib/arch/types";

/** Execution backends the lab can time. */
export type LabBackend = "wasm" | "webgpu";
export const LAB_BACKENDS: readonly LabBackend[] = ["wasm", "webgpu"];

/** α values offered as chips (the V1/V2 papers' sweep). */
export const ALPHA_CHOICES = [0.35, 0.5, 0.75, 1, 1.4] as const;
/** Input sizes offered as chips, px (the V1/V2 papers' 128–224 plus V4's 256/384). */
export const RESOLUTION_CHOICES = [96, 128, 160, 192, 224, 256, 384] as const;
/** Timed runs per point (after warm-up); the median is reported. */
export const RUN_CHOICES = [1, 3, 5, 10, 20] as const;

/** What the user asked to measure: every model × α × resolution × backend. */
export interface LabGrid {
  readonly models: readonly ModelId[];
  readonly alphas: readonly number[];
  readonly resolutions: readonly number[];
  readonly backends: readonly LabBackend[];
  readonly runs: number;
}

/** Small enough that a first click finishes in seconds on WASM (6 points, all under 100 M MACs). */
export const DEFAULT_GRID: LabGrid = {
  models: ["v1", "v2", "v3-small"],
  alphas: [0.5, 1],
  resolutions: [128],
  backends: ["wasm"],
  runs: 5,
};

/**
 * The V1 paper's width multiplier at its own resolution: V1 at α 0.75 and 1.0, the two widths whose
 * real pretrained files /classify and /inside also run (V1 Table 6: 325 M vs 569 M MACs).
 */
export const WIDTH_MULTIPLIER_GRID: LabGrid = {
  models: ["v1"],
  alphas: [0.75, 1],
  resolutions: [224],
  backends: ["wasm"],
  runs: 5,
};

/** One point of the grid: a graph to build and a backend to time it on. */
export interface LabJob {
  readonly model: ModelId;
  readonly alpha: number;
  readonly resolution: number;
  readonly backend: LabBackend;
}

/** Stable identity of a job (table rows, chart keys, CSV). */
export function jobKey(job: LabJob): string {
  return `${job.model}@${job.alpha}x${job.resolution}/${job.backend}`;
}

/** The grid's jobs, model-major so each model's points appear together; WebGPU after WASM. */
export function expandGrid(grid: LabGrid): LabJob[] {
  const jobs: LabJob[] = [];
  for (const backend of grid.backends)
    for (const model of grid.models)
      for (const alpha of grid.alphas)
        for (const resolution of grid.resolutions) jobs.push({ model, alpha, resolution, backend });
  return jobs;
}

function list(raw: string | null): string[] {
  return raw
    ? raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function numbersIn(raw: string | null, allowed: readonly number[]): number[] {
  return unique(list(raw).map(Number)).filter((n) => allowed.includes(n));
}

/** Reads a grid from URL search params; unknown or missing values fall back to the defaults, never throw. */
export function parseLabGrid(params: { get(name: string): string | null }): LabGrid {
  const models = unique(list(params.get("models")).filter(isModelId));
  const alphas = numbersIn(params.get("alpha"), ALPHA_CHOICES);
  const resolutions = numbersIn(params.get("res"), RESOLUTION_CHOICES);
  const backends = unique(list(params.get("backends"))).filter((b): b is LabBackend =>
    LAB_BACKENDS.includes(b as LabBackend),
  );
  const runs = Number(params.get("runs"));
  return {
    models: models.length ? sortModels(models) : DEFAULT_GRID.models,
    alphas: alphas.length ? alphas.sort((a, b) => a - b) : DEFAULT_GRID.alphas,
    resolutions: resolutions.length ? resolutions.sort((a, b) => a - b) : DEFAULT_GRID.resolutions,
    backends: backends.length ? sortBackends(backends) : DEFAULT_GRID.backends,
    runs: (RUN_CHOICES as readonly number[]).includes(runs) ? runs : DEFAULT_GRID.runs,
  };
}

/** The grid as URL search params (the inverse of parseLabGrid). */
export function serializeLabGrid(grid: LabGrid): string {
  const p = new URLSearchParams({
    models: grid.models.join(","),
    alpha: grid.alphas.join(","),
    res: grid.resolutions.join(","),
    backends: grid.backends.join(","),
    runs: String(grid.runs),
  });
  return p.toString();
}

/** Models in menu order (oldest first). */
export function sortModels(models: readonly ModelId[]): ModelId[] {
  return MODEL_IDS.filter((m) => models.includes(m));
}

function sortBackends(backends: readonly LabBackend[]): LabBackend[] {
  return LAB_BACKENDS.filter((b) => backends.includes(b));
}

/** Adds or removes one value, keeping the list sorted by `order`. */
export function toggle<T>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return order.filter((v) => next.includes(v));
}
