/**
 * Turns one exposed-outputs run into what the /inside page shows: stats and a histogram for every
 * layer (the table and the CSV), and the full detail of one selected layer. Pure: tensors come in as
 * a name → Float32Array map (NCHW, batch 1), so the worker and the tests share it.
 */
import type { LayerTap } from "./layer-map";
import { dequantizePlanes, quantizePlanes, valueRange } from "./quantized-planes";
import type { QuantizedPlanes } from "./quantized-planes";
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
  /** The activated output, NCHW batch 1: output.c planes of outputSize.h × outputSize.w. */
  readonly output: Float32Array;
  /** The layer's H×W, or smaller when the worker kept only thumbnails of this layer. */
  readonly outputSize: PlaneSize;
  /**
   * False: output (and input) are thumbnails, box-averaged to at most THUMB_SIDE a side and kept as
   * 8-bit codes over the tensor's range; stats still come from the full tensor.
   */
  readonly full: boolean;
  /** Mean |x| per output channel (sort by strength). */
  readonly strengths: Float32Array;
  /** Histogram of the raw conv output before h-swish (null for other activations). */
  readonly preActivation: { readonly stats: TensorStats; readonly histogram: Histogram } | null;
  /** The real weights: Conv OIHW flattened, or Gemm [out, in]. */
  readonly weights: Float32Array;
  readonly bias: Float32Array | null;
  /** The layer's input, NCHW (depthwise only: to show the one input channel each output reads). */
  readonly input: Float32Array | null;
  readonly inputSize: PlaneSize | null;
  /** Mean |x| per input channel (pointwise and FC: which inputs a channel draws on). */
  readonly inputStrengths: Float32Array;
  /** Time in the worker to gather this reply, ms. */
  readonly gatherMs: number;
}

export interface PlaneSize {
  readonly h: number;
  readonly w: number;
}

/** Planes the worker keeps: float32 for the selected layer, 8-bit codes for every other layer. */
export interface KeptPlanes {
  readonly size: PlaneSize;
  readonly data: Float32Array | QuantizedPlanes;
}

/** What the worker keeps of a layer after the run (the reply adds the weights). */
export interface KeptLayer {
  readonly index: number;
  readonly full: boolean;
  readonly output: KeptPlanes;
  readonly input: KeptPlanes | null;
  readonly strengths: Float32Array;
  readonly inputStrengths: Float32Array;
  readonly preActivation: LayerDetail["preActivation"];
}

/** Side of the thumbnails kept for layers other than the selected one. */
export const THUMB_SIDE = 28;

/**
 * Each of c planes of h × w box-averaged down to at most `side` pixels a side (integer factor, so
 * every thumbnail pixel is the mean of whole source pixels). Planes already small are copied.
 */
export function downsamplePlanes(
  data: Float32Array,
  c: number,
  h: number,
  w: number,
  side: number,
): { readonly data: Float32Array; readonly size: PlaneSize } {
  const f = Math.max(1, Math.ceil(Math.max(h, w) / side));
  if (f === 1) return { data: data.slice(0, c * h * w), size: { h, w } };
  const oh = Math.ceil(h / f);
  const ow = Math.ceil(w / f);
  const out = new Float32Array(c * oh * ow);
  for (let ch = 0; ch < c; ch++) {
    const src = ch * h * w;
    const dst = ch * oh * ow;
    for (let y = 0; y < oh; y++)
      for (let x = 0; x < ow; x++) {
        let sum = 0;
        let n = 0;
        for (let yy = y * f; yy < Math.min(h, (y + 1) * f); yy++)
          for (let xx = x * f; xx < Math.min(w, (x + 1) * f); xx++) {
            sum += data[src + yy * w + xx] ?? 0;
            n++;
          }
        out[dst + y * ow + x] = sum / n;
      }
  }
  return { data: out, size: { h: oh, w: ow } };
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
 * What the worker keeps of one layer, from the run's tensors: the selected layer in full (float32),
 * any other as thumbnails (`full` false: at most THUMB_SIDE a side, 8-bit over the tensor's own
 * range). Strengths and the pre-activation histogram always come from the full tensors, so the
 * worker can drop those after the run.
 */
export function keptLayer(tap: LayerTap, tensors: TensorMap, full: boolean): KeptLayer {
  const { output: o, input: i } = tap.layer;
  const rawOut = need(tensors, tap.output);
  const rawIn = need(tensors, tap.input);
  const keep = (raw: Float32Array, c: number, h: number, w: number): KeptPlanes => {
    if (full) return { size: { h, w }, data: raw.slice(0, c * h * w) };
    const thumbs = downsamplePlanes(raw, c, h, w, THUMB_SIDE);
    const { lo, hi } = valueRange(raw);
    return { size: thumbs.size, data: quantizePlanes(thumbs.data, lo, hi) };
  };
  return {
    index: tap.index,
    full,
    output: keep(rawOut, o.c, o.h, o.w),
    input: tap.layer.op === "depthwise" ? keep(rawIn, i.c, i.h, i.w) : null,
    strengths: channelStrengths(rawOut, o.c),
    inputStrengths: channelStrengths(rawIn, i.c),
    preActivation: tap.activation === "hswish" ? summarize(need(tensors, tap.preActivation)) : null,
  };
}

/** Bytes of the typed arrays a kept layer holds (what the worker retains between photos). */
export function keptBytes(layer: KeptLayer): number {
  const planes = (p: KeptPlanes | null) =>
    p ? (p.data instanceof Float32Array ? p.data.byteLength : p.data.codes.byteLength) : 0;
  return (
    planes(layer.output) +
    planes(layer.input) +
    layer.strengths.byteLength +
    layer.inputStrengths.byteLength
  );
}

/** Planes as float32 for the page: a copy (the reply transfers its buffers; the worker keeps its own). */
function floats(p: KeptPlanes): Float32Array {
  return p.data instanceof Float32Array ? p.data.slice() : dequantizePlanes(p.data);
}

/**
 * A reply for the page: copies of what the worker keeps, thumbnails decoded back to values; the
 * weights and bias are the caller's fresh arrays (decoded for this reply), so they go as they are.
 */
export function layerDetail(
  kept: KeptLayer,
  weights: Float32Array,
  bias: Float32Array | null,
): Omit<LayerDetail, "gatherMs"> {
  return {
    index: kept.index,
    full: kept.full,
    output: floats(kept.output),
    outputSize: kept.output.size,
    strengths: kept.strengths.slice(),
    preActivation: kept.preActivation,
    input: kept.input ? floats(kept.input) : null,
    inputSize: kept.input?.size ?? null,
    inputStrengths: kept.inputStrengths.slice(),
    weights,
    bias,
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
