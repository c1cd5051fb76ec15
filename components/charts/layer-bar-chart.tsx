"use client";

import type { KeyboardEvent, PointerEvent } from "react";
import { useMemo, useRef, useState } from "react";
import type { LayerCost } from "@/lib/arch/types";
import { formatCount, formatExact } from "@/lib/cost/format";
import { operationText, shapeText } from "@/lib/explorer/layer-text";
import { barIndexAt, layoutBars } from "@/lib/viz/bar-layout";
import { plotBoxOf } from "@/lib/viz/plot-box";
import { OP_STYLES, opColorVar } from "@/lib/viz/theme";
import { AxisTicks } from "./chart-frame";
import { useWidth } from "./use-width";

export type LayerMetric = "macs" | "params";

const METRIC_UNITS: Readonly<Record<LayerMetric, string>> = {
  macs: "MACs (multiply-adds)",
  params: "params",
};

export interface LayerBarChartProps {
  readonly layers: readonly LayerCost[];
  readonly metric: LayerMetric;
  readonly selected: string | null;
  readonly onSelect: (path: string) => void;
  readonly height?: number;
  /** "log" for the params chart's option (the FC layer flattens every other bar on a linear axis). */
  readonly scale?: "linear" | "log";
}

/**
 * One bar per layer, coloured by op kind. Hover shows a tooltip; the bars are one tab stop
 * (roving tabindex) and ←/→/Home/End move between layers, selecting each as it gets focus. On touch
 * (or pen) a tap anywhere over the chart, or a finger dragged across it, selects the nearest bar: a
 * 5 px bar is no target for a fingertip. Vertical swipes still scroll the page.
 */
export function LayerBarChart({
  layers,
  metric,
  selected,
  onSelect,
  height = 200,
  scale = "linear",
}: LayerBarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 800);
  const [hover, setHover] = useState<number | null>(null);
  const barRefs = useRef<(SVGRectElement | null)[]>([]);
  const layout = useMemo(
    () =>
      layoutBars(
        layers.map((l) => ({ key: l.path, value: l[metric] })),
        { width, height, margin: { top: 10, right: 4, bottom: 6, left: 52 }, scale },
      ),
    [layers, metric, width, height, scale],
  );
  // Hit areas cover the whole band step, gaps included.
  const step = (layout.bars[1]?.x ?? 0) - (layout.bars[0]?.x ?? 0);
  const gap = Math.max(0, step - (layout.bars[0]?.width ?? 0));
  const pickAt = (event: PointerEvent<SVGSVGElement>) => {
    if (event.pointerType === "mouse") return;
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    const index = barIndexAt(layout.bars, x);
    const layer = index === null ? undefined : layers[index];
    if (layer && layer.path !== selected) onSelect(layer.path);
  };
  const selectedIndex = layers.findIndex((l) => l.path === selected);
  const focusIndex = selectedIndex >= 0 ? selectedIndex : 0;
  // The tooltip follows the pointer only; the selected (or focused) layer is in the details panel.
  const tipIndex = hover;
  const tipLayer = tipIndex === null ? undefined : layers[tipIndex];
  const tipBar = tipIndex === null ? undefined : layout.bars[tipIndex];

  const move = (event: KeyboardEvent, index: number) => {
    const last = layers.length - 1;
    const next =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? Math.min(last, index + 1)
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? Math.max(0, index - 1)
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const layer = layers[next];
    if (layer) onSelect(layer.path);
    barRefs.current[next]?.focus();
  };

  return (
    <div ref={box} className="relative overflow-hidden" data-testid={`layer-chart-${metric}`}>
      <svg
        width={width}
        height={height}
        role="group"
        aria-label={`${METRIC_UNITS[metric]} per layer${scale === "log" ? " (log scale)" : ""}, ${layers.length} layers. Use the arrow keys to move between layers.`}
        className="block touch-pan-y overflow-visible"
        onMouseLeave={() => setHover(null)}
        onPointerDown={pickAt}
        onPointerMove={(e) => {
          if (e.buttons !== 0) pickAt(e);
        }}
      >
        <g aria-hidden="true">
          <AxisTicks
            axes={{ plot: plotBoxOf(layout.plot), yTicks: layout.ticks }}
            formatY={formatCount}
            labelClassName="fill-slate-500 text-[11px] dark:fill-slate-400"
          />
        </g>
        {layout.bars.map((bar, i) => {
          const layer = layers[i];
          if (!layer) return null;
          const isSelected = i === selectedIndex;
          return (
            <g key={bar.key}>
              {/* A full-height, full-step transparent hit area: tiny bars stay easy to hover and click. */}
              <rect
                x={bar.x - gap / 2}
                y={layout.plot.y}
                width={Math.max(bar.width, 1) + gap}
                height={layout.plot.height}
                fill="transparent"
                onMouseEnter={() => setHover(i)}
                onClick={() => onSelect(layer.path)}
                aria-hidden="true"
              />
              <rect
                ref={(el) => {
                  barRefs.current[i] = el;
                }}
                x={bar.x}
                y={bar.y}
                width={Math.max(bar.width, 1)}
                height={bar.height}
                fill={opColorVar(layer.op)}
                stroke={isSelected ? "currentColor" : "none"}
                strokeWidth={isSelected ? 2 : 0}
                tabIndex={i === focusIndex ? 0 : -1}
                role="img"
                aria-label={`${layer.path}, ${OP_STYLES[layer.op].label}: ${formatCount(layer[metric])} ${METRIC_UNITS[metric]}`}
                data-path={layer.path}
                onMouseEnter={() => setHover(i)}
                onClick={() => onSelect(layer.path)}
                onFocus={() => onSelect(layer.path)}
                onKeyDown={(e) => move(e, i)}
                className="outline-none focus-visible:stroke-current"
              />
            </g>
          );
        })}
      </svg>
      {tipLayer && tipBar && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute z-10 w-60 rounded-md border border-slate-200 bg-white/95 p-2 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900/95"
          style={{
            left:
              tipBar.x + tipBar.width + 248 < width
                ? tipBar.x + tipBar.width + 8
                : Math.max(0, tipBar.x - 248),
            top: 0,
          }}
        >
          <LayerSummary layer={tipLayer} />
        </div>
      )}
    </div>
  );
}

/** The selected layer's summary under the bar charts, announced as the selection changes. */
export function LayerDetails({
  layer,
  testId,
}: {
  readonly layer: LayerCost | undefined;
  readonly testId: string;
}) {
  return (
    <div
      aria-live="polite"
      data-testid={testId}
      className="mt-4 min-h-24 rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-900"
    >
      {layer ? (
        <LayerSummary layer={layer} exact />
      ) : (
        <p>No layer selected. Pick a bar to see its shapes and numbers.</p>
      )}
    </div>
  );
}

/** The shapes and numbers of one layer (tooltip and details panel). */
export function LayerSummary({
  layer,
  exact = false,
}: {
  readonly layer: LayerCost;
  readonly exact?: boolean;
}) {
  return (
    <div>
      <p className="font-mono font-semibold">{layer.path}</p>
      <p>
        <span
          aria-hidden="true"
          className="mr-1 inline-block h-2.5 w-2.5 rounded-sm align-middle"
          style={{ background: opColorVar(layer.op) }}
        />
        {operationText(layer)}
      </p>
      <p className="font-mono">
        {shapeText(layer.input)} → {shapeText(layer.output)}
      </p>
      <p>
        <span title={`${formatExact(layer.macs)} MACs`}>{formatCount(layer.macs)}</span> MACs
        (multiply-adds) ·{" "}
        <span title={`${formatExact(layer.params)} params`}>{formatCount(layer.params)}</span>{" "}
        params
      </p>
      {exact && (
        <p className="font-mono text-xs text-slate-600 dark:text-slate-400">
          {formatExact(layer.macs)} MACs · {formatExact(layer.params)} params · kernel{" "}
          {layer.kernel}, stride {layer.stride}, groups {formatExact(layer.groups)}
        </p>
      )}
    </div>
  );
}
