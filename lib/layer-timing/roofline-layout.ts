/**
 * Where everything of the roofline plot goes, in SVG pixels: log–log axes (arithmetic intensity in
 * MACs per byte across, achieved GMAC/s up), the two roofs meeting at the ridge point, and one point
 * per timed layer. Pure, so the chart component only draws.
 */
import { scaleLog } from "d3";
import type { OpKind } from "@/lib/arch/types";
import type { Ceilings } from "./roofline";
import { ridgePoint } from "./roofline";
import type { PlotBox } from "@/lib/viz/plot-box";

export interface RooflinePoint {
  readonly label: string;
  readonly kind: OpKind;
  readonly intensity: number;
  readonly gmacs: number;
}

export interface PlacedPoint extends RooflinePoint {
  readonly x: number;
  readonly y: number;
}

export interface RooflineLayout {
  readonly plot: PlotBox;
  readonly xTicks: readonly { value: number; x: number }[];
  readonly yTicks: readonly { value: number; y: number }[];
  /** The roof: memory slope up to the ridge, then the compute ceiling. */
  readonly roof: readonly [number, number][];
  readonly ridge: { readonly x: number; readonly y: number; readonly value: number };
  readonly points: readonly PlacedPoint[];
}

/** Powers of ten, plus 2 and 5 between them when the axis spans few decades. */
function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  const decades = Math.log10(hi / lo);
  const steps = decades > 3 ? [1] : [1, 2, 5];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
    for (const m of steps) {
      const v = m * 10 ** e;
      if (v >= lo && v <= hi) out.push(v);
    }
  return out;
}

export function layoutRoofline(
  points: readonly RooflinePoint[],
  ceilings: Ceilings,
  size: { readonly width: number; readonly height: number },
): RooflineLayout {
  const plot = { left: 58, right: size.width - 16, top: 16, bottom: size.height - 40 };
  const ridge = ridgePoint(ceilings);
  const usable = points.filter((p) => p.intensity > 0 && p.gmacs > 0 && Number.isFinite(p.gmacs));
  const xs = [...usable.map((p) => p.intensity), ridge];
  const ys = [...usable.map((p) => p.gmacs), ceilings.peakGmacs];
  const x = scaleLog()
    .domain([Math.min(...xs) / 2, Math.max(...xs) * 2])
    .range([plot.left, plot.right]);
  const y = scaleLog()
    .domain([Math.min(...ys) / 2, ceilings.peakGmacs * 2])
    .range([plot.bottom, plot.top]);
  const [x0, x1] = x.domain() as [number, number];
  const roofAt = (i: number) => Math.min(ceilings.peakGmacs, ceilings.bandwidthGBs * i);
  const yLo = (y.domain() as [number, number])[0];
  // The memory roof enters the plot where bandwidth × I reaches the y axis' bottom.
  const start = Math.max(x0, yLo / ceilings.bandwidthGBs);
  return {
    plot,
    xTicks: logTicks(x0, x1).map((value) => ({ value, x: x(value) })),
    yTicks: logTicks(...(y.domain() as [number, number])).map((value) => ({ value, y: y(value) })),
    roof: [
      [x(start), y(roofAt(start))],
      [x(ridge), y(ceilings.peakGmacs)],
      [x(x1), y(ceilings.peakGmacs)],
    ],
    ridge: { x: x(ridge), y: y(ceilings.peakGmacs), value: ridge },
    points: usable.map((p) => ({ ...p, x: x(p.intensity), y: y(p.gmacs) })),
  };
}
