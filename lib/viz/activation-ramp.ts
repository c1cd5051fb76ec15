/**
 * Activation values → colours of theme.ts's ACTIVATION_RAMP: a 256-entry lookup table and a
 * channel-to-RGBA painter for the /inside channel grid. Values map linearly from [lo, hi] (the
 * layer's range, so every channel of a layer shares one legend) to the ramp's dark and light ends.
 */
import { interpolateRgbBasis } from "d3-interpolate";
import { rgb } from "d3-color";
import { ACTIVATION_RAMP } from "./theme";

export const RAMP_STEPS = 256;

let lut: Uint8ClampedArray | null = null;

/** RGB triples for RAMP_STEPS evenly spaced ramp positions (computed once). */
export function rampTable(): Uint8ClampedArray {
  if (lut) return lut;
  const at = interpolateRgbBasis([...ACTIVATION_RAMP]);
  const table = new Uint8ClampedArray(RAMP_STEPS * 3);
  for (let i = 0; i < RAMP_STEPS; i++) {
    const c = rgb(at(i / (RAMP_STEPS - 1)));
    table.set([c.r, c.g, c.b], i * 3);
  }
  lut = table;
  return table;
}

/** The ramp colour of value v on [lo, hi] as a CSS rgb() string (legend stops). */
export function rampColor(v: number, lo: number, hi: number): string {
  const i = rampIndex(v, lo, hi) * 3;
  const t = rampTable();
  return `rgb(${t[i]}, ${t[i + 1]}, ${t[i + 2]})`;
}

function rampIndex(v: number, lo: number, hi: number): number {
  const span = hi > lo ? hi - lo : 1;
  return Math.min(RAMP_STEPS - 1, Math.max(0, Math.round(((v - lo) / span) * (RAMP_STEPS - 1))));
}

/** Paints one channel plane (H·W values) into an RGBA buffer of the same H·W pixels. */
export function paintChannel(
  plane: ArrayLike<number>,
  lo: number,
  hi: number,
  out: Uint8ClampedArray,
): Uint8ClampedArray {
  const t = rampTable();
  for (let p = 0; p < plane.length; p++) {
    const i = rampIndex(plane[p] as number, lo, hi) * 3;
    out[p * 4] = t[i] as number;
    out[p * 4 + 1] = t[i + 1] as number;
    out[p * 4 + 2] = t[i + 2] as number;
    out[p * 4 + 3] = 255;
  }
  return out;
}
