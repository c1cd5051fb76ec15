/**
 * Reading real weights and single channels out of flat float arrays, for the depthwise and pointwise
 * detail views. Layouts: Conv weights OIHW ([out, in/groups, k, k]); activations NCHW with batch 1.
 */
import type { OnnxTensor } from "@/lib/onnx/onnx-proto";

/** The float32 elements of an initializer (raw little-endian bytes or float_data). */
export function floatValues(t: OnnxTensor): Float32Array {
  if (t.rawData && t.rawData.length > 0) {
    const copy = new Uint8Array(t.rawData); // aligned copy: rawData may start at any byte offset
    return new Float32Array(copy.buffer, 0, copy.length / 4);
  }
  return Float32Array.from(t.floatData ?? []);
}

/** Channel `c` of an NCHW tensor of batch 1 with H·W = `plane` values per channel (a view, no copy). */
export function channelPlane(data: Float32Array, plane: number, c: number): Float32Array {
  return data.subarray(c * plane, (c + 1) * plane);
}

/** The k×k kernel of depthwise output channel `c`, row by row (weights [C, 1, k, k]). */
export function depthwiseKernel(weights: Float32Array, k: number, c: number): number[][] {
  const at = c * k * k;
  return Array.from({ length: k }, (_, r) =>
    Array.from(weights.subarray(at + r * k, at + (r + 1) * k)),
  );
}

/** The 1×1 weights of pointwise output channel `o` over all `inChannels` inputs (weights [O, I, 1, 1]). */
export function pointwiseWeights(
  weights: Float32Array,
  inChannels: number,
  o: number,
): Float32Array {
  return weights.subarray(o * inChannels, (o + 1) * inChannels);
}

export interface InputContribution {
  readonly channel: number;
  readonly weight: number;
  /** |weight| × mean |input channel| for this photo: how much this input feeds the output. */
  readonly contribution: number;
}

/** The `n` input channels a pointwise output draws on most for this photo, strongest first. */
export function topInputChannels(
  row: ArrayLike<number>,
  inputStrengths: ArrayLike<number>,
  n: number,
): InputContribution[] {
  const all = Array.from({ length: row.length }, (_, channel) => {
    const weight = row[channel] as number;
    return {
      channel,
      weight,
      contribution: Math.abs(weight) * ((inputStrengths[channel] as number) ?? 0),
    };
  });
  return all.sort((a, b) => b.contribution - a.contribution || a.channel - b.channel).slice(0, n);
}
