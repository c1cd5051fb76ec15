"use client";

import { scaleLinear } from "d3";
import { useRef } from "react";
import { AxisTicks, AxisTitles } from "@/components/charts/chart-frame";
import { useWidth } from "@/components/charts/use-width";
import type { KindShare, TimingSummary } from "@/lib/layer-timing/summarize";
import { kindLabel, kindSentence, percent } from "@/lib/layer-timing/timing-text";
import { opColorVar } from "@/lib/viz/theme";

function swatch(kind: KindShare["kind"]) {
  return kind === "remainder" ? undefined : { background: opColorVar(kind) };
}

/** Per kind: the share of multiply-adds and the share of time as two bars, with the sentence. */
function KindBars({ kinds }: { readonly kinds: readonly KindShare[] }) {
  return (
    <ul className="space-y-3" data-testid="kind-shares">
      {kinds.map((k) => (
        <li key={k.kind} data-kind={k.kind}>
          <p className="text-sm">{kindSentence(k)}</p>
          <div
            aria-hidden="true"
            className="mt-1 grid grid-cols-[4.5rem_1fr] items-center gap-x-2 gap-y-0.5 text-xs text-slate-500 dark:text-slate-400"
          >
            {k.kind !== "remainder" && (
              <>
                <span>MACs</span>
                <span className="h-2.5 rounded-sm bg-slate-100 dark:bg-slate-900">
                  <span
                    className="block h-full rounded-sm opacity-60"
                    style={{ width: `${100 * k.macsShare}%`, ...swatch(k.kind) }}
                  />
                </span>
              </>
            )}
            <span>time</span>
            <span className="h-2.5 rounded-sm bg-slate-100 dark:bg-slate-900">
              <span
                className={`block h-full rounded-sm ${k.kind === "remainder" ? "bg-slate-400 dark:bg-slate-500" : ""}`}
                style={{ width: `${100 * k.timeShare}%`, ...swatch(k.kind) }}
              />
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Per layer: share of MACs across, share of time up; above the diagonal a layer costs more time than its MACs say. */
function LayerScatter({ summary }: { readonly summary: TimingSummary }) {
  const box = useRef<HTMLDivElement>(null);
  const width = Math.min(useWidth(box, 300), 420);
  const height = Math.round(width * 0.8);
  const plot = { left: 58, right: width - 12, top: 12, bottom: height - 36 };
  const totalMacs = summary.layers.reduce((a, l) => a + l.macs, 0);
  const pts = summary.layers.map((l) => ({ l, m: l.macs / totalMacs, t: l.share }));
  const hi = Math.max(0.01, ...pts.map((p) => Math.max(p.m, p.t))) * 1.08;
  const x = scaleLinear().domain([0, hi]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, hi]).range([plot.bottom, plot.top]);
  const ticks = x.ticks(4);
  return (
    <div ref={box} className="w-full min-w-0">
      <svg
        width={width}
        height={height}
        role="img"
        aria-label="Each layer's share of the multiply-adds against its share of the time; points above the diagonal take more time than their multiply-adds suggest. The same numbers are in the table."
        data-testid="layer-share-scatter"
        className="block"
      >
        <AxisTicks
          axes={{
            plot,
            xTicks: ticks.map((v) => ({ value: v, x: x(v) })),
            yTicks: ticks.map((v) => ({ value: v, y: y(v) })),
          }}
          formatX={percent}
          formatY={percent}
          xLabelOffset={14}
        />
        <line
          x1={x(0)}
          y1={y(0)}
          x2={x(hi)}
          y2={y(hi)}
          strokeDasharray="4 4"
          className="stroke-slate-400 dark:stroke-slate-600"
        />
        {pts.map(({ l, m, t }) => (
          <circle
            key={l.node}
            cx={x(m)}
            cy={y(t)}
            r={4}
            style={{ fill: opColorVar(l.kind) }}
            fillOpacity={0.85}
          >
            <title>{`${l.label}: ${percent(m)} of the MACs, ${percent(t)} of the time`}</title>
          </circle>
        ))}
        <AxisTitles plot={plot} height={height} x="share of multiply-adds" y="share of time" />
      </svg>
    </div>
  );
}

/** Picture (a): where the multiply-adds are against where the time goes. */
export function ShareChart({ summary }: { readonly summary: TimingSummary }) {
  return (
    <figure
      className="grid grid-cols-1 gap-6 md:grid-cols-2 [&>*]:min-w-0"
      data-testid="share-chart"
    >
      <KindBars kinds={summary.kinds} />
      <LayerScatter summary={summary} />
      <figcaption className="text-xs text-slate-500 md:col-span-2 dark:text-slate-400">
        Left: per kind of layer, the share of multiply-adds (pale) against the share of measured
        time (solid). Right: one dot per layer; above the dashed diagonal a layer takes a bigger
        share of the time than of the multiply-adds. {kindLabel("remainder")} time has no MACs.
      </figcaption>
    </figure>
  );
}
