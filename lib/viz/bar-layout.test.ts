import { describe, expect, it } from "vitest";
import { barIndexAt, layoutBars } from "./bar-layout";

/** A 448 × 216 chart whose plot is 200 px tall from x = 48. */
const FRAME = { width: 448, height: 216, margin: { top: 8, right: 0, bottom: 8, left: 48 } };

describe("layoutBars", () => {
  const data = [
    { key: "a", value: 100 },
    { key: "b", value: 50 },
    { key: "c", value: 0 },
    { key: "d", value: 0.001 },
  ];
  const layout = layoutBars(data, FRAME);

  it("draws bar heights proportional to the values from a zero baseline", () => {
    const [a, b] = layout.bars;
    expect(a?.height).toBeCloseTo(200);
    expect(b?.height).toBeCloseTo(100);
    expect((a?.y ?? 0) + (a?.height ?? 0)).toBeCloseTo(208);
  });

  it("keeps tiny values visible (1 px) and zero values empty", () => {
    expect(layout.bars[2]?.height).toBe(0);
    expect(layout.bars[3]?.height).toBe(1);
  });

  it("places bars left to right inside the plot, in data order", () => {
    const xs = layout.bars.map((b) => b.x);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    expect(xs[0]).toBeGreaterThanOrEqual(48);
    const last = layout.bars[3];
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(448);
  });

  it("gives round ticks starting at zero", () => {
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("survives an empty or all-zero series", () => {
    expect(layoutBars([], { width: 100, height: 100 }).bars).toEqual([]);
    expect(layoutBars([{ key: "z", value: 0 }], { width: 100, height: 100 }).bars[0]?.height).toBe(
      0,
    );
  });
});

describe("layoutBars on a log scale", () => {
  // V1-like params: a 1.0 M FC layer beside 288-param depthwise layers.
  const data = [
    { key: "fc", value: 1_025_000 },
    { key: "pw", value: 262_144 },
    { key: "dw", value: 288 },
    { key: "none", value: 0 },
  ];
  const layout = layoutBars(data, { ...FRAME, scale: "log" });
  it("spans from a decade below the smallest value to the decade above the largest", () => {
    // Domain 10¹ … 10⁷: six decades over 200 px.
    expect(layout.ticks.map((t) => t.value)).toEqual([10, 1e3, 1e5, 1e7]);
    const [fc, pw, dw, none] = layout.bars;
    expect(fc?.height).toBeCloseTo((200 * (Math.log10(1_025_000) - 1)) / 6, 5);
    expect(dw?.height).toBeCloseTo((200 * (Math.log10(288) - 1)) / 6, 5);
    // The small layer is no longer a 1 px sliver (0.06 % of FC linear): over a quarter of the FC bar.
    expect((dw?.height ?? 0) / (fc?.height ?? 1)).toBeGreaterThan(0.25);
    expect(pw?.height ?? 0).toBeLessThan(fc?.height ?? 0);
    expect(none?.height).toBe(0);
  });
});

describe("barIndexAt", () => {
  const { bars } = layoutBars(
    [
      { key: "a", value: 1 },
      { key: "b", value: 2 },
      { key: "c", value: 3 },
    ],
    { width: 348, height: 100, margin: { top: 0, right: 0, bottom: 0, left: 48 } },
  );
  it("picks the bar whose centre is nearest, even in the gaps and margins", () => {
    const centre = (i: number) => (bars[i]?.x ?? 0) + (bars[i]?.width ?? 0) / 2;
    expect(barIndexAt(bars, centre(1))).toBe(1);
    expect(barIndexAt(bars, 0)).toBe(0);
    expect(barIndexAt(bars, 10_000)).toBe(2);
    expect(barIndexAt(bars, (centre(1) + centre(2)) / 2 + 1)).toBe(2);
    expect(barIndexAt([], 5)).toBeNull();
  });
});
