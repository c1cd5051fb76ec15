"use client";

import { useMemo, useRef } from "react";
import { AxisTicks } from "@/components/charts/axis-ticks";
import { Marker } from "@/components/charts/marker";
import { useWidth } from "@/components/charts/use-width";
import { MODEL_TITLES } from "@/lib/arch/models";
import type { MobileNetVersion } from "@/lib/arch/types";
import type { LabBackend } from "@/lib/lab/lab-grid";
import { layoutLatency } from "@/lib/lab/latency-layout";
import type { Measurement } from "@/lib/lab/measurement";
import { achievedGflops, formatGflops } from "@/lib/lab/measurement";
import { BACKEND_MARKERS, VERSION_STYLES, seriesLabel } from "@/lib/lab/series-style";

function markerClass(version: MobileNetVersion, backend: LabBackend): string {
  const style = VERSION_STYLES[version];
  return BACKEND_MARKERS[backend].hollow
    ? `fill-white stroke-2 dark:fill-[#0f1419] ${style.stroke}`
    : style.fill;
}

const formatTick = (v: number) =>
  v >= 1000 ? `${Number((v / 1000).toPrecision(3))} G` : String(Number(v.toPrecision(3)));

/** Measured warm latency against MACs, log–log, one series per version × backend, with GFLOP/s guides. */
export function LatencyChart({
  rows,
  height = 340,
}: {
  readonly rows: readonly Measurement[];
  readonly height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 720);
  const data = useMemo(
    () => rows.map((r) => ({ ...r, macsM: r.macs / 1e6, ms: r.medianMs })),
    [rows],
  );
  const layout = useMemo(() => layoutLatency(data, { width, height }), [data, width, height]);
  const { plot } = layout;
  const series = [...new Map(rows.map((r) => [seriesLabel(r.version, r.backend), r])).values()];
  return (
    <figure>
      <div ref={box} data-testid="latency-chart">
        <svg
          width={width}
          height={height}
          role="img"
          aria-label="Measured warm latency (ms) against MACs, both on log scales. The same numbers are in the table below."
          className="block"
        >
          <defs>
            <clipPath id="lab-plot-clip">
              <rect
                x={plot.left}
                y={plot.top}
                width={plot.right - plot.left}
                height={plot.bottom - plot.top}
              />
            </clipPath>
          </defs>
          <rect
            x={plot.left}
            y={plot.top}
            width={plot.right - plot.left}
            height={plot.bottom - plot.top}
            className="fill-none stroke-slate-300 dark:stroke-slate-700"
          />
          <AxisTicks
            plot={plot}
            xTicks={layout.xTicks}
            yTicks={layout.yTicks}
            formatX={formatTick}
            formatY={formatTick}
            labelClassName="fill-slate-600 text-[11px] dark:fill-slate-400"
          />
          <g clipPath="url(#lab-plot-clip)">
            {layout.guides.map((g) => (
              <g key={g.gflops}>
                <line
                  x1={g.x1}
                  y1={g.y1}
                  x2={g.x2}
                  y2={g.y2}
                  strokeDasharray="3 4"
                  className="stroke-slate-300 dark:stroke-slate-700"
                />
                <text
                  x={g.x2 - 4}
                  y={g.y2 + 12}
                  textAnchor="end"
                  className="fill-slate-500 text-[10px] dark:fill-slate-500"
                >
                  {g.gflops} GFLOP/s
                </text>
              </g>
            ))}
          </g>
          <text
            x={(plot.left + plot.right) / 2}
            y={height - 6}
            textAnchor="middle"
            className="fill-slate-700 text-[11px] dark:fill-slate-300"
          >
            M MACs (multiply-adds), log scale
          </text>
          <text
            transform={`translate(12 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
            className="fill-slate-700 text-[11px] dark:fill-slate-300"
          >
            median warm latency (ms), log scale
          </text>
          {layout.points.map(({ datum, cx, cy }) => (
            <g key={datum.key} data-testid="lab-point">
              <title>{`${MODEL_TITLES[datum.model]} α ${datum.alpha} ${datum.resolution} px, ${BACKEND_MARKERS[datum.backend].label}: ${datum.ms.toFixed(1)} ms, ${datum.macsM.toFixed(0)} M MACs, ${formatGflops(achievedGflops(datum.macs, datum.ms))} GFLOP/s`}</title>
              <Marker
                shape={VERSION_STYLES[datum.version].shape}
                x={cx}
                y={cy}
                r={5}
                className={markerClass(datum.version, datum.backend)}
              />
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Series">
          {series.map((r) => (
            <li key={seriesLabel(r.version, r.backend)} className="flex items-center gap-1.5">
              <svg width="14" height="14" aria-hidden="true">
                <Marker
                  shape={VERSION_STYLES[r.version].shape}
                  x={7}
                  y={7}
                  r={4.5}
                  className={markerClass(r.version, r.backend)}
                />
              </svg>
              {seriesLabel(r.version, r.backend)}
              {r.softwareAdapter ? " (software adapter)" : ""}
            </li>
          ))}
        </ul>
        <p className="mt-1">
          Dashed lines are constant throughput: on a log–log plot, GFLOP/s = 2 × MACs / time is a
          straight line. A point below another point&apos;s line runs its multiply-adds faster.
        </p>
      </figcaption>
    </figure>
  );
}
