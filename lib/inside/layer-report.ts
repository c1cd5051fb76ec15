/**
 * Turns one exposed-outputs run into what the /inside page shows: stats and a histogram for every
 * layer (the table and the CSV), and the full detail of one selected layer. Pure: tensors come in as
 * a name → Float32Array map (NCHW, batch 1), so the worker and the tests share it.
 */
import type { LayerTap } from "./layer-map";
import { channelStrengths, histogram, tensorStats } from "./tensor-stats";
import type { Histogram, TensorStats } from "./tensor-stats";

/** Per-layer summary of one photo's run (the table, the CSV and the overview histograms). */
export interface LayerRunStats {
  readonly index: number;
  readonly stats: TensorStats;
  readonly histogram: Histogram;
}

/** Everything the page shows for one selected layer of the last run. */
export interface LayerDetail {
  readonly index: number;
  /** The activated output, NCHW batch 1: output.c planes of output.h × output.w. */
  readonly output: Float32Array;
  /** Mean |x| per output channel (sort by strength). */
  readonly strengths: Float32Array;
  /** Histogram of the raw conv output before h-swish (null for other activations). */
  readonly preActivation: { readonly stats: TensorStats; readonly histogram: Histogram } | null;
  /** The real weights: Conv OIHW flattened, or Gemm [out, in]. */
  readonly weights: Float32Array;
  readonly bias: Float32Array | null;
  /** The layer's input, NCHW (depthwise only: to show the one input channel each output reads). */
  readonly input: Float32Array | null;
  /** Mean |x| per input channel (pointwise and FC: which inputs a channel draws on). */
  readonly inputStrengths: Float32Array;
  /** Time in the worker to gather this reply, ms. */
  readonly gatherMs: number;
}

/** Bins of every histogram the page draws: fine enough to see ReLU6's spike at 6, small to send. */
export const HISTOGRAM_BINS = 48;

export type TensorMap = ReadonlyMap<string, Float32Array>;

function need(tensors: TensorMap, name: string): Float32Array {
  const t = tensors.get(name);
  if (!t) throw new Error(`The run returned no tensor "${name}".`);
  return t;
}

function summarize(values: Float32Array) {
  const stats = tensorStats(values);
  return { stats, histogram: histogram(values, HISTOGRAM_BINS, stats.min, stats.max) };
}

/** Stats and histogram of every layer's activated output, in network order. */
export function summarizeRun(taps: readonly LayerTap[], tensors: TensorMap): LayerRunStats[] {
  return taps.map((t) => ({ index: t.index, ...summarize(need(tensors, t.output)) }));
}

/**
 * The selected layer: a copy of its output (the page may keep it; the run's tensors stay in the
 * worker), per-channel strengths, the pre-activation histogram for h-swish layers, the real weights,
 * and the input (depthwise) or the input's channel strengths (every layer).
 */
export function layerDetail(
  tap: LayerTap,
  tensors: TensorMap,
  weights: Float32Array,
  bias: Float32Array | null,
): Omit<LayerDetail, "gatherMs"> {
  const output = need(tensors, tap.output).slice();
  const input = need(tensors, tap.input);
  return {
    index: tap.index,
    output,
    strengths: channelStrengths(output, tap.layer.output.c),
    preActivation: tap.activation === "hswish" ? summarize(need(tensors, tap.preActivation)) : null,
    weights: weights.slice(),
    bias: bias ? bias.slice() : null,
    input: tap.layer.op === "depthwise" ? input.slice() : null,
    inputStrengths: channelStrengths(input, tap.layer.input.c),
  };
}

/**
 * Every tensor name a full report needs, each once: each layer's input and activated output, and
 * the raw conv output only where the page shows it (h-swish). Exposing a conv's raw output keeps ORT
 * from fusing the conv with its ReLU6, so the others stay unexposed and fused.
 */
export function tappedTensors(taps: readonly LayerTap[]): string[] {
  return [
    ...new Set(
      taps.flatMap((t) => [
        t.input,
        t.output,
        ...(t.activation === "hswish" ? [t.preActivation] : []),
      ]),
    ),
  ];
}
