"use client";

import { useMemo, useRef } from "react";
import { AxisTicks, AxisTitles, PlotBorder, VerticalRule } from "@/components/charts/chart-frame";
import { useWidth } from "@/components/charts/use-width";
import { layoutRoofline } from "@/lib/layer-timing/roofline-layout";
import type { Ceilings } from "@/lib/layer-timing/roofline";
import type { TimingSummary } from "@/lib/layer-timing/summarize";
import { OP_KINDS } from "@/lib/arch/types";
import { OP_STYLES, opColorVar } from "@/lib/viz/theme";
import { sig3 } from "./format";

const tick = (v: number) => (v >= 1 ? String(v) : String(Number(v.toPrecision(2))));

/**
 * Picture (b): achieved GMAC/s against arithmetic intensity, log–log, one dot per layer in its
 * kind's colour, under this device's two measured roofs (memory: bandwidth × intensity; compute:
 * the peak), which meet at the ridge point. Each roof and the ridge carry their numbers.
 */
export function RooflineChart({
  summary,
  ceilings,
}: {
  readonly summary: TimingSummary;
  readonly ceilings: Ceilings;
}) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 640);
  const height = Math.max(260, Math.min(380, Math.round(width * 0.6)));
  const layout = useMemo(
    () =>
      layoutRoofline(
        summary.layers.map((l) => ({
          label: l.label,
          kind: l.kind,
          intensity: l.intensity,
          gmacs: l.gmacs,
        })),
        ceilings,
        { width, height },
      ),
    [summary.layers, ceilings, width, height],
  );
  const { plot, roof, ridge } = layout;
  const kinds = OP_KINDS.filter((k) => summary.layers.some((l) => l.kind === k));
  const [p0, p1] = roof;
  const slopeMid = p0 && p1 ? { x: (p0[0] + p1[0]) / 2, y: (p0[1] + p1[1]) / 2 } : null;
  const angle = p0 && p1 ? (Math.atan2(p1[1] - p0[1], p1[0] - p0[0]) * 180) / Math.PI : 0;
  const peakText = `peak compute ${sig3(ceilings.peakGmacs)} GMAC/s`;
  const memText = `memory ${sig3(ceilings.bandwidthGBs)} GB/s`;
  const ridgeText = `ridge ${sig3(ridge.value)} MACs/byte`;
  return (
    <figure data-testid="roofline">
      <div ref={box} className="w-full min-w-0">
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={`Roofline, log–log: each layer's achieved GMAC/s against its arithmetic intensity, under this device's ${peakText} and ${memText}, meeting at the ${ridgeText}.`}
          className="block"
        >
          <PlotBorder plot={plot} />
          <AxisTicks
            axes={layout}
            formatX={tick}
            formatY={tick}
            gridClassName="stroke-slate-100 dark:stroke-slate-900"
            xLabelOffset={14}
          />
          <polyline
            points={roof.map(([x, y]) => `${x},${y}`).join(" ")}
            className="fill-none stroke-slate-800 stroke-2 dark:stroke-slate-200"
          />
          <VerticalRule
            plot={plot}
            x={ridge.x}
            top={ridge.y}
            dash="3 4"
            className="stroke-slate-500"
          />
          <text
            x={plot.right - 4}
            y={ridge.y - 6}
            textAnchor="end"
            data-testid="ceiling-compute"
            className="fill-slate-800 text-[11px] font-semibold dark:fill-slate-200"
          >
            {peakText}
          </text>
          {slopeMid && (
            <text
              transform={`translate(${slopeMid.x} ${slopeMid.y - 6}) rotate(${angle})`}
              textAnchor="middle"
              data-testid="ceiling-memory"
              className="fill-slate-800 text-[11px] font-semibold dark:fill-slate-200"
            >
              {memText}
            </text>
          )}
          <text
            x={ridge.x + 4}
            y={plot.bottom - 6}
            data-testid="ridge-point"
            className="fill-slate-600 text-[11px] dark:fill-slate-400"
          >
            {ridgeText}
          </text>
          {layout.points.map((p) => (
            <circle
              key={p.label}
              cx={p.x}
              cy={p.y}
              r={4}
              style={{ fill: opColorVar(p.kind) }}
              fillOpacity={0.85}
            >
              <title>{`${p.label}: ${sig3(p.intensity)} MACs/byte, ${sig3(p.gmacs)} GMAC/s`}</title>
            </circle>
          ))}
          <AxisTitles
            plot={plot}
            height={height}
            x={
              width < 480
                ? "MACs per byte moved (log)"
                : "arithmetic intensity (MACs per byte moved), log scale"
            }
            y="achieved GMAC/s, log scale"
          />
        </svg>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        {kinds.map((k) => (
          <span key={k}>
            <span
              aria-hidden="true"
              className="mr-1 inline-block h-2.5 w-2.5 rounded-full align-middle"
              style={{ background: opColorVar(k) }}
            />
            {OP_STYLES[k].label}
          </span>
        ))}
        <span>
          Left of the ridge a layer can go no faster than memory feeds it; right of it, no faster
          than the arithmetic units.
        </span>
      </figcaption>
    </figure>
  );
}
