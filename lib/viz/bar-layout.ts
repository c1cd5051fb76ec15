/**
 * Layout of the explorer's per-layer bar chart as plain data: one column per layer, heights on a
 * linear scale from zero (bar length proportional to the value) by default, or on a log scale when
 * asked (one huge layer, V1's FC, would flatten every other bar; the chart then says "log scale"),
 * and a few round ticks. React renders it; tests pin it.
 */
import { scaleBand, scaleLinear, scaleLog } from "d3-scale";

export interface BarDatum {
  readonly key: string;
  readonly value: number;
}

export interface BarRect {
  readonly key: string;
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface BarTick {
  readonly value: number;
  readonly y: number;
}

export interface BarLayout {
  readonly bars: readonly BarRect[];
  readonly ticks: readonly BarTick[];
  /** Drawing area inside the margins. */
  readonly plot: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

export interface BarLayoutOptions {
  readonly width: number;
  readonly height: number;
  readonly margin?: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  readonly tickCount?: number;
  /** "log": heights by log10 of the value, from a baseline a decade below the smallest value. */
  readonly scale?: "linear" | "log";
}

const DEFAULT_MARGIN = { top: 8, right: 8, bottom: 8, left: 48 };

export function layoutBars(data: readonly BarDatum[], opts: BarLayoutOptions): BarLayout {
  const margin = opts.margin ?? DEFAULT_MARGIN;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(0, opts.width - margin.left - margin.right),
    height: Math.max(0, opts.height - margin.top - margin.bottom),
  };
  const max = data.reduce((m, d) => Math.max(m, d.value), 0);
  const y =
    opts.scale === "log" ? logScale(data, max, plot) : linearScale(max, plot, opts.tickCount);
  // Thin padding so even 150 layers keep visible bars; very small bars still get 1 px of height
  // so a layer with a few thousand MACs is not invisible next to a 100 M one.
  const x = scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range([plot.x, plot.x + plot.width])
    .paddingInner(data.length > 60 ? 0.1 : 0.2);
  const bottom = plot.y + plot.height;
  const bars = data.map((d, index) => {
    const top = y(d.value);
    const height = d.value > 0 ? Math.max(1, bottom - top) : 0;
    return {
      key: d.key,
      index,
      x: x(index) ?? plot.x,
      y: bottom - height,
      width: x.bandwidth(),
      height,
    };
  });
  const ticks = (opts.scale === "log" ? decadeTicks(y.domain()) : y.ticks(opts.tickCount ?? 4)).map(
    (value) => ({ value, y: y(value) }),
  );
  return { bars, ticks, plot };
}

type Plot = BarLayout["plot"];

function linearScale(max: number, plot: Plot, tickCount = 4) {
  return scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([plot.y + plot.height, plot.y])
    .nice(tickCount);
}

/** Log10 heights; values at or below the baseline (and zeros) draw as empty bars. */
function logScale(data: readonly BarDatum[], max: number, plot: Plot) {
  const positive = data.map((d) => d.value).filter((v) => v > 0);
  const low = positive.length > 0 ? Math.min(...positive) : 1;
  const floor = 10 ** (Math.floor(Math.log10(low)) - 1);
  const top = 10 ** Math.ceil(Math.log10(Math.max(max, floor * 10)));
  return scaleLog()
    .domain([floor, top])
    .range([plot.y + plot.height, plot.y])
    .clamp(true);
}

/** Powers of ten inside the domain, at most five of them (every other decade when there are more). */
function decadeTicks([lo, hi]: number[]): number[] {
  const from = Math.round(Math.log10(lo ?? 1));
  const to = Math.round(Math.log10(hi ?? 10));
  const every = Math.max(1, Math.ceil((to - from + 1) / 5));
  const ticks: number[] = [];
  for (let e = to; e >= from; e -= every) ticks.push(10 ** e);
  return ticks.reverse();
}

/** The bar under a point on the x axis (nearest centre), so touch can pick a layer by position. */
export function barIndexAt(bars: readonly BarRect[], x: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const b of bars) {
    const d = Math.abs(b.x + b.width / 2 - x);
    if (d < bestDistance) {
      bestDistance = d;
      best = b.index;
    }
  }
  return best;
}
