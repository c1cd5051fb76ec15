/**
 * The activations MobileNetV3 compares (V3 §5.2): swish(x) = x·σ(x) is accurate but σ is costly on
 * phones, so V3 uses hard versions built from ReLU6: h-sigmoid(x) = ReLU6(x+3)/6 and
 * h-swish(x) = x·ReLU6(x+3)/6. Samples feed the lesson's plot and its text table.
 */
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import type { PlotBox } from "./plot-box";

export type ActivationName = "relu6" | "swish" | "hswish";

export const relu6 = (x: number): number => Math.min(Math.max(x, 0), 6);
export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
export const swish = (x: number): number => x * sigmoid(x);
export const hardSigmoid = (x: number): number => relu6(x + 3) / 6;
export const hardSwish = (x: number): number => x * hardSigmoid(x);

export const ACTIVATIONS: Readonly<
  Record<ActivationName, { label: string; fn: (x: number) => number }>
> = {
  relu6: { label: "ReLU6", fn: relu6 },
  swish: { label: "swish", fn: swish },
  hswish: { label: "h-swish", fn: hardSwish },
};

export interface CurvePoint {
  readonly x: number;
  readonly y: number;
}

/** `count` evenly spaced samples of fn on [from, to], both ends included. */
export function sampleCurve(
  fn: (x: number) => number,
  from: number,
  to: number,
  count: number,
): readonly CurvePoint[] {
  const n = Math.max(2, Math.floor(count));
  return Array.from({ length: n }, (_, i) => {
    const x = from + ((to - from) * i) / (n - 1);
    return { x, y: fn(x) };
  });
}

export interface CurvePlot {
  readonly paths: Readonly<Record<ActivationName, string>>;
  readonly xTicks: readonly { value: number; x: number }[];
  readonly yTicks: readonly { value: number; y: number }[];
  readonly origin: { readonly x: number; readonly y: number };
  /** The plot rectangle the curves are drawn in. */
  readonly plot: PlotBox;
}

/** SVG path strings for the three curves on x ∈ [-6, 6], y ∈ [-1, 6], in a width×height box. */
export function layoutActivationPlot(width: number, height: number, margin = 28): CurvePlot {
  const x = scaleLinear()
    .domain([-6, 6])
    .range([margin, width - 8]);
  const y = scaleLinear()
    .domain([-1, 6])
    .range([height - margin, 8]);
  const toPath = line<CurvePoint>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  const path = (name: ActivationName) =>
    toPath([...sampleCurve(ACTIVATIONS[name].fn, -6, 6, 121)]) ?? "";
  return {
    paths: { relu6: path("relu6"), swish: path("swish"), hswish: path("hswish") },
    xTicks: [-6, -3, 0, 3, 6].map((value) => ({ value, x: x(value) })),
    yTicks: [0, 2, 4, 6].map((value) => ({ value, y: y(value) })),
    origin: { x: x(0), y: y(0) },
    plot: { left: margin, right: width - 8, top: 8, bottom: height - margin },
  };
}
