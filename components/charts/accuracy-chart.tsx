"use client";

import { useMemo, useRef } from "react";
import type { AccuracyDatum } from "@/lib/viz/accuracy-layout";
import { layoutAccuracy, placeRuleLabel } from "@/lib/viz/accuracy-layout";
import { seriesStyle } from "@/lib/viz/theme";
import { AxisTicks, AxisTitles, MarkerSwatch, VerticalRule } from "./chart-frame";
import { Marker } from "./marker";
import { useWidth } from "./use-width";
import { DataTable, type Column } from "@/components/ui/data-table";

export interface AccuracyPoint extends AccuracyDatum {
  readonly label: string;
  /** Where the number was printed (e.g. "V1 paper, Table 6"). */
  readonly source: string;
  /** True for secondary, not re-checked sources (none since the V4 paper was read). Drawn hollow and labelled. */
  readonly unverified?: boolean;
}

/** The text equivalent of the chart: one row per point. */
const POINT_COLUMNS: readonly Column<AccuracyPoint>[] = [
  { id: "model", header: "Model", cell: (p) => p.label },
  { id: "top1", header: "Top-1", numeric: true, mono: true, cell: (p) => `${p.top1} %` },
  { id: "macs", header: "M MACs", numeric: true, mono: true, cell: (p) => p.macsM },
  {
    id: "source",
    header: "Source",
    cell: (p) => `${p.source}${p.unverified ? " (unverified)" : ""}`,
  },
];

const formatMacsTick = (v: number) => (v >= 1000 ? `${v / 1000} G` : `${v} M`);

export interface AccuracyChartProps {
  readonly points: readonly AccuracyPoint[];
  readonly title: string;
  /** The current choice's MACs in millions, drawn as a vertical rule. */
  readonly current?: { readonly macsM: number; readonly label: string };
  /** Keys of points that match the current choice (drawn larger, ringed). */
  readonly highlight?: readonly string[];
  readonly height?: number;
  /**
   * Series shown for context only (e.g. V2's checkpoints in a V1 lesson): hollow markers in the lighter
   * neutral ink, so the lesson's own series stands out by fill and tone, not only by shape.
   */
  readonly context?: readonly string[];
}

/** Published top-1 vs MACs (log axis), with sources in the legend and a text table. */
export function AccuracyChart({
  points,
  title,
  current,
  highlight = [],
  height = 300,
  context = [],
}: AccuracyChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 720);
  const layout = useMemo(
    () => layoutAccuracy(points, { width, height, alsoShow: current ? [current.macsM] : [] }),
    [points, width, height, current],
  );
  const series = [...new Set(points.map((p) => p.series))];
  // Context series take the second (lighter) ink row of the neutral styles, keeping their shape.
  const styleOf = (s: string) =>
    seriesStyle(Math.max(0, series.indexOf(s)) + (context.includes(s) ? 4 : 0));
  const hollow = (s: string, unverified?: boolean) => unverified === true || context.includes(s);
  const markerClass = (s: string, unverified?: boolean) =>
    hollow(s, unverified)
      ? `fill-white stroke-2 dark:fill-[#0f1419] ${styleOf(s).stroke}`
      : styleOf(s).fill;
  const { plot } = layout;
  const currentX = current ? layout.xOf(current.macsM) : null;
  // 11 px semibold: about 0.6 em per character; the label must not cover any marker.
  const currentLabel =
    currentX !== null && current
      ? placeRuleLabel(
          currentX,
          { width: current.label.length * 6.6 + 4, height: 14 },
          layout.points,
          plot,
        )
      : null;
  return (
    <figure className="my-4">
      <div ref={box} className="overflow-hidden" data-testid="accuracy-chart">
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={`${title}. The same data is in the table below.`}
          className="block"
        >
          <AxisTicks
            axes={layout}
            formatX={formatMacsTick}
            formatY={(v) => `${v} %`}
            labelClassName="fill-slate-500 text-[11px] dark:fill-slate-400"
          />
          <AxisTitles
            plot={plot}
            height={height}
            x="MACs (multiply-adds), log scale"
            className="fill-slate-600 text-[11px] dark:fill-slate-400"
          />
          {currentX !== null && current && (
            <g data-testid="accuracy-current">
              <VerticalRule
                plot={plot}
                x={currentX}
                dash="4 3"
                className="stroke-slate-900 dark:stroke-slate-100"
              />
              {currentLabel && (
                <text
                  x={currentLabel.x}
                  y={currentLabel.y}
                  textAnchor={currentLabel.anchor}
                  className="fill-slate-900 text-[11px] font-semibold dark:fill-slate-100"
                  data-testid="accuracy-current-label"
                >
                  {current.label}
                </text>
              )}
            </g>
          )}
          {layout.points.map(({ datum, cx, cy }) => {
            const style = styleOf(datum.series);
            const on = highlight.includes(datum.key);
            return (
              <g key={datum.key}>
                <title>{`${datum.label}: ${datum.top1} % top-1, ${datum.macsM} M MACs (${datum.source}${datum.unverified ? ", unverified" : ""})`}</title>
                {on && (
                  <circle
                    cx={cx}
                    cy={cy}
                    r={10}
                    className="fill-none stroke-slate-900 stroke-2 dark:stroke-slate-100"
                  />
                )}
                <Marker
                  shape={style.shape}
                  x={cx}
                  y={cy}
                  r={on ? 6 : 4}
                  className={markerClass(datum.series, datum.unverified)}
                />
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {series.map((s) => {
            const style = styleOf(s);
            const unverified = points.some((p) => p.series === s && p.unverified);
            return (
              <li key={s} className="flex items-center gap-1.5">
                <MarkerSwatch
                  shape={style.shape}
                  size={12}
                  r={4}
                  className={
                    hollow(s, unverified) ? `fill-none stroke-2 ${style.stroke}` : style.fill
                  }
                />
                {s}
                {unverified && " (secondary source, unverified)"}
              </li>
            );
          })}
        </ul>
        <details className="mt-2">
          <summary className="cursor-pointer">{title}: the numbers as a table</summary>
          <DataTable
            look="compact"
            columns={POINT_COLUMNS}
            rows={points}
            rowKey={(p) => p.key}
            scrollClassName="mt-2"
          />
        </details>
      </figcaption>
    </figure>
  );
}
