/**
 * DeepLab's per-pixel logits [1, C, H, W] → what the page shows: the class of every pixel (arg-max
 * over C), each class's share of the pixels, and a mask upsampled to the photo's own shape. Pure
 * functions; the detect worker runs them, so the page never blocks on a 513×513×21 tensor.
 */

/** Arg-max over the class axis of NCHW logits (one image): a class index per pixel, row-major. */
export function argmaxClasses(
  logits: Float32Array,
  classes: number,
  height: number,
  width: number,
): Uint8Array {
  const plane = height * width;
  if (logits.length !== classes * plane)
    throw new RangeError(`expected ${classes * plane} logits, got ${logits.length}`);
  if (classes > 255) throw new RangeError("at most 255 classes fit a byte mask");
  const best = logits.slice(0, plane);
  const out = new Uint8Array(plane);
  for (let c = 1; c < classes; c++) {
    const base = c * plane;
    for (let i = 0; i < plane; i++) {
      const v = logits[base + i] as number;
      if (v > (best[i] as number)) {
        best[i] = v;
        out[i] = c;
      }
    }
  }
  return out;
}

export interface ClassShare {
  readonly classIndex: number;
  /** Percent of all pixels, 0–100. */
  readonly percent: number;
  readonly pixels: number;
}

/** Each class present in the mask with its share of the pixels, largest first. */
export function classShares(mask: Uint8Array, classes: number): ClassShare[] {
  const counts = new Uint32Array(classes);
  for (let i = 0; i < mask.length; i++)
    counts[mask[i] as number] = (counts[mask[i] as number] ?? 0) + 1;
  const shares: ClassShare[] = [];
  counts.forEach((pixels, classIndex) => {
    if (pixels > 0) shares.push({ classIndex, pixels, percent: (100 * pixels) / mask.length });
  });
  return shares.sort((a, b) => b.pixels - a.pixels || a.classIndex - b.classIndex);
}

/**
 * The arg-max of the logits bilinearly resampled to outW×outH (align_corners: the corner pixels of
 * both grids coincide, as DeepLab's own upsampling does): a smooth mask on a photo of any shape
 * without ever holding C full-size planes. One row of taps per axis, then per output pixel the C
 * interpolated logits are compared.
 */
export function upsampleArgmax(
  logits: Float32Array,
  classes: number,
  height: number,
  width: number,
  outW: number,
  outH: number,
): Uint8Array {
  if (logits.length !== classes * height * width)
    throw new RangeError(`expected ${classes * height * width} logits, got ${logits.length}`);
  const taps = (inSize: number, outSize: number) => {
    const lo = new Int32Array(outSize);
    const frac = new Float32Array(outSize);
    const scale = outSize > 1 ? (inSize - 1) / (outSize - 1) : 0;
    for (let o = 0; o < outSize; o++) {
      const x = o * scale;
      const l = Math.min(inSize - 1, Math.floor(x));
      lo[o] = l;
      frac[o] = x - l;
    }
    return { lo, frac };
  };
  const xs = taps(width, outW);
  const ys = taps(height, outH);
  const plane = height * width;
  const out = new Uint8Array(outW * outH);
  for (let oy = 0; oy < outH; oy++) {
    const y0 = ys.lo[oy] as number;
    const y1 = Math.min(height - 1, y0 + 1);
    const fy = ys.frac[oy] as number;
    for (let ox = 0; ox < outW; ox++) {
      const x0 = xs.lo[ox] as number;
      const x1 = Math.min(width - 1, x0 + 1);
      const fx = xs.frac[ox] as number;
      const w00 = (1 - fy) * (1 - fx);
      const w01 = (1 - fy) * fx;
      const w10 = fy * (1 - fx);
      const w11 = fy * fx;
      const i00 = y0 * width + x0;
      const i01 = y0 * width + x1;
      const i10 = y1 * width + x0;
      const i11 = y1 * width + x1;
      let best = -Infinity;
      let bestC = 0;
      for (let c = 0; c < classes; c++) {
        const b = c * plane;
        const v =
          w00 * (logits[b + i00] as number) +
          w01 * (logits[b + i01] as number) +
          w10 * (logits[b + i10] as number) +
          w11 * (logits[b + i11] as number);
        if (v > best) {
          best = v;
          bestC = c;
        }
      }
      out[oy * outW + ox] = bestC;
    }
  }
  return out;
}

/** Display size of a mask for a photo: its own aspect ratio, the longer side at most `maxSide` px. */
export function maskSize(
  photoW: number,
  photoH: number,
  maxSide: number,
): { readonly width: number; readonly height: number } {
  const scale = Math.min(1, maxSide / Math.max(photoW, photoH));
  return {
    width: Math.max(1, Math.round(photoW * scale)),
    height: Math.max(1, Math.round(photoH * scale)),
  };
}
