import { describe, expect, it } from "vitest";
import { layoutBars } from "./bar-layout";

describe("layoutBars", () => {
  const data = [
    { key: "a", value: 100 },
    { key: "b", value: 50 },
    { key: "c", value: 0 },
    { key: "d", value: 0.001 },
  ];
  const layout = layoutBars(data, {
    width: 448,
    height: 216,
    margin: { top: 8, right: 0, bottom: 8, left: 48 },
  });

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
