/**
 * Lesson 2's picture of a convolution: a 3×3 kernel sliding over a real photo, shrunk to a grid of
 * grey cells big enough to see. Pure (the component draws): grey values, the shrunk grid, and the
 * kernel's output at each window position.
 */

/** A square grid of values in [0, 1], row by row. */
export interface Grid {
  readonly size: number;
  readonly values: Float32Array;
}

/** ITU-R BT.601 luma of RGBA bytes, in [0, 1]. */
export function toGrey(
  rgba: Uint8ClampedArray | Uint8Array,
  width: number,
  height: number,
): Float32Array {
  const out = new Float32Array(width * height);
  for (let i = 0; i < width * height; i++)
    out[i] =
      (0.299 * (rgba[4 * i] ?? 0) +
        0.587 * (rgba[4 * i + 1] ?? 0) +
        0.114 * (rgba[4 * i + 2] ?? 0)) /
      255;
  return out;
}

/** The centre square of a grey image averaged down to `size` × `size` cells (box filter). */
export function shrinkToGrid(
  grey: Float32Array,
  width: number,
  height: number,
  size: number,
): Grid {
  const side = Math.min(width, height);
  const x0 = Math.floor((width - side) / 2);
  const y0 = Math.floor((height - side) / 2);
  const values = new Float32Array(size * size);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const ya = y0 + Math.floor((r * side) / size);
      const yb =
        y0 + Math.max(Math.floor(((r + 1) * side) / size), Math.floor((r * side) / size) + 1);
      const xa = x0 + Math.floor((c * side) / size);
      const xb =
        x0 + Math.max(Math.floor(((c + 1) * side) / size), Math.floor((c * side) / size) + 1);
      let sum = 0;
      for (let y = ya; y < yb; y++) for (let x = xa; x < xb; x++) sum += grey[y * width + x] ?? 0;
      values[r * size + c] = sum / ((yb - ya) * (xb - xa));
    }
  }
  return { size, values };
}

/** A vertical-edge kernel (Sobel): bright where the picture gets brighter from left to right. */
export const EDGE_KERNEL: readonly number[] = [-1, 0, 1, -2, 0, 2, -1, 0, 1];

/** Window positions of a 3×3 kernel with stride 1 and no padding: (size − 2)² of them. */
export function positions(size: number): number {
  return Math.max(0, size - 2) ** 2;
}

/** The window's top-left cell at position `p` (row by row). */
export function windowAt(p: number, size: number): { readonly row: number; readonly col: number } {
  const n = Math.max(1, size - 2);
  return { row: Math.floor(p / n), col: p % n };
}

/** The 9 products and their sum at window position `p`: one output value, 9 multiply-adds. */
export function kernelAt(
  grid: Grid,
  p: number,
  kernel: readonly number[] = EDGE_KERNEL,
): { readonly products: readonly number[]; readonly sum: number } {
  const { row, col } = windowAt(p, grid.size);
  const products: number[] = [];
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++)
      products.push((grid.values[(row + i) * grid.size + col + j] ?? 0) * (kernel[i * 3 + j] ?? 0));
  return { products, sum: products.reduce((a, b) => a + b, 0) };
}

/** Every output value: a (size − 2)² map. */
export function convolve(grid: Grid, kernel: readonly number[] = EDGE_KERNEL): Grid {
  const n = Math.max(0, grid.size - 2);
  const values = new Float32Array(n * n);
  for (let p = 0; p < n * n; p++) values[p] = kernelAt(grid, p, kernel).sum;
  return { size: n, values };
}
