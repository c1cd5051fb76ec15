/**
 * Layout of the explorer's per-layer bar chart as plain data: one column per layer, heights on a
 * linear scale from zero (bar length must be proportional to the value, so no log scale here),
 * and a few round ticks. React renders it; tests pin it.
 */
import { scaleBand, scaleLinear } from "d3-scale";

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
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([plot.y + plot.height, plot.y])
    .nice(opts.tickCount ?? 4);
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
  const ticks = y.ticks(opts.tickCount ?? 4).map((value) => ({ value, y: y(value) }));
  return { bars, ticks, plot };
}
