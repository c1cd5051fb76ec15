import type { MobileNetVersion } from "@/lib/arch/types";
import type { SeriesStyle } from "@/lib/viz/theme";
import { seriesStyle } from "@/lib/viz/theme";
import type { LabBackend } from "./lab-grid";

/**
 * The lab chart's series: marker shape = MobileNet version (the theme's neutral series styles, so no
 * version borrows an operation's colour), filled = WASM, hollow = WebGPU.
 */
export const VERSION_STYLES: Readonly<Record<MobileNetVersion, SeriesStyle>> = {
  1: seriesStyle(0),
  2: seriesStyle(1),
  3: seriesStyle(2),
  4: seriesStyle(3),
};

/** WASM = filled marker, WebGPU = hollow marker. */
export const BACKEND_MARKERS: Readonly<Record<LabBackend, { hollow: boolean; label: string }>> = {
  wasm: { hollow: false, label: "WASM" },
  webgpu: { hollow: true, label: "WebGPU" },
};

/** Legend/series key, e.g. "V2 · WASM". */
export function seriesLabel(version: MobileNetVersion, backend: LabBackend): string {
  return `V${version} · ${BACKEND_MARKERS[backend].label}`;
}
