import { describe, expect, it } from "vitest";
import {
  convolve,
  EDGE_KERNEL,
  kernelAt,
  positions,
  shrinkToGrid,
  toGrey,
  windowAt,
} from "./kernel-slide";

describe("kernel slide", () => {
  it("turns RGBA into luma", () => {
    const grey = toGrey(new Uint8Array([255, 255, 255, 255, 255, 0, 0, 255]), 2, 1);
    expect(grey[0]).toBeCloseTo(1);
    expect(grey[1]).toBeCloseTo(0.299);
  });

  it("averages the centre square down to a grid", () => {
    // 4×2 image: centre square is columns 1–2.
    const grey = new Float32Array([0, 1, 0, 9, 0, 1, 0, 9]);
    const g = shrinkToGrid(grey, 4, 2, 1);
    expect(g.size).toBe(1);
    expect(g.values[0]).toBeCloseTo(0.5);
  });

  it("slides a 3×3 window over (size − 2)² positions, row by row", () => {
    expect(positions(8)).toBe(36);
    expect(windowAt(0, 8)).toEqual({ row: 0, col: 0 });
    expect(windowAt(7, 8)).toEqual({ row: 1, col: 1 });
  });

  it("responds to a vertical edge and not to a flat patch", () => {
    // 4×4: dark left half, bright right half.
    const values = new Float32Array([0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1]);
    const out = convolve({ size: 4, values });
    expect(out.size).toBe(2);
    expect(out.values[0]).toBeCloseTo(4); // (1 + 2 + 1) × 1
    const flat = convolve({ size: 3, values: new Float32Array(9).fill(0.7) });
    expect(flat.values[0]).toBeCloseTo(0);
    expect(kernelAt({ size: 4, values }, 0).products).toHaveLength(EDGE_KERNEL.length);
  });
});
