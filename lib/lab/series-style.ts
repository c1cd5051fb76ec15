import type { MobileNetVersion } from "@/lib/arch/types";
import type { LabBackend } from "./lab-grid";

/**
 * The lab chart's series: colour = MobileNet version (Tailwind classes, darker in light mode and lighter in
 * dark mode for ≥ 3:1 contrast), marker shape = backend, so series differ without relying on colour.
 */
export const VERSION_STYLES: Readonly<Record<MobileNetVersion, { fill: string; stroke: string }>> =
  {
    1: { fill: "fill-sky-700 dark:fill-sky-300", stroke: "stroke-sky-700 dark:stroke-sky-300" },
    2: {
      fill: "fill-orange-700 dark:fill-orange-300",
      stroke: "stroke-orange-700 dark:stroke-orange-300",
    },
    3: {
      fill: "fill-emerald-700 dark:fill-emerald-300",
      stroke: "stroke-emerald-700 dark:stroke-emerald-300",
    },
    4: {
      fill: "fill-fuchsia-700 dark:fill-fuchsia-300",
      stroke: "stroke-fuchsia-700 dark:stroke-fuchsia-300",
    },
  };

export type MarkerShape = "circle" | "diamond";

/** WASM = filled circle, WebGPU = hollow diamond. */
export const BACKEND_MARKERS: Readonly<
  Record<LabBackend, { shape: MarkerShape; hollow: boolean; label: string }>
> = {
  wasm: { shape: "circle", hollow: false, label: "WASM" },
  webgpu: { shape: "diamond", hollow: true, label: "WebGPU" },
};

/** Legend/series key, e.g. "V2 · WASM". */
export function seriesLabel(version: MobileNetVersion, backend: LabBackend): string {
  return `V${version} · ${BACKEND_MARKERS[backend].label}`;
}
