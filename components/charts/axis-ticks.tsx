/** The plot rectangle of a chart layout, in SVG pixels. */
export interface PlotBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface AxisTicksProps {
  readonly plot: PlotBox;
  readonly xTicks: readonly { readonly value: number; readonly x: number }[];
  readonly yTicks: readonly { readonly value: number; readonly y: number }[];
  readonly formatX: (value: number) => string;
  readonly formatY: (value: number) => string;
  /** Classes of the tick labels (fill and size). */
  readonly labelClassName: string;
}

/**
 * Horizontal gridlines with y tick labels left of the plot, and x tick labels below it: the axes
 * shared by the scatter charts (accuracy vs MACs, latency vs MACs).
 */
export function AxisTicks({
  plot,
  xTicks,
  yTicks,
  formatX,
  formatY,
  labelClassName,
}: AxisTicksProps) {
  return (
    <>
      {yTicks.map((t) => (
        <g key={`y${t.value}`}>
          <line
            x1={plot.left}
            x2={plot.right}
            y1={t.y}
            y2={t.y}
            className="stroke-slate-200 dark:stroke-slate-800"
          />
          <text x={plot.left - 6} y={t.y} dy="0.32em" textAnchor="end" className={labelClassName}>
            {formatY(t.value)}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text
          key={`x${t.value}`}
          x={t.x}
          y={plot.bottom + 16}
          textAnchor="middle"
          className={labelClassName}
        >
          {formatX(t.value)}
        </text>
      ))}
    </>
  );
}
