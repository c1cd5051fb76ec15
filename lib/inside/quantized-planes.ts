/**
 * Thumbnails kept as 8-bit codes over a layer's own [lo, hi]: the channel grid's colour ramp has 256
 * steps on exactly that range, so a code is the colour step itself and nothing visible is lost, at a
 * quarter of float32's bytes. Stats, strengths and histograms come from the full tensors, not from these.
 */
export const QUANT_STEPS = 256;

export interface QuantizedPlanes {
  /** round((v − lo) / (hi − lo) · 255), one byte per value. */
  readonly codes: Uint8Array;
  readonly lo: number;
  readonly hi: number;
}

const TOP = QUANT_STEPS - 1;

/** Values on [lo, hi] as 8-bit codes (values outside are clamped; a flat range gives all zeros). */
export function quantizePlanes(values: ArrayLike<number>, lo: number, hi: number): QuantizedPlanes {
  const span = hi > lo ? hi - lo : 0;
  const codes = new Uint8Array(values.length);
  if (span > 0)
    for (let i = 0; i < values.length; i++) {
      const q = Math.round((((values[i] as number) - lo) / span) * TOP);
      codes[i] = q < 0 ? 0 : q > TOP ? TOP : q;
    }
  return { codes, lo, hi };
}

/** The codes back as values: lo + code · (hi − lo) / 255, within half a step of the original. */
export function dequantizePlanes({ codes, lo, hi }: QuantizedPlanes): Float32Array {
  const step = hi > lo ? (hi - lo) / TOP : 0;
  const out = new Float32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = Math.min(hi, lo + (codes[i] as number) * step);
  return out;
}

/** Smallest and largest value (0, 0 for none): the range a tensor's thumbnails are coded over. */
export function valueRange(values: ArrayLike<number>): {
  readonly lo: number;
  readonly hi: number;
} {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return values.length ? { lo, hi } : { lo: 0, hi: 0 };
}
