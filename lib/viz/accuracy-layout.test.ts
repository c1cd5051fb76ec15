import { describe, expect, it } from "vitest";
import { layoutAccuracy, placeRuleLabel } from "./accuracy-layout";

// V1 paper Table 6 (224 px): 569 / 325 / 149 / 41 M Mult-Adds at 70.6 / 68.4 / 63.7 / 50.6 % top-1.
const TABLE6 = [
  { key: "1.0", macsM: 569, top1: 70.6, series: "V1 paper" },
  { key: "0.75", macsM: 325, top1: 68.4, series: "V1 paper" },
  { key: "0.5", macsM: 149, top1: 63.7, series: "V1 paper" },
  { key: "0.25", macsM: 41, top1: 50.6, series: "V1 paper" },
];

describe("layoutAccuracy", () => {
  const layout = layoutAccuracy(TABLE6, { width: 600, height: 300 });

  it("puts cheaper models to the left and more accurate ones higher", () => {
    const cx = layout.points.map((p) => p.cx);
    const cy = layout.points.map((p) => p.cy);
    expect(cx).toEqual([...cx].sort((a, b) => b - a));
    expect(cy).toEqual([...cy].sort((a, b) => a - b));
  });

  it("uses a log axis: 4× the MACs is the same distance wherever it starts", () => {
    const d1 = layout.xOf(400) - layout.xOf(100);
    const d2 = layout.xOf(160) - layout.xOf(40);
    expect(d1).toBeCloseTo(d2, 6);
  });

  it("keeps every point inside the plot and offers round ticks", () => {
    for (const p of layout.points) {
      expect(p.cx).toBeGreaterThan(layout.plot.left);
      expect(p.cx).toBeLessThan(layout.plot.right);
    }
    expect(layout.xTicks.map((t) => t.value)).toEqual([50, 100, 200, 500]);
    expect(layout.yTicks[0]?.value).toBe(50);
  });

  it("thins x ticks that would collide on a narrow chart", () => {
    const narrow = layoutAccuracy(TABLE6, { width: 200, height: 300 });
    const xs = narrow.xTicks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(40);
    expect(narrow.xTicks.length).toBeLessThan(layout.xTicks.length);
  });

  it("widens the x domain to include an extra value such as the current choice", () => {
    const wide = layoutAccuracy(TABLE6, { width: 600, height: 300, alsoShow: [5000] });
    expect(wide.xTicks.map((t) => t.value)).toContain(5000);
  });
});

describe("placeRuleLabel", () => {
  const layout = layoutAccuracy(TABLE6, { width: 390, height: 300 });
  const label = { width: 120, height: 14 };
  const overlaps = (
    box: { x: number; y: number; width: number; height: number },
    m: { cx: number; cy: number },
  ) => m.cx >= box.x && m.cx <= box.x + box.width && m.cy >= box.y && m.cy <= box.y + box.height;

  it("at V1 1.0-224 (569 M, the top-right marker) the label clears every marker", () => {
    const x = layout.xOf(569);
    const at = placeRuleLabel(x, label, layout.points, layout.plot);
    expect(at.anchor).toBe("end"); // no room right of the rule
    for (const m of layout.points) expect(overlaps(at.box, m)).toBe(false);
    expect(at.box.x).toBeGreaterThanOrEqual(layout.plot.left);
    expect(at.box.y + at.box.height).toBeLessThanOrEqual(layout.plot.bottom);
  });

  it("moves down when a marker sits where the label would start", () => {
    const x = layout.xOf(325);
    const blockers = [-30, 30].map((dx) => ({ cx: x + dx, cy: layout.plot.top + 5 }));
    const at = placeRuleLabel(x, label, blockers, layout.plot);
    for (const b of blockers) expect(overlaps(at.box, b)).toBe(false);
    expect(at.box.y).toBeGreaterThan(layout.plot.top);
  });
});
