/**
 * One colour per class for masks, legends and boxes. The operation-kind hues (lib/viz/theme.ts)
 * mean "depthwise", "pointwise"…, everywhere on the site, so no class may look like one of them:
 * hues are walked by the golden angle and a candidate is skipped when it is too close (RGB distance)
 * to any operation colour in either theme, or to a class colour already chosen.
 */
import { OP_STYLES } from "@/lib/viz/theme";

export type Rgb = readonly [number, number, number];

/** Smallest RGB distance kept from every operation colour and between classes. */
export const MIN_DISTANCE_FROM_OPS = 80;
export const MIN_DISTANCE_BETWEEN_CLASSES = 40;

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function rgbDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(255 * f(0)), Math.round(255 * f(8)), Math.round(255 * f(4))];
}

export const OP_COLOURS: readonly Rgb[] = Object.values(OP_STYLES).flatMap((s) => [
  hexToRgb(s.light),
  hexToRgb(s.dark),
]);

const GOLDEN_ANGLE = 137.508;
const LIGHTNESS = [0.5, 0.38, 0.62] as const;

/** The first `count` class colours (deterministic: the same classes always get the same colours). */
export function classPalette(count: number): Rgb[] {
  const chosen: Rgb[] = [];
  for (let step = 0; chosen.length < count && step < 20_000; step++) {
    const hue = (step * GOLDEN_ANGLE) % 360;
    const l = LIGHTNESS[Math.floor(step / 7) % LIGHTNESS.length] as number;
    const c = hslToRgb(hue, 0.85, l);
    const farFromOps = OP_COLOURS.every((o) => rgbDistance(o, c) >= MIN_DISTANCE_FROM_OPS);
    const farFromClasses = chosen.every((o) => rgbDistance(o, c) >= MIN_DISTANCE_BETWEEN_CLASSES);
    if (farFromOps && farFromClasses) chosen.push(c);
  }
  if (chosen.length < count) throw new Error(`only ${chosen.length} distinct class colours found`);
  return chosen;
}

/** CSS colour of an RGB triple. */
export function css(rgb: Rgb, alpha = 1): string {
  return alpha >= 1
    ? `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`
    : `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]} / ${alpha})`;
}

/**
 * RGBA pixels of a class mask: each class in its colour at `alpha` (0–255), the background class
 * (index `background`, or none with -1) fully transparent so the photo shows through.
 */
export function colourMask(
  mask: Uint8Array,
  palette: readonly Rgb[],
  alpha: number,
  background = 0,
): Uint8ClampedArray {
  const out = new Uint8ClampedArray(mask.length * 4);
  for (let i = 0; i < mask.length; i++) {
    const c = mask[i] as number;
    if (c === background) continue;
    const rgb = palette[c] ?? [255, 255, 255];
    out[i * 4] = rgb[0];
    out[i * 4 + 1] = rgb[1];
    out[i * 4 + 2] = rgb[2];
    out[i * 4 + 3] = alpha;
  }
  return out;
}

/** The 21 colours every class list uses (PASCAL VOC has 21; COCO's 90 classes reuse them in turn). */
export const CLASS_PALETTE: readonly Rgb[] = classPalette(21);

/** The colour of class `index` in any label set. */
export function classColour(index: number): Rgb {
  return CLASS_PALETTE[index % CLASS_PALETTE.length] as Rgb;
}
