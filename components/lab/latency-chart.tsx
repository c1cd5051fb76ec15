"use client";

import { useMemo, useRef, useState } from "react";
import {
  AxisTicks,
  AxisTitles,
  MarkerSwatch,
  PlotBorder,
  PlotRect,
} from "@/components/charts/chart-frame";
import { Marker } from "@/components/charts/marker";
import { useWidth } from "@/components/charts/use-width";
import { MODEL_TITLES } from "@/lib/arch/models";
import type { MobileNetVersion } from "@/lib/arch/types";
import type { LabBackend } from "@/lib/lab/lab-grid";
import { layoutLatency } from "@/lib/lab/latency-layout";
import type { Measurement } from "@/lib/lab/measurement";
import { achievedGflops, formatGflops } from "@/lib/lab/measurement";
import { placeCallout, textWidth } from "@/lib/lab/point-callout";
import { seriesLines } from "@/lib/lab/series-lines";
import { BACKEND_MARKERS, VERSION_STYLES, seriesLabel } from "@/lib/lab/series-style";
import { spreadOf } from "@/lib/stats/spread";
import type { PlotBox } from "@/lib/viz/plot-box";

function markerClass(version: MobileNetVersion, backend: LabBackend): string {
  const style = VERSION_STYLES[version];
  return BACKEND_MARKERS[backend].hollow
    ? `fill-white stroke-2 dark:fill-[#0f1419] ${style.stroke}`
    : style.fill;
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));

/** What a point is, in words: shown beside it on focus, hover or tap, and below the chart. */
function describePoint(d: Measurement & { readonly spread: ReturnType<typeof spreadOf> }): string {
  const s = d.spread;
  const spread = s.runs > 1 ? `, p10–p90 ${ms(s.p10)}–${ms(s.p90)} ms over ${s.runs} runs` : "";
  return `${MODEL_TITLES[d.model]} α ${d.alpha}, ${d.resolution} px on ${BACKEND_MARKERS[d.backend].label}: median ${ms(d.medianMs)} ms${spread}; ${(d.macs / 1e6).toFixed(0)} M MACs, ${formatGflops(achievedGflops(d.macs, d.medianMs))} GFLOP/s`;
}

const formatTick = (v: number) =>
  v >= 1000 ? `${Number((v / 1000).toPrecision(3))} G` : String(Number(v.toPrecision(3)));

/**
 * Measured warm latency against MACs, log–log, one series per version × backend, with GFLOP/s guides.
 * Points of one model's α or resolution series are joined; each carries its p10–p90 run spread; a point
 * is named beside it when focused (Tab), tapped or hovered.
 */
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
    () =>
      rows.map((r) => {
        const spread = spreadOf(r.runsMs);
        const hasSpread = spread.runs > 1;
        return {
          ...r,
          macsM: r.macs / 1e6,
          ms: r.medianMs,
          spread,
          msLow: hasSpread ? spread.p10 : undefined,
          msHigh: hasSpread ? spread.p90 : undefined,
        };
      }),
    [rows],
  );
  const layout = useMemo(() => layoutLatency(data, { width, height }), [data, width, height]);
  const { plot } = layout;
  const [selected, setSelected] = useState<string | null>(null);
  const placed = new Map(layout.points.map((p) => [p.datum.key, p]));
  const lines = seriesLines(rows);
  const chosen = selected ? placed.get(selected) : undefined;
  const series = [...new Map(rows.map((r) => [seriesLabel(r.version, r.backend), r])).values()];
  return (
    <figure>
      <div ref={box} data-testid="latency-chart">
        <svg
          width={width}
          height={height}
          role="group"
          aria-label="Measured warm latency (ms) against MACs, both on log scales; each point is a button that names it. The same numbers are in the table below."
          className="block"
        >
          <defs>
            <clipPath id="lab-plot-clip">
              <PlotRect plot={plot} />
            </clipPath>
          </defs>
          <PlotBorder plot={plot} />
          <AxisTicks axes={layout} formatX={formatTick} formatY={formatTick} />
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
          <AxisTitles
            plot={plot}
            height={height}
            bottomGap={6}
            x="M MACs (multiply-adds), log scale"
            y="median warm latency (ms), log scale"
          />
          <g clipPath="url(#lab-plot-clip)" data-testid="lab-series-lines">
            {lines.map((line) => {
              const pts = line.points.flatMap((k) => {
                const p = placed.get(k);
                return p ? [p] : [];
              });
              const first = pts[0];
              if (!first) return null;
              return (
                <polyline
                  key={line.key}
                  data-testid="lab-series-line"
                  data-along={line.along}
                  points={pts.map((p) => `${p.cx},${p.cy}`).join(" ")}
                  fill="none"
                  strokeWidth={1.5}
                  strokeDasharray={line.along === "resolution" ? "6 3" : undefined}
                  className={VERSION_STYLES[first.datum.version].stroke}
                />
              );
            })}
            {layout.points.map(({ datum, cx }) =>
              datum.msLow !== undefined && datum.msHigh !== undefined ? (
                <g
                  key={datum.key}
                  data-testid="lab-point-spread"
                  className={VERSION_STYLES[datum.version].stroke}
                >
                  <line
                    x1={cx}
                    x2={cx}
                    y1={layout.yOf(datum.msLow)}
                    y2={layout.yOf(datum.msHigh)}
                  />
                  <line
                    x1={cx - 3}
                    x2={cx + 3}
                    y1={layout.yOf(datum.msLow)}
                    y2={layout.yOf(datum.msLow)}
                  />
                  <line
                    x1={cx - 3}
                    x2={cx + 3}
                    y1={layout.yOf(datum.msHigh)}
                    y2={layout.yOf(datum.msHigh)}
                  />
                </g>
              ) : null,
            )}
          </g>
          {layout.points.map(({ datum, cx, cy }) => (
            <g
              key={datum.key}
              data-testid="lab-point"
              tabIndex={0}
              role="button"
              aria-label={describePoint(datum)}
              aria-pressed={selected === datum.key}
              onFocus={() => setSelected(datum.key)}
              onClick={() => setSelected(datum.key)}
              onPointerEnter={(e) => {
                if (e.pointerType === "mouse") setSelected(datum.key);
              }}
              className="cursor-pointer outline-none [&:focus-visible>circle:first-child]:stroke-slate-900 dark:[&:focus-visible>circle:first-child]:stroke-slate-100"
            >
              {/* A 14 px hit area: a 5 px marker is too small to tap. */}
              <circle
                cx={cx}
                cy={cy}
                r={14}
                className="fill-transparent stroke-transparent stroke-2"
              />
              <Marker
                shape={VERSION_STYLES[datum.version].shape}
                x={cx}
                y={cy}
                r={selected === datum.key ? 7 : 5}
                className={markerClass(datum.version, datum.backend)}
              />
            </g>
          ))}
          {chosen && <Callout point={chosen} plot={plot} />}
        </svg>
      </div>
      <p
        aria-live="polite"
        className="mt-1 min-h-10 text-sm text-slate-700 dark:text-slate-300"
        data-testid="lab-point-detail"
      >
        {chosen
          ? describePoint(chosen.datum)
          : "Tab to a point, tap it or hover over it to see which model, α and resolution it is."}
      </p>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Series">
          {series.map((r) => (
            <li key={seriesLabel(r.version, r.backend)} className="flex items-center gap-1.5">
              <MarkerSwatch
                shape={VERSION_STYLES[r.version].shape}
                size={14}
                r={4.5}
                className={markerClass(r.version, r.backend)}
              />
              {seriesLabel(r.version, r.backend)}
              {r.softwareAdapter ? " (software adapter)" : ""}
            </li>
          ))}
        </ul>
        <p className="mt-1">
          Dashed lines are constant throughput: on a log–log plot, GFLOP/s = 2 × MACs / time is a
          straight line. A point below another point&apos;s line runs its multiply-adds faster.
          Solid lines join one model&apos;s α series, long dashes its resolution series; the whisker
          on each point spans the middle 80 % of its timed runs (p10 to p90).
        </p>
      </figcaption>
    </figure>
  );
}

/** The focused point's short name in a box beside it ("V2 α 0.5 · 96 px · 12.3 ms"). */
function Callout({
  point,
  plot,
}: {
  readonly point: { readonly datum: Measurement; readonly cx: number; readonly cy: number };
  readonly plot: PlotBox;
}) {
  const { datum, cx, cy } = point;
  const text = `${MODEL_TITLES[datum.model].replace(/^MobileNet/, "")} α ${datum.alpha} · ${datum.resolution} px · ${ms(datum.medianMs)} ms`;
  const box = placeCallout(cx, cy, { width: textWidth(text), height: 20 }, plot);
  return (
    <g data-testid="lab-point-callout" aria-hidden="true" pointerEvents="none">
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={3}
        className="fill-white stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500"
      />
      <text
        x={box.x + 5}
        y={box.y + 14}
        className="fill-slate-900 text-[11px] font-medium dark:fill-slate-100"
      >
        {text}
      </text>
    </g>
  );
}
