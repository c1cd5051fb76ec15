/**
 * Layout of the lab's "measured latency vs MACs" scatter. Both axes are logarithmic: MACs span ~10 M to
 * several G and latency spans ~1 ms to seconds (software WebGPU), and on log–log axes every constant
 * throughput (GFLOP/s = 2 × MACs / time) is a straight 45° line, drawn as guides. Pure: positions only.
 */
import type { ScaleLogarithmic } from "d3-scale";
import { scaleLog } from "d3-scale";
import type { PlotBox } from "@/lib/viz/plot-box";

export interface LatencyDatum {
  readonly key: string;
  /** Millions of MACs (multiply-adds). */
  readonly macsM: number;
  /** Median warm latency, ms. */
  readonly ms: number;
  /** The run spread drawn around the median (p10, p90), ms; the axis makes room for it. */
  readonly msLow?: number;
  readonly msHigh?: number;
}

export interface LatencyLayout<T extends LatencyDatum> {
  readonly points: readonly { readonly datum: T; readonly cx: number; readonly cy: number }[];
  /** y of any latency (ms), for spread whiskers. */
  readonly yOf: (ms: number) => number;
  readonly xTicks: readonly { readonly value: number; readonly x: number }[];
  readonly yTicks: readonly { readonly value: number; readonly y: number }[];
  /** Constant-throughput guides, clipped to the plot. */
  readonly guides: readonly {
    readonly gflops: number;
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  }[];
  readonly plot: PlotBox;
}

/** 1-2-5 ticks for wide domains; d3's denser log ticks when the domain spans less than a decade or so. */
function logTicks(scale: ScaleLogarithmic<number, number>): number[] {
  const all = scale.ticks();
  const sparse = all.filter((t) =>
    [1, 2, 5].includes(Number((t / 10 ** Math.floor(Math.log10(t) + 1e-9)).toFixed(6))),
  );
  return sparse.length >= 3 ? sparse : all.length > 8 ? all.filter((_, i) => i % 2 === 0) : all;
}
const GUIDE_GFLOPS = [0.1, 0.3, 1, 3, 10, 30, 100, 300];

/** Latency for a throughput: t(ms) = 2 · MACs / FLOP/s = 2 · macsM / gflops. */
export function msAt(macsM: number, gflops: number): number {
  return (2 * macsM) / gflops;
}

function paddedDomain(values: readonly number[], fallback: [number, number]): [number, number] {
  const v = values.filter((x) => x > 0 && Number.isFinite(x));
  if (!v.length) return fallback;
  // ×/÷ 1.4 on a log axis keeps the outermost points (and their markers) off the frame.
  return [Math.min(...v) / 1.4, Math.max(...v) * 1.4];
}

/** Places points, 1-2-5 ticks within the domain, and the GFLOP/s guides that cross the plot. */
export function layoutLatency<T extends LatencyDatum>(
  data: readonly T[],
  opts: { readonly width: number; readonly height: number },
): LatencyLayout<T> {
  const plot = { left: 52, right: opts.width - 12, top: 12, bottom: opts.height - 40 };
  const [x0, x1] = paddedDomain(
    data.map((d) => d.macsM),
    [10, 1000],
  );
  const [y0, y1] = paddedDomain(
    data.flatMap((d) => [d.ms, d.msLow ?? d.ms, d.msHigh ?? d.ms]),
    [1, 100],
  );
  const x = scaleLog().domain([x0, x1]).range([plot.left, plot.right]);
  const y = scaleLog().domain([y0, y1]).range([plot.bottom, plot.top]);
  const guides = GUIDE_GFLOPS.flatMap((gflops) => {
    // Clip the line ms = 2·macs/G to the domain box: enter at max(x0, x for y0), leave at min(x1, x for y1).
    const start = Math.max(x0, (y0 * gflops) / 2);
    const end = Math.min(x1, (y1 * gflops) / 2);
    if (start >= end) return [];
    return [
      { gflops, x1: x(start), y1: y(msAt(start, gflops)), x2: x(end), y2: y(msAt(end, gflops)) },
    ];
  });
  return {
    points: data.map((datum) => ({ datum, cx: x(datum.macsM), cy: y(datum.ms) })),
    yOf: (ms: number) => y(ms),
    xTicks: logTicks(x).map((value) => ({ value, x: x(value) })),
    yTicks: logTicks(y).map((value) => ({ value, y: y(value) })),
    guides,
    plot,
  };
}
