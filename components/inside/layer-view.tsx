"use client";

import type { EngineView } from "@/components/classify/explorer-view";
import type { InsideLayer, LayerDetail, LayerRunStats } from "@/lib/inside/inside-protocol";
import { hardSwish } from "@/lib/viz/activation-curves";
import { opColorVar } from "@/lib/viz/theme";
import { ChannelDetail } from "./channel-detail";
import { ChannelGrid } from "./channel-grid";
import { formatPercent, formatStat } from "./format-stat";
import { LayerHeader } from "./layer-header";
import { LayerStatsText } from "./layer-stats-text";
import { PaperClaim } from "./paper-claims";
import { RampLegend } from "./ramp-legend";
import { ValueBars } from "./value-bars";
import { ValueHistogram } from "./value-histogram";

/** Everything about the selected layer for this photo: identity and costs, stats, histograms, channels. */
export function LayerView({
  version,
  architecture,
  layer,
  run,
  detail,
  channel,
  onChannel,
  byStrength,
  onByStrength,
  view,
  modelName,
}: {
  readonly version: string;
  /** The cost engine's model id, for claims specific to one architecture. */
  readonly architecture?: string;
  readonly layer: InsideLayer;
  readonly run: LayerRunStats;
  readonly detail: LayerDetail | null;
  readonly channel: number;
  readonly onChannel: (c: number) => void;
  readonly byStrength: boolean;
  readonly onByStrength: (on: boolean) => void;
  readonly view: EngineView;
  readonly modelName: string;
}) {
  const { stats } = run;
  const color = opColorVar(layer.op);
  const summary = `${layer.path}: min ${formatStat(stats.min)}, max ${formatStat(stats.max)}, mean ${formatStat(stats.mean)}, ${formatPercent(stats.zeroFraction)} exact zeros.`;
  return (
    <div
      className="space-y-4"
      data-testid="layer-view"
      data-layer={layer.path}
      data-activation={layer.activation}
    >
      <LayerHeader layer={layer} view={view} modelName={modelName} />
      <p className="sr-only" aria-live="polite">
        {summary}
      </p>
      <LayerStatsText stats={stats} testId="layer-stats" />
      <div className="grid gap-4 md:grid-cols-2">
        <ValueHistogram
          histogram={run.histogram}
          color={color}
          label={`Histogram of all ${stats.count.toLocaleString("en-US")} output values (bar height ∝ √count).`}
          marks={layer.activation === "relu6" ? [6] : []}
          testId="output-histogram"
        />
        {detail?.preActivation && (
          <ValueHistogram
            histogram={detail.preActivation.histogram}
            color={color}
            label={`The raw values before h-swish (min ${formatStat(detail.preActivation.stats.min)}, max ${formatStat(detail.preActivation.stats.max)}).`}
            marks={[-3, 3]}
            curve={{ fn: hardSwish, label: "h-swish(x) = x·ReLU6(x+3)/6" }}
            testId="hswish-histogram"
          />
        )}
      </div>
      <PaperClaim version={version} architecture={architecture} layer={layer} stats={stats} />
      {layer.activation === "hsigmoid" && detail && (
        <ValueBars
          values={detail.output}
          color={color}
          domain={[0, 1]}
          label={`Excitation weights for this photo: one gate in [0, 1] per channel (${layer.output.c} channels).`}
          testId="se-gates"
        />
      )}
      {detail ? (
        <>
          <div className="flex flex-wrap items-end justify-between gap-3">
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {layer.output.c} channels, each {layer.output.h}×{layer.output.w}
              {detail.full ? "" : ` (${thumbnailNote(layer, detail)})`}, on one colour scale:
            </p>
            <RampLegend lo={stats.min} hi={stats.max} />
          </div>
          <ChannelGrid
            data={detail.output}
            h={detail.outputSize.h}
            w={detail.outputSize.w}
            channels={layer.output.c}
            strengths={detail.strengths}
            lo={stats.min}
            hi={stats.max}
            selected={channel}
            onSelect={onChannel}
            byStrength={byStrength}
            onByStrength={onByStrength}
            layerName={layer.path}
          />
          <ChannelDetail
            layer={layer}
            detail={detail}
            channel={channel}
            lo={stats.min}
            hi={stats.max}
          />
        </>
      ) : (
        <p className="h-40 text-sm text-slate-500" role="status">
          Reading the layer&apos;s channels…
        </p>
      )}
    </div>
  );
}

/** How a layer other than the one selected when the photo ran is shown. */
function thumbnailNote(layer: InsideLayer, detail: LayerDetail): string {
  const { h, w } = detail.outputSize;
  const smaller = h < layer.output.h || w < layer.output.w;
  return `${smaller ? `shown as ${h}×${w} averages, ` : ""}kept in the colour scale's 256 steps: only the layer selected when the photo ran is kept in full`;
}
