import type { ReactNode } from "react";
import type { PlotBox } from "@/lib/viz/plot-box";
import type { MarkerShapeName } from "./marker";
import { Marker } from "./marker";

/** A chart layout's plot rectangle and where its ticks land (either list may be left out). */
export interface ChartAxes {
  readonly plot: PlotBox;
  readonly xTicks?: readonly { readonly value: number; readonly x: number }[];
  readonly yTicks?: readonly { readonly value: number; readonly y: number }[];
}

export interface AxisTicksProps {
  readonly axes: ChartAxes;
  readonly formatX?: (value: number) => string;
  readonly formatY?: (value: number) => string;
  /** Classes of the tick labels (fill and size); the default is 11 px in the secondary ink. */
  readonly labelClassName?: string;
  /** Classes of the gridlines; the default is the site's light rule. */
  readonly gridClassName?: string;
  /** Also draw a vertical gridline at each x tick (by default only the y ticks get one). */
  readonly xGrid?: boolean;
  /** How far below the plot the x labels' baseline sits. */
  readonly xLabelOffset?: number;
  /** How far left of the plot the y labels end. */
  readonly yLabelGap?: number;
}

/**
 * The axes every SVG chart of the site shares: gridlines with y tick labels left of the plot, and x
 * tick labels below it (scatter, line, bar and roofline charts).
 */
export function AxisTicks({
  axes: { plot, xTicks = [], yTicks = [] },
  formatX = String,
  formatY = String,
  labelClassName = "fill-slate-600 text-[11px] dark:fill-slate-400",
  gridClassName = "stroke-slate-200 dark:stroke-slate-800",
  xGrid = false,
  xLabelOffset = 16,
  yLabelGap = 6,
}: AxisTicksProps) {
  return (
    <>
      {xTicks.map((t) => (
        <g key={`x${t.value}`}>
          {xGrid && (
            <line x1={t.x} x2={t.x} y1={plot.top} y2={plot.bottom} className={gridClassName} />
          )}
          <text
            x={t.x}
            y={plot.bottom + xLabelOffset}
            textAnchor="middle"
            className={labelClassName}
          >
            {formatX(t.value)}
          </text>
        </g>
      ))}
      {yTicks.map((t) => (
        <g key={`y${t.value}`}>
          <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} className={gridClassName} />
          <text
            x={plot.left - yLabelGap}
            y={t.y}
            dy="0.32em"
            textAnchor="end"
            className={labelClassName}
          >
            {formatY(t.value)}
          </text>
        </g>
      ))}
    </>
  );
}

/** The plot rectangle as an SVG rect (a clip path's shape, or with classes an outline). */
export function PlotRect({
  plot,
  className,
}: {
  readonly plot: PlotBox;
  readonly className?: string;
}) {
  return (
    <rect
      x={plot.left}
      y={plot.top}
      width={plot.right - plot.left}
      height={plot.bottom - plot.top}
      className={className}
    />
  );
}

/** A thin outline around the plot rectangle. */
export function PlotBorder({ plot }: { readonly plot: PlotBox }) {
  return <PlotRect plot={plot} className="fill-none stroke-slate-300 dark:stroke-slate-700" />;
}

/** A dashed vertical rule at `x`, from `top` (the plot's top by default) down to the x axis. */
export function VerticalRule({
  plot,
  x,
  top = plot.top,
  dash,
  className,
}: {
  readonly plot: PlotBox;
  readonly x: number;
  readonly top?: number;
  readonly dash: string;
  readonly className: string;
}) {
  return (
    <line x1={x} x2={x} y1={top} y2={plot.bottom} strokeDasharray={dash} className={className} />
  );
}

/**
 * The axis titles: the x title centred under the plot at the foot of the chart, the y title turned
 * up the left edge. Either may be left out.
 */
export function AxisTitles({
  plot,
  height,
  x,
  y,
  className = "fill-slate-700 text-[11px] dark:fill-slate-300",
  bottomGap = 4,
  yTitleX = 12,
}: {
  readonly plot: PlotBox;
  /** The whole chart's height, in SVG pixels. */
  readonly height: number;
  readonly x?: ReactNode;
  readonly y?: ReactNode;
  readonly className?: string;
  /** How far above the chart's bottom edge the x title's baseline sits. */
  readonly bottomGap?: number;
  /** Where the y title's (rotated) baseline sits from the left edge. */
  readonly yTitleX?: number;
}) {
  return (
    <>
      {x !== undefined && (
        <text
          x={(plot.left + plot.right) / 2}
          y={height - bottomGap}
          textAnchor="middle"
          className={className}
        >
          {x}
        </text>
      )}
      {y !== undefined && (
        <text
          transform={`translate(${yTitleX} ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          className={className}
        >
          {y}
        </text>
      )}
    </>
  );
}

/** A series' marker on its own, for a legend entry beside the series' name. */
export function MarkerSwatch({
  shape,
  size,
  r,
  className,
}: {
  readonly shape: MarkerShapeName;
  /** Width and height of the swatch. */
  readonly size: number;
  readonly r: number;
  readonly className: string;
}) {
  return (
    <svg width={size} height={size} aria-hidden="true">
      <Marker shape={shape} x={size / 2} y={size / 2} r={r} className={className} />
    </svg>
  );
}
