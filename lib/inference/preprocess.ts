/**
 * The manifest's preprocessing as pure functions, shared by the worker (browser) and the Node test:
 * resize the shorter side to 256 with a bilinear (triangle) or bicubic (timm) filter, centre-crop 224, then
 * x[c] = (pixel[c]/255 − mean[c]) / std[c] in NCHW order. Geometry follows torchvision's
 * Resize(int) + CenterCrop, which is what the manifest's evaluation (PIL bilinear) used.
 */

/** Per-channel normalisation constants, RGB order. */
export interface Normalization {
  readonly mean: readonly [number, number, number] | readonly number[];
  readonly std: readonly [number, number, number] | readonly number[];
}

/** A model's preprocessing as the manifest writes it: resize the shorter side, centre-crop, normalise. */
export interface InputPreprocessing extends Normalization {
  readonly resize_shorter_side: number;
  readonly center_crop: number;
  /** "bicubic" for timm models (MobileNetV4); anything else resizes bilinearly. */
  readonly interpolation?: string;
}

/** Where the model's input comes from: resize the whole image to resizedW×resizedH, then take the crop. */
export interface CropPlan {
  readonly resizedW: number;
  readonly resizedH: number;
  readonly left: number;
  readonly top: number;
  readonly size: number;
}

/** Python's round(): halves go to the even neighbour (torchvision's CenterCrop uses it). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Resize so the shorter side is `shorter` px (the longer side truncated, as torchvision does),
 * then a centred `crop`×`crop` square. Throws on images smaller than 1 px.
 */
export function planResizeCrop(
  width: number,
  height: number,
  shorter: number,
  crop: number,
): CropPlan {
  if (!(width >= 1 && height >= 1))
    throw new RangeError(`image must be at least 1×1 px, got ${width}×${height}`);
  const landscape = width >= height;
  const short = landscape ? height : width;
  const long = landscape ? width : height;
  const newLong = Math.max(shorter, Math.trunc((shorter * long) / short));
  const resizedW = landscape ? newLong : shorter;
  const resizedH = landscape ? shorter : newLong;
  return {
    resizedW,
    resizedH,
    left: roundHalfEven((resizedW - crop) / 2),
    top: roundHalfEven((resizedH - crop) / 2),
    size: crop,
  };
}

function clampByte(v: number): number {
  return v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v);
}

/** Weights of one output pixel along one axis: contributing source indices start at `first`. */
interface Taps {
  readonly first: number;
  readonly weights: Float32Array;
}

/** A resampling filter: its kernel on source-pixel distance (at scale 1) and its radius. */
interface ResampleFilter {
  readonly radius: number;
  readonly weight: (x: number) => number;
}

/** Resize filters the presets name (PIL's `Image.BILINEAR` and `Image.BICUBIC`, as timm uses). */
export type Interpolation = "bilinear" | "bicubic";

/** Keys's cubic convolution with a = −0.5 (PIL's BICUBIC). */
function cubic(x: number): number {
  const a = -0.5;
  const t = Math.abs(x);
  if (t < 1) return ((a + 2) * t - (a + 3)) * t * t + 1;
  if (t < 2) return (((t - 5) * t + 8) * t - 4) * a;
  return 0;
}

const FILTERS: Readonly<Record<Interpolation, ResampleFilter>> = {
  bilinear: { radius: 1, weight: (x) => Math.max(0, 1 - Math.abs(x)) },
  bicubic: { radius: 2, weight: cubic },
};

/**
 * PIL-style taps for resampling `inSize` → `outSize` px: the filter's support widens by the scale factor
 * when downsampling, so a big photo is averaged rather than aliased; weights are normalised to sum 1.
 */
function resampleTaps(inSize: number, outSize: number, filter: ResampleFilter): Taps[] {
  const scale = inSize / outSize;
  const stretch = Math.max(1, scale);
  const support = filter.radius * stretch; // radius in source pixels
  const taps: Taps[] = [];
  for (let o = 0; o < outSize; o++) {
    const center = (o + 0.5) * scale;
    const first = Math.max(0, Math.floor(center - support));
    const last = Math.min(inSize, Math.ceil(center + support));
    const weights = new Float32Array(last - first);
    let sum = 0;
    for (let i = first; i < last; i++) {
      const w = filter.weight((i + 0.5 - center) / stretch);
      weights[i - first] = w;
      sum += w;
    }
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / (sum || 1);
    taps.push({ first, weights });
  }
  return taps;
}

/**
 * Bilinear (or bicubic) resize of an RGBA buffer (row-major, 4 bytes per pixel) to outW×outH, separable
 * (horizontal pass, then vertical). Returns RGBA bytes, rounded and clamped like a canvas.
 */
export function resizeBilinearRgba(
  rgba: Uint8Array | Uint8ClampedArray,
  inW: number,
  inH: number,
  outW: number,
  outH: number,
  interpolation: Interpolation = "bilinear",
): Uint8ClampedArray {
  if (rgba.length !== inW * inH * 4)
    throw new RangeError(`expected ${inW * inH * 4} bytes, got ${rgba.length}`);
  const hTaps = resampleTaps(inW, outW, FILTERS[interpolation]);
  const vTaps = resampleTaps(inH, outH, FILTERS[interpolation]);
  const mid = new Float32Array(outW * inH * 4); // [inH, outW, 4]
  for (let y = 0; y < inH; y++) {
    const row = y * inW * 4;
    for (let x = 0; x < outW; x++) {
      const { first, weights } = hTaps[x] as Taps;
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let k = 0; k < weights.length; k++) {
        const w = weights[k] as number;
        const p = row + (first + k) * 4;
        r += (rgba[p] as number) * w;
        g += (rgba[p + 1] as number) * w;
        b += (rgba[p + 2] as number) * w;
        a += (rgba[p + 3] as number) * w;
      }
      // Rounded to 8 bits between passes, as PIL's resampler stores its intermediate image.
      const q = (y * outW + x) * 4;
      mid[q] = clampByte(r);
      mid[q + 1] = clampByte(g);
      mid[q + 2] = clampByte(b);
      mid[q + 3] = clampByte(a);
    }
  }
  const out = new Uint8ClampedArray(outW * outH * 4);
  for (let y = 0; y < outH; y++) {
    const { first, weights } = vTaps[y] as Taps;
    for (let x = 0; x < outW; x++) {
      for (let c = 0; c < 4; c++) {
        let v = 0;
        for (let k = 0; k < weights.length; k++)
          v += (mid[((first + k) * outW + x) * 4 + c] as number) * (weights[k] as number);
        out[(y * outW + x) * 4 + c] = Math.round(v); // Uint8ClampedArray clamps to 0..255
      }
    }
  }
  return out;
}

/** Copies the `size`×`size` square at (left, top) out of an RGBA buffer `width` px wide. */
export function cropRgba(
  rgba: Uint8ClampedArray,
  width: number,
  left: number,
  top: number,
  size: number,
): Uint8ClampedArray {
  const out = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    const start = ((top + y) * width + left) * 4;
    out.set(rgba.subarray(start, start + size * 4), y * size * 4);
  }
  return out;
}

/**
 * RGBA bytes (w×h) → float32 NCHW tensor data, alpha dropped:
 * // [1, 3, h, w], RGB, (x/255 − mean) / std
 */
export function toNchwFloat32(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  norm: Normalization,
): Float32Array {
  const plane = width * height;
  if (rgba.length !== plane * 4)
    throw new RangeError(`expected ${plane * 4} bytes, got ${rgba.length}`);
  const out = new Float32Array(3 * plane);
  for (let c = 0; c < 3; c++) {
    const mean = norm.mean[c] ?? 0;
    const std = norm.std[c] ?? 1;
    for (let i = 0; i < plane; i++)
      out[c * plane + i] = ((rgba[i * 4 + c] as number) / 255 - mean) / std;
  }
  return out;
}

/** The whole pipeline on a decoded RGBA image: resize, crop, normalise. Returns the crop too, for display. */
export function preprocessRgba(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  pre: InputPreprocessing,
): { readonly tensor: Float32Array; readonly crop: Uint8ClampedArray; readonly plan: CropPlan } {
  const plan = planResizeCrop(width, height, pre.resize_shorter_side, pre.center_crop);
  const filter: Interpolation = pre.interpolation === "bicubic" ? "bicubic" : "bilinear";
  const resized = resizeBilinearRgba(rgba, width, height, plan.resizedW, plan.resizedH, filter);
  const crop = cropRgba(resized, plan.resizedW, plan.left, plan.top, plan.size);
  return { tensor: toNchwFloat32(crop, plan.size, plan.size, pre), crop, plan };
}
