/**
 * Layout of "published top-1 vs MACs" scatter charts (lesson 3, explorer version comparison).
 * MACs span 11 M (V2 0.35-96) to 7 G (V4 Hybrid-L), so x is logarithmic; top-1 is linear.
 * Pure: returns positions and ticks, React renders them.
 */
import { scaleLinear, scaleLog } from "d3-scale";
import type { PlotBox } from "./plot-box";

export interface AccuracyDatum {
  readonly key: string;
  /** Millions of MACs (multiply-adds), as the tables print them. */
  readonly macsM: number;
  /** ImageNet top-1, percent. */
  readonly top1: number;
  /** Which legend group the point belongs to (e.g. "V1 paper", "V2 slim grid"). */
  readonly series: string;
}

export interface PlacedPoint<T extends AccuracyDatum> {
  readonly datum: T;
  readonly cx: number;
  readonly cy: number;
}

export interface AccuracyLayout<T extends AccuracyDatum> {
  readonly points: readonly PlacedPoint<T>[];
  readonly xTicks: readonly { readonly value: number; readonly x: number }[];
  readonly yTicks: readonly { readonly value: number; readonly y: number }[];
  /** x position of any MACs value (e.g. the user's current choice), clamped to the plot. */
  readonly xOf: (macsM: number) => number;
  readonly plot: PlotBox;
}

export interface AccuracyLayoutOptions {
  readonly width: number;
  readonly height: number;
  /** Extra MACs values the x domain must include (the current choice). */
  readonly alsoShow?: readonly number[];
  readonly margin?: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  /** Minimum distance in px between x tick labels (default 40). */
  readonly minTickGap?: number;
}

const LOG_TICKS = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

export function layoutAccuracy<T extends AccuracyDatum>(
  data: readonly T[],
  opts: AccuracyLayoutOptions,
): AccuracyLayout<T> {
  const m = opts.margin ?? { top: 12, right: 16, bottom: 36, left: 44 };
  const plot = {
    left: m.left,
    right: opts.width - m.right,
    top: m.top,
    bottom: opts.height - m.bottom,
  };
  const macs = [...data.map((d) => d.macsM), ...(opts.alsoShow ?? [])].filter((v) => v > 0);
  const lo = macs.length ? Math.min(...macs) : 10;
  const hi = macs.length ? Math.max(...macs) : 1000;
  // Pad by ~15 % on the log axis so the outermost points are not cut by the frame.
  const x = scaleLog()
    .domain([lo / 1.3, hi * 1.3])
    .range([plot.left, plot.right])
    .clamp(true);
  const tops = data.map((d) => d.top1);
  const yLo = tops.length ? Math.floor(Math.min(...tops) / 5) * 5 : 40;
  const yHi = tops.length ? Math.ceil(Math.max(...tops) / 5) * 5 : 90;
  const y = scaleLinear()
    .domain([yLo, yHi === yLo ? yLo + 5 : yHi])
    .range([plot.bottom, plot.top]);
  const [d0, d1] = x.domain() as [number, number];
  // On a phone 100 M and 200 M would collide: keep a tick only if it is far enough from the last kept one.
  const minGap = opts.minTickGap ?? 40;
  const xTicks: { value: number; x: number }[] = [];
  for (const value of LOG_TICKS.filter((v) => v >= d0 && v <= d1)) {
    const at = x(value);
    const last = xTicks.at(-1);
    if (!last || at - last.x >= minGap) xTicks.push({ value, x: at });
  }
  return {
    points: data.map((datum) => ({ datum, cx: x(datum.macsM), cy: y(datum.top1) })),
    xTicks,
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    xOf: (v: number) => x(Math.max(v, 1e-9)),
    plot,
  };
}

export interface RuleLabelPlacement {
  /** Text anchor point (baseline start or end). */
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "end";
  /** The label's box, for tests and background plates. */
  readonly box: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

/**
 * Where the label of a vertical rule (the learner's current MACs) goes so that it covers no marker:
 * beside the rule, on the roomier side first, at the first height from the top whose box clears every
 * marker by `clearance` px (past a highlight ring); failing that, the height that covers the fewest.
 */
export function placeRuleLabel(
  ruleX: number,
  label: { readonly width: number; readonly height: number },
  markers: readonly { readonly cx: number; readonly cy: number }[],
  plot: PlotBox,
  clearance = 11,
): RuleLabelPlacement {
  const gap = 4;
  const preferRight = ruleX < (plot.left + plot.right) / 2;
  const sides: ("start" | "end")[] = preferRight ? ["start", "end"] : ["end", "start"];
  const fits = (side: "start" | "end") =>
    side === "start"
      ? ruleX + gap + label.width <= plot.right
      : ruleX - gap - label.width >= plot.left;
  const usable = sides.filter(fits);
  const candidates: RuleLabelPlacement[] = [];
  for (let top = plot.top; top + label.height <= plot.bottom; top += label.height / 2)
    for (const side of usable.length ? usable : sides) {
      const bx = side === "start" ? ruleX + gap : ruleX - gap - label.width;
      candidates.push({
        x: side === "start" ? ruleX + gap : ruleX - gap,
        y: top + label.height - 3,
        anchor: side,
        box: { x: bx, y: top, width: label.width, height: label.height },
      });
    }
  const hits = (c: RuleLabelPlacement) =>
    markers.filter(
      (m) =>
        m.cx >= c.box.x - clearance &&
        m.cx <= c.box.x + c.box.width + clearance &&
        m.cy >= c.box.y - clearance &&
        m.cy <= c.box.y + c.box.height + clearance,
    ).length;
  let best = candidates[0];
  let bestHits = Infinity;
  for (const c of candidates) {
    const h = hits(c);
    if (h < bestHits) {
      best = c;
      bestHits = h;
      if (h === 0) break;
    }
  }
  return (
    best ?? {
      x: ruleX + gap,
      y: plot.top + label.height,
      anchor: "start",
      box: { x: ruleX + gap, y: plot.top, width: label.width, height: label.height },
    }
  );
}
