import { describe, expect, it } from "vitest";
import { downsamplePlanes } from "./layer-report";

describe("downsamplePlanes (thumbnails kept after the run)", () => {
  it("box-averages each plane by a whole factor and keeps small planes as they are", () => {
    // Two 4×4 planes: 0..15 and 100..115, to at most 2 pixels a side (factor 2).
    const data = Float32Array.from({ length: 32 }, (_, i) => (i < 16 ? i : 84 + i));
    const { data: out, size } = downsamplePlanes(data, 2, 4, 4, 2);
    expect(size).toEqual({ h: 2, w: 2 });
    expect([...out]).toEqual([2.5, 4.5, 10.5, 12.5, 102.5, 104.5, 110.5, 112.5]);
    expect(downsamplePlanes(data, 2, 4, 4, 28).size).toEqual({ h: 4, w: 4 });
    // 7×7 to at most 3 a side: factor 3, edge boxes average only the pixels that exist.
    const odd = downsamplePlanes(new Float32Array(49).fill(1), 1, 7, 7, 3);
    expect(odd.size).toEqual({ h: 3, w: 3 });
    expect([...odd.data].every((v) => v === 1)).toBe(true);
  });
});
