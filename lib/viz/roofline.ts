/**
 * The roofline model V4 uses to explain speed on different chips (V4 §3, Table 16): a layer runs at
 * min(1, I / ridge) of the chip's peak multiply-add rate, where I is the layer's arithmetic
 * intensity (MACs per byte moved) and the ridge point is peak MACs/s ÷ peak memory bandwidth.
 * Pure geometry for the lesson's explanatory chart.
 */
import type { LayerCost } from "@/lib/arch/types";
import type { PlotBox } from "./plot-box";

/** Ridge points measured in V4 Table 16, in MACs per byte. */
export const RIDGE_POINTS = [
  { chip: "Pixel 6 CPU", ridge: 31.2 },
  { chip: "Samsung S23 CPU", ridge: 39.7 },
  { chip: "Pixel 4 DSP", ridge: 347.3 },
  { chip: "Pixel 8 EdgeTPU", ridge: 433.8 },
] as const;

/** Share of the chip's peak multiply-add rate a layer of this intensity can reach. */
export function attainableShare(intensity: number, ridge: number): number {
  return Math.min(1, intensity / ridge);
}

/**
 * MACs per byte if the layer reads its input and weights and writes its output once, `bytesPerValue`
 * each (1: int8, as V4 runs its CPU, DSP and EdgeTPU models).
 */
export function arithmeticIntensity(layer: LayerCost, bytesPerValue = 1): number {
  const values =
    layer.input.h * layer.input.w * layer.input.c +
    layer.output.h * layer.output.w * layer.output.c +
    layer.params;
  return layer.macs / (values * bytesPerValue);
}

export interface RooflineAxes {
  readonly width: number;
  readonly height: number;
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  /** Intensity range (MACs per byte), log scale. */
  readonly x: readonly [number, number];
  /** Share-of-peak range, log scale. */
  readonly y: readonly [number, number];
}

const log = Math.log10;

/** Pixel position of (intensity, share) on log-log axes. */
export function rooflinePoint(
  a: RooflineAxes,
  intensity: number,
  share: number,
): { x: number; y: number } {
  const plotW = a.width - a.margin.left - a.margin.right;
  const plotH = a.height - a.margin.top - a.margin.bottom;
  const fx = (log(intensity) - log(a.x[0])) / (log(a.x[1]) - log(a.x[0]));
  const fy = (log(share) - log(a.y[0])) / (log(a.y[1]) - log(a.y[0]));
  return { x: a.margin.left + fx * plotW, y: a.margin.top + (1 - fy) * plotH };
}

/** The roof of one chip as an SVG path: the memory-bound slope up to the ridge, then flat at peak. */
export function roofPath(a: RooflineAxes, ridge: number): string {
  const startI = Math.max(a.x[0], ridge * a.y[0]);
  const p0 = rooflinePoint(a, startI, attainableShare(startI, ridge));
  const p1 = rooflinePoint(a, ridge, 1);
  const p2 = rooflinePoint(a, a.x[1], 1);
  const f = (n: number) => n.toFixed(1);
  return `M${f(p0.x)},${f(p0.y)}L${f(p1.x)},${f(p1.y)}L${f(p2.x)},${f(p2.y)}`;
}

/** The plot rectangle inside the axes' margins. */
export function rooflinePlot(a: RooflineAxes): PlotBox {
  return {
    left: a.margin.left,
    right: a.width - a.margin.right,
    top: a.margin.top,
    bottom: a.height - a.margin.bottom,
  };
}
