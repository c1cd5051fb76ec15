"use client";

import type { InsideLayer, LayerDetail } from "@/lib/inside/inside-protocol";
import {
  channelPlane,
  depthwiseKernel,
  pointwiseWeights,
  topInputChannels,
  type InputContribution,
} from "@/lib/inside/layer-weights";
import { tensorStats } from "@/lib/inside/tensor-stats";
import { opColorVar } from "@/lib/viz/theme";
import { ChannelCanvas } from "./channel-canvas";
import { formatStat } from "./format-stat";
import { KernelTable } from "./kernel-table";
import { ACTIVATION_NAMES } from "./layer-header";
import { ValueBars } from "./value-bars";
import { DataTable, type Column } from "@/components/ui/data-table";

const RGB = ["red", "green", "blue"] as const;

/** One channel of one layer, with the colour range its channel grid uses. */
interface ChannelViewProps {
  readonly layer: InsideLayer;
  readonly detail: LayerDetail;
  readonly channel: number;
  readonly lo: number;
  readonly hi: number;
}

/**
 * One output channel up close, with the real weights that made it: a depthwise channel beside the
 * single input channel it reads and its k×k kernel; a pointwise (or FC, SE) channel's 1×1 weights over
 * every input and the inputs it draws on most for this photo; the stem's three k×k kernels (R, G, B).
 */
export function ChannelDetail({ layer, detail, channel, lo, hi }: ChannelViewProps) {
  const k = layer.kernel;
  const bias = detail.bias?.[rowOffset(layer, detail) + channel];
  return (
    <div className="space-y-3" data-testid="channel-detail">
      <h3 className="font-semibold">
        Channel {channel} of {layer.path}
        {bias !== undefined && (
          <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">
            bias (BN folded in) {formatStat(bias)}
          </span>
        )}
      </h3>
      {layer.op === "depthwise" && detail.input ? (
        <DepthwiseView layer={layer} detail={detail} channel={channel} lo={lo} hi={hi} />
      ) : k === 1 || layer.op === "fc" ? (
        <PointwiseView layer={layer} detail={detail} channel={channel} />
      ) : (
        <div className="flex flex-wrap gap-4">
          {RGB.slice(0, layer.input.c).map((name, ic) => (
            <KernelTable
              key={name}
              kernel={fullKernel(detail.weights, layer.input.c, k, channel, ic)}
              caption={`${k}×${k} weights on the ${name} input`}
              testId="stem-kernel"
            />
          ))}
        </div>
      )}
    </div>
  );
}

function DepthwiseView({ layer, detail, channel, lo, hi }: ChannelViewProps) {
  const { h: ih, w: iw } = detail.inputSize ?? layer.input;
  const input = channelPlane(detail.input ?? new Float32Array(0), ih * iw, channel);
  const inStats = tensorStats(input);
  const k = layer.kernel;
  return (
    <div className="flex flex-wrap items-start gap-4" data-testid="depthwise-detail">
      <figure className="w-28">
        <ChannelCanvas
          data={detail.input ?? new Float32Array(0)}
          channel={channel}
          h={ih}
          w={iw}
          lo={inStats.min}
          hi={inStats.max}
          label={`Input channel ${channel}`}
        />
        <figcaption className="mt-1 text-xs">
          Input channel {channel} ({layer.input.h}×{layer.input.w}) — the only one it reads
        </figcaption>
      </figure>
      <div className="self-center text-2xl" aria-hidden>
        ⊛
      </div>
      <KernelTable
        kernel={depthwiseKernel(detail.weights, k, channel)}
        caption={`Its real ${k}×${k} kernel, stride ${layer.stride}`}
        testId="depthwise-kernel"
      />
      <div className="self-center text-2xl" aria-hidden>
        →
      </div>
      <figure className="w-28">
        <ChannelCanvas
          data={detail.output}
          channel={channel}
          h={detail.outputSize.h}
          w={detail.outputSize.w}
          lo={lo}
          hi={hi}
          label={`Output channel ${channel}`}
        />
        <figcaption className="mt-1 text-xs">
          Output channel {channel} ({layer.output.h}×{layer.output.w}), after{" "}
          {ACTIVATION_NAMES[layer.activation]}
        </figcaption>
      </figure>
      <p className="basis-full text-sm text-slate-700 dark:text-slate-300">
        Depthwise: each output channel filters one input channel with its own {k}×{k} kernel —{" "}
        {k * k} weights, no mixing across channels. The next pointwise layer does the mixing.
      </p>
    </div>
  );
}

const TOP_INPUT_COLUMNS: readonly Column<InputContribution>[] = [
  { id: "channel", header: "input channel", cell: (t) => t.channel },
  { id: "weight", header: "weight", mono: true, cell: (t) => formatStat(t.weight) },
  {
    id: "contribution",
    header: "contribution",
    mono: true,
    cell: (t) => formatStat(t.contribution),
  },
];

function PointwiseView({
  layer,
  detail,
  channel,
}: {
  readonly layer: InsideLayer;
  readonly detail: LayerDetail;
  readonly channel: number;
}) {
  const row = pointwiseWeights(detail.weights, layer.input.c, rowOffset(layer, detail) + channel);
  const top = topInputChannels(row, detail.inputStrengths, 5);
  return (
    <div className="space-y-2" data-testid="pointwise-detail">
      <ValueBars
        values={row}
        color={opColorVar(layer.op)}
        highlight={top.map((t) => t.channel)}
        label={`Its ${layer.input.c} real 1×1 weights, one per input channel (dark bars: the five it draws on most).`}
        testId="pointwise-weights"
      />
      <DataTable
        fullWidth={false}
        columns={TOP_INPUT_COLUMNS}
        rows={top}
        rowKey={(t) => String(t.channel)}
        caption="Input channels it draws on most for this photo (|weight| × mean |input|)"
        captionVisible
        headerTone="muted"
        testId="top-inputs"
        className="tabular-nums"
      />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Pointwise: a 1×1 convolution is a weighted sum over all {layer.input.c} input channels at
        each pixel — it mixes channels but looks at no neighbours.
      </p>
    </div>
  );
}

/** TF-slim classifiers store 1001 rows (row 0 = "background", sliced off the logits): skip it. */
function rowOffset(layer: InsideLayer, detail: LayerDetail): number {
  const rows = detail.weights.length / Math.max(1, layer.input.c * layer.kernel * layer.kernel);
  return rows === layer.output.c + 1 ? 1 : 0;
}

/** The k×k kernel of a full conv for output o and input ic (weights [O, I, k, k]). */
function fullKernel(
  weights: Float32Array,
  inC: number,
  k: number,
  o: number,
  ic: number,
): number[][] {
  const at = (o * inC + ic) * k * k;
  return Array.from({ length: k }, (_, r) =>
    Array.from(weights.subarray(at + r * k, at + (r + 1) * k)),
  );
}
