/**
 * Geometry of lesson 3's "what shrinks" pictures: a reference rectangle (the full-size weight matrix,
 * feature map or cost) and the scaled one drawn from the same bottom-left corner, so a side scaled by α
 * (or ρ) and the area scaled by α² are both visible. Factors above 1 (ρ > 1) grow past the reference.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ShrinkSquare {
  /** SVG viewport side (fits both rectangles plus a 1 px stroke margin). */
  readonly box: number;
  readonly reference: Rect;
  readonly scaled: Rect;
}

export function shrinkSquare(fx: number, fy: number, side: number): ShrinkSquare {
  const w = side * Math.max(0, fx);
  const h = side * Math.max(0, fy);
  const box = Math.max(side, w, h) + 2;
  return {
    box,
    reference: { x: 1, y: box - side - 1, width: side, height: side },
    scaled: { x: 1, y: box - h - 1, width: w, height: h },
  };
}

/** An area fraction as a square: side √f on each axis. */
export function areaSquare(fraction: number, side: number): ShrinkSquare {
  const s = Math.sqrt(Math.max(0, fraction));
  return shrinkSquare(s, s, side);
}
